import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError, getNamedType, getNullableType, isListType, Kind, valueFromASTUntyped,
  type FragmentDefinitionNode, type GraphQLField, type GraphQLNamedType, type GraphQLSchema, type SelectionSetNode, type ValueNode,
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
} as const;

/** Rows a list is assumed to return when it says nothing: `perPage`'s default, and a guess for nested lists. */
const DEFAULT_PAGE = 25;
const NESTED_LIST = 10;

type Limit = keyof typeof LIMITS;
const LIMIT_NAMES: Record<Limit, string> = { depth: 'độ sâu', aliases: 'số bí danh (alias)', cost: 'độ phức tạp' };

export const limitExceeded = (limit: Limit, actual: number) =>
  new GraphQLError(`Truy vấn vượt giới hạn ${LIMIT_NAMES[limit]}: ${actual} > ${LIMITS[limit]} (${limit}). Hãy chia nhỏ truy vấn hoặc giảm perPage.`, {
    extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit, max: LIMITS[limit], actual, http: { status: 400 } },
  });

export interface Measure { depth: number; aliases: number; cost: number }

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

function listSize(field: GraphQLField<unknown, unknown>, args: readonly { name: { value: string }; value: ValueNode }[], root: boolean, walk: Walk): number {
  if (!isListType(getNullableType(field.type))) return 1;
  const perPage = args.find((a) => a.name.value === 'perPage');
  const value = perPage ? valueFromASTUntyped(perPage.value, walk.variables) : undefined;
  if (typeof value === 'number' && value > 0) return value;
  return root ? DEFAULT_PAGE : NESTED_LIST;
}

/** Depth, aliases and cost of a selection set on `type`, following fragments. */
function measureSet(set: SelectionSetNode, type: GraphQLNamedType, root: boolean, walk: Walk): Measure {
  const total: Measure = { depth: 0, aliases: 0, cost: 0 };
  const add = (m: Measure) => {
    total.depth = Math.max(total.depth, m.depth);
    total.aliases += m.aliases;
    total.cost += m.cost;
  };
  for (const selection of set.selections) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = walk.fragments[selection.name.value];
      if (fragment) add(measureSet(fragment.selectionSet, walk.schema.getType(fragment.typeCondition.name.value) ?? type, root, walk));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      add(measureSet(selection.selectionSet, (selection.typeCondition && walk.schema.getType(selection.typeCondition.name.value)) || type, root, walk));
    } else if (!selection.name.value.startsWith('__')) {
      const field = 'getFields' in type ? (type.getFields() as Record<string, GraphQLField<unknown, unknown>>)[selection.name.value] : undefined;
      const below = field && selection.selectionSet ? measureSet(selection.selectionSet, getNamedType(field.type), false, walk) : { depth: 0, aliases: 0, cost: 0 };
      const size = field ? listSize(field, selection.arguments ?? [], root, walk) : 1;
      add({ depth: below.depth + 1, aliases: below.aliases + (selection.alias ? 1 : 0), cost: 1 + size * below.cost });
    }
  }
  return total;
}

/** Refuses an operation over any limit with `QUERY_LIMIT_EXCEEDED` and `extensions.limit` naming it. */
export const limitsPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, operation, request }) {
        if (!operation) return;
        const fragments = Object.fromEntries(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
        const rootType = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
        if (!rootType) return;
        const measure = measureSet(operation.selectionSet, rootType, true, { schema, fragments, variables: request.variables ?? {} });
        for (const limit of Object.keys(LIMITS) as Limit[]) if (measure[limit] > LIMITS[limit]) throw limitExceeded(limit, measure[limit]);
      },
    };
  },
};
