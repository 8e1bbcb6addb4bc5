import 'reflect-metadata';
import { GraphQLSchema, lexicographicSortSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { resolvers } from './resolvers';

/** The schema, sorted so the emitted SDL diff shows only real changes. */
export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers, validate: false, emitSchemaFile: false });
  return lexicographicSortSchema(schema);
}
