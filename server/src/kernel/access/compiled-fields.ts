import { type GraphQLFieldResolver, type GraphQLSchema, isObjectType } from 'graphql';
import { everyone, forbidden } from '../../auth/access';
import { BaseEntity } from '../../common/base.entity';
import { getMetadataStorage } from 'type-graphql';
import { resourceNamed } from '../data/registry';
import { generatedRelationResolvers } from '../data/relations';
import { accessFor } from './rule-table';

/**
 * Fields of stored types meet two kinds of rows: entities (loaded through the loaders, or written by a mutation) and
 * the plain objects of a compiled answer, which already hold every value and each rule's outcome. These wrappers
 * send an entity down the ordinary path (field resolvers, graphql-shield) and answer a compiled row at once,
 * synchronously: no promise per field on the hot path.
 */
type Resolver = GraphQLFieldResolver<unknown, unknown>;

/** The key that carries a field rule's outcome for one row of a compiled answer. */
export const ruleKey = (field: string) => `_ok_${field}`;

const entityTypes = (schema: GraphQLSchema) =>
  Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .filter((type) => resourceNamed(type.name)?.entity.prototype instanceof BaseEntity);

const isEntity = (source: unknown) => source instanceof BaseEntity;

/** `Type.field` with a resolver of their own that is not a declared relation: the compiler leaves them to the loaders. */
const ownResolvers = new Set<string>();

export const hasOwnResolver = (type: string, field: string) => ownResolvers.has(`${type}.${field}`);

/** Fields with a resolver (relations, computed fields) read a compiled row's value instead. */
export function serveCompiledRows(schema: GraphQLSchema): GraphQLSchema {
  for (const resolver of getMetadataStorage().fieldResolvers) {
    const type = (resolver.getObjectType?.() as { name?: string } | undefined)?.name;
    if (type && !generatedRelationResolvers.has(resolver.target)) ownResolvers.add(`${type}.${resolver.schemaName}`);
  }
  for (const type of entityTypes(schema)) {
    for (const [name, field] of Object.entries(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve) continue;
      field.resolve = (source, args, ctx, info) =>
        isEntity(source) ? resolve(source, args, ctx, info) : (source as Record<string, unknown>)[name];
    }
  }
  return schema;
}

/** Per request, the `Type.field` the compiler found the caller may read on every row (no per-row outcome sent). */
const allowedByRequest = new WeakMap<object, Set<string>>();

export function allowCompiled(ctx: object, allowed: Set<string>): void {
  const known = allowedByRequest.get(ctx);
  // A copy: the compiled form, and its set, is shared by every request that sends the same query.
  if (known) for (const field of allowed) known.add(field);
  else allowedByRequest.set(ctx, new Set(allowed));
}

const guarded = new WeakSet<GraphQLSchema>();

/** Whether field rules guard this schema (only the permission benchmark runs without). */
export const isGuarded = (schema: GraphQLSchema) => guarded.has(schema);

/**
 * After graphql-shield: a compiled row's field with a rule other than `everyone` is given only when the statement
 * computed its rule as true for this row (`_ok_<field>`), or the compiler found this request's caller passes it on
 * every row; anything else — false, or no outcome — is FORBIDDEN.
 */
export function checkCompiledRules(schema: GraphQLSchema): GraphQLSchema {
  guarded.add(schema);
  for (const type of entityTypes(schema)) {
    for (const [name, field] of Object.entries(type.getFields())) {
      if (accessFor(type.name, name) === everyone) continue;
      const shielded = field.resolve as Resolver;
      const key = ruleKey(name);
      const typeField = `${type.name}.${name}`;
      field.resolve = (source, args, ctx, info) => {
        if (isEntity(source)) return shielded(source, args, ctx, info);
        const row = source as Record<string, unknown>;
        const outcome = row[key];
        const allowed = outcome === true || (outcome === undefined && allowedByRequest.get(ctx as object)?.has(typeField) === true);
        return allowed ? row[name] : forbidden();
      };
    }
  }
  return schema;
}
