import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  type DocumentNode,
  type ExecutionResult,
  execute,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { compileQuery, type CompiledQuery, isCompiledQuery } from 'graphql-jit';
import { expectExact, putExactInPlace } from '../kernel/data/exact-answers';

/** Documents compiled at most; the console and the portal send a few dozen distinct ones. */
const MAX_COMPILED = 1000;

/** Introspection (the console's start-up) stays with graphql-js, which owns the introspection types. */
const introspects = (operation: OperationDefinitionNode) =>
  operation.selectionSet.selections.some((s) => s.kind === Kind.FIELD && s.name.value.startsWith('__'));

/**
 * Runs operations with graphql-jit, plugged into Apollo Server through its gateway interface (the one hook Apollo 5
 * has for another executor). Apollo still parses, validates and applies its plugins; each document is compiled once
 * into JavaScript, cached by its text and operation name, and reused for every request that sends it.
 */
/**
 * graphql-jit's errors are its own read-only objects; Apollo's plugins (graphql-armor) rewrite error messages, so each
 * becomes an ordinary GraphQLError with the same message, place, path, original error and extensions.
 */
function asGraphqlJsErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  const errors = result.errors.map(
    (e) =>
      new GraphQLError(e.message, {
        nodes: e.nodes,
        source: e.source,
        positions: e.positions,
        path: e.path,
        originalError: e.originalError ?? undefined,
        extensions: e.extensions,
      }),
  );
  return { ...result, errors };
}

export function jitGateway(schema: GraphQLSchema): GatewayInterface {
  /** Per document: its compiled form, or null where graphql-jit cannot compile it (recursive input types). */
  const compiled = new Map<string, CompiledQuery | null>();
  const compiledQuery = (source: string, document: DocumentNode, operationName: string | null | undefined) => {
    const key = `${operationName ?? ''}\u0000${source}`;
    let query = compiled.get(key);
    if (query === undefined) {
      const result = compileQuery(schema, document, operationName ?? undefined, { disablingCapturingStackErrors: true });
      query = isCompiledQuery(result) ? result : null;
      if (compiled.size >= MAX_COMPILED) compiled.delete(compiled.keys().next().value!);
      compiled.set(key, query);
    }
    return query;
  };
  const executor: GatewayExecutor = async ({ source, document, operation, operationName, context, request }) => {
    const variables = request.variables ?? {};
    const withGraphqlJs = () => execute({ schema, document, operationName, contextValue: context, variableValues: variables });
    // Mutations are few and not worth a compiled copy each; queries are what the portal repeats.
    if (operation.operation !== 'query') return withGraphqlJs();
    expectExact(context);
    if (introspects(operation)) return putExactInPlace(context, await withGraphqlJs());
    // Variables are checked by graphql-js first, so a bad one is refused with exactly the errors it always gave.
    const checked = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
    if (checked.errors) return { errors: checked.errors };
    const query = compiledQuery(source, document, operationName);
    const result = query ? asGraphqlJsErrors(await query.query(undefined, context, variables)) : await withGraphqlJs();
    return putExactInPlace(context, result);
  };
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    load: async () => ({ executor }),
    stop: async () => undefined,
  };
}
