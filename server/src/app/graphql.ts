import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { guardSchema } from '../auth/permissions';
import { formatError } from '../common/format-error';
import { limitsPlugin } from '../common/limits';
import type { Context } from '../context';
import { auditMutations } from '../modules/audit/audit.middleware';
import { createSchema } from '../schema-builder';
import { jitGateway } from './jit-executor';

export const MAX_TOKENS = 20_000;

export interface GraphQLOptions {
  /**
   * Field rules on (the default). Only the benchmark turns them off, to measure what they cost;
   * row scopes stay on either way.
   */
  fieldRules?: boolean;
}

/** The GraphQL server: the schema from the registered modules, its guards, the executor, limits and error format. */
export async function createGraphQLServer({ fieldRules = true }: GraphQLOptions = {}): Promise<ApolloServer<Context>> {
  const schema = await createSchema();
  const apollo = new ApolloServer<Context>({
    gateway: jitGateway(auditMutations(fieldRules ? guardSchema(schema) : schema)),
    formatError,
    includeStacktraceInErrorResponses: process.env.NODE_ENV === 'development',
    introspection: true,
    // Cache hints are unused here, and the cache-control plugin would wrap every field's resolver to collect them.
    plugins: [limitsPlugin, ApolloServerPluginCacheControlDisabled()],
    // A parser bound so a huge document is refused before validation walks it.
    parseOptions: { maxTokens: MAX_TOKENS },
  });
  await apollo.start();
  return apollo;
}
