import 'reflect-metadata';
import { GraphQLSchema, lexicographicSortSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { resolvers } from './app/modules';
import { serveCompiledRows } from './kernel/access/compiled-fields';

/** The schema, sorted so the emitted SDL diff shows only real changes. */
export async function createSchema(): Promise<GraphQLSchema> {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  const schema = await buildSchema({ resolvers: resolvers as NonEmptyArray<Function>, validate: false, emitSchemaFile: false });
  return serveCompiledRows(lexicographicSortSchema(schema));
}
