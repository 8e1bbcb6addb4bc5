import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isListType,
  Kind,
  valueFromASTUntyped,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
} from 'graphql';
/**
 * Limits on every operation, checked before anything runs. The figures leave room for the console (react-admin
 * lists of up to 1000 rows, plan pages) and the portal's nested lists; introspection (`__schema`, `__type`)
 * is not counted, since the console needs it at start-up and its cost does not depend on the data.
 */
export const LIMITS = {
  /** Nesting of fields, counting the root field as 1. */
  depth: 10,
  /** Aliased fields in one operation (react-admin uses two: `data` and `total`). */
  aliases: 20,
  /** Estimated fields resolved: each field 1, a list multiplies what is under it by its size (a plan page with
   *  every part is ~1,800, so the console can list 100 of those; react-admin's 1000-row lists stay under 100,000). */
  cost: 200_000,
  /** Directives in one operation (the console and the portal use none). */
  directives: 50,
  /** Tokens in a document, checked while parsing so a huge one is refused before anything walks it. */
  tokens: 20_000,
} as const;

/** Rows a list is assumed to return when it says nothing: `perPage`'s default, and a guess for nested lists. */
const DEFAULT_PAGE = 25;
const NESTED_LIST = 10;

type Limit = keyof typeof LIMITS;
const LIMIT_NAMES: Record<Limit, string> = {
  depth: 'độ sâu',
  aliases: 'số bí danh (alias)',
  cost: 'độ phức tạp',
  directives: 'số chỉ thị (directive)',
  tokens: 'số token',
};

export const limitExceeded = (limit: Limit, actual: number) =>
  new GraphQLError(
    `Truy vấn vượt giới hạn ${LIMIT_NAMES[limit]}: ${actual} > ${LIMITS[limit]} (${limit}). Hãy chia nhỏ truy vấn hoặc giảm perPage.`,
    {
      extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit, max: LIMITS[limit], actual, http: { status: 400 } },
    },
  );

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

function listSize(
  field: GraphQLField<unknown, unknown>,
  args: readonly { name: { value: string }; value: ValueNode }[],
  root: boolean,
  walk: Walk,
): number {
  if (!isListType(getNullableType(field.type))) return 1;
  const perPage = args.find((a) => a.name.value === 'perPage');
  const value = perPage ? valueFromASTUntyped(perPage.value, walk.variables) : undefined;
  if (typeof value === 'number' && value > 0) return value;
  return root ? DEFAULT_PAGE : NESTED_LIST;
}

/** Estimated fields resolved by a selection set on `type`, following fragments. */
function costOf(set: SelectionSetNode, type: GraphQLNamedType, root: boolean, walk: Walk): number {
  let cost = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = walk.fragments[selection.name.value];
      if (fragment) cost += costOf(fragment.selectionSet, walk.schema.getType(fragment.typeCondition.name.value) ?? type, root, walk);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      cost += costOf(
        selection.selectionSet,
        (selection.typeCondition && walk.schema.getType(selection.typeCondition.name.value)) || type,
        root,
        walk,
      );
    } else if (!selection.name.value.startsWith('__')) {
      const field =
        'getFields' in type ? (type.getFields() as Record<string, GraphQLField<unknown, unknown>>)[selection.name.value] : undefined;
      const below = field && selection.selectionSet ? costOf(selection.selectionSet, getNamedType(field.type), false, walk) : 0;
      cost += 1 + (field ? listSize(field, selection.arguments ?? [], root, walk) : 1) * below;
    }
  }
  return cost;
}

/**
 * The cost needs the variables (`perPage: $perPage`) and the schema's list fields, which graphql-armor's cost
 * rule (it multiplies by `first`/`last` literals only) does not read, so it is measured here once the operation
 * is resolved.
 */
const costPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, operation, request }) {
        if (!operation) return;
        const fragments = Object.fromEntries(
          document.definitions
            .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
            .map((d) => [d.name.value, d]),
        );
        const rootType =
          operation.operation === 'mutation'
            ? schema.getMutationType()
            : operation.operation === 'subscription'
              ? schema.getSubscriptionType()
              : schema.getQueryType();
        if (!rootType) return;
        const cost = costOf(operation.selectionSet, rootType, true, { schema, fragments, variables: request.variables ?? {} });
        if (cost > LIMITS.cost) throw limitExceeded('cost', cost);
      },
    };
  },
};

/** graphql-armor's message ends "…, found N."; the figure goes into `extensions.actual`. */
const reportAs = (limit: Limit) => (context: ValidationContext | null, error: GraphQLError) => {
  context?.reportError(limitExceeded(limit, Number(/found (\d+)/.exec(error.message)?.[1])));
};

const armor = new ApolloArmor({
  maxDepth: { n: LIMITS.depth, flattenFragments: true, propagateOnRejection: false, onReject: [reportAs('depth')] },
  maxAliases: { n: LIMITS.aliases, propagateOnRejection: false, onReject: [reportAs('aliases')] },
  maxDirectives: { n: LIMITS.directives, propagateOnRejection: false, onReject: [reportAs('directives')] },
  // Apollo's parser counts tokens itself (parseOptions below) and answers GRAPHQL_PARSE_FAILED.
  maxTokens: { enabled: false },
  costLimit: { enabled: false },
  // Its plugin rewrites error messages in place, which errors from graphql-jit do not allow; formatError hides
  // the suggestions instead.
  blockFieldSuggestion: { enabled: false },
}).protect();

/**
 * Everything Apollo needs to refuse an operation over a limit before it runs, with `QUERY_LIMIT_EXCEEDED` and
 * `extensions.limit` naming the limit: graphql-armor's depth, alias and directive rules, the cost plugin above,
 * and the parser's token limit.
 */
export const queryLimits = {
  plugins: [...armor.plugins, costPlugin],
  validationRules: armor.validationRules,
  parseOptions: { maxTokens: LIMITS.tokens },
};
