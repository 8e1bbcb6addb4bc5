import 'reflect-metadata';
import { GraphQLSchema, lexicographicSortSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { resolvers } from './resolvers';
import { VersionedEntity } from './common/versioned.entity';
import { addVersionArguments } from './common/write-path';
import { entities } from './db/entities';

const versioned = new Set(entities.filter((e) => e.prototype instanceof VersionedEntity).map((e) => e.name));

/** The schema, sorted so the emitted SDL diff shows only real changes. */
export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers, validate: false, emitSchemaFile: false });
  return lexicographicSortSchema(addVersionArguments(schema, (type) => versioned.has(type)));
}
