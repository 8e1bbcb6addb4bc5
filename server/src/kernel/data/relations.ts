import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLScalarType } from 'graphql';
import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { readQuery } from '../../db/read-routing';
import { columnOf, metadataOf, tableOf } from './sql-names';

type Class = abstract new (...args: never[]) => object;
type Row = Record<string, unknown> & { id: number };
type Order = Record<string, 'asc' | 'desc'>;

interface Shown {
  nullable?: boolean;
  description?: string;
}

/** The row a many-to-one property points at (`plan.issuingAgency`), through the target's row scope. */
export interface OneRelation extends Shown {
  kind: 'one';
  target: () => Class;
  via?: string;
}
/** The id of a many-to-one property (`plan.issuingAgencyId`), read off the reference without a lookup. */
export interface IdRelation extends Shown {
  kind: 'id';
  via: string;
}
/** The rows whose `foreignKey` points here (`plan.activities`), through the target's row scope, in `orderBy` order. */
export interface ManyRelation extends Shown {
  kind: 'many';
  target: () => Class;
  foreignKey: string;
  orderBy?: Order;
}

/**
 * The sum of a column over the rows whose `foreignKey` points here, over all of them (no row scope): for totals the
 * rules disclose even to callers who may not list the rows (a plan's `budgetTotal`). Summed in SQL, returned as text.
 */
export interface SumRelation extends Shown {
  kind: 'sum';
  target: () => Class;
  foreignKey: string;
  column: string;
  returns: () => GraphQLScalarType;
}

export type Relation = OneRelation | IdRelation | ManyRelation | SumRelation;
export type Relations = Record<string, Relation>;

export const one = (target: () => Class, options: Shown & { via?: string } = {}): OneRelation => ({ kind: 'one', target, ...options });
export const idOf = (via: string, options: Shown = {}): IdRelation => ({ kind: 'id', via, ...options });
export const many = (target: () => Class, foreignKey: string, options: Shown & { orderBy?: Order } = {}): ManyRelation => ({
  kind: 'many',
  target,
  foreignKey,
  ...options,
});

export const sumOf = (
  target: () => Class,
  foreignKey: string,
  column: string,
  returns: () => GraphQLScalarType,
  options: Shown = {},
): SumRelation => ({ kind: 'sum', target, foreignKey, column, returns, ...options });

/** The SQL of a sum relation on the row `alias`. */
export function sumSql(em: EntityManager, relation: SumRelation, alias: string, into: string): string {
  const meta = metadataOf(em, relation.target().name);
  const t = `${into}_sum`;
  return `(select sum(${t}.${columnOf(meta, relation.column)})::text from ${tableOf(meta)} ${t} where ${t}.${columnOf(meta, relation.foreignKey)} = ${alias})`;
}

function sums(ctx: Context, relation: SumRelation, ids: readonly number[]): Promise<(string | null)[]> {
  const list = ids.map(() => '?').join(', ');
  return readQuery<{ o: string | null }[]>(
    ctx.em,
    `select ${sumSql(ctx.em, relation, 'k.id', 'k')} as o from unnest(array[${list}]::int[]) with ordinality k(id, n) order by k.n`,
    ids,
  ).then((rows) => rows.map((r) => r.o));
}

/** The value of one relation for an entity row: every relation goes through the request's batching loaders. */
export function resolveRelation(relation: Relation, name: string, row: Row, ctx: Context): unknown {
  switch (relation.kind) {
    case 'id':
      return (row[relation.via] as Row | undefined)?.id;
    case 'one':
      return ctx.loaders.one(relation.target(), row[relation.via ?? name]);
    case 'many':
      return ctx.loaders.many(relation.target(), relation.foreignKey, row, relation.orderBy);
    case 'sum':
      return ctx.loaders
        .batch(`${relation.target().name}#sum:${relation.foreignKey}.${relation.column}`, (ids) => sums(ctx, relation, ids))
        .load(row.id);
  }
}

const returnType = (relation: Relation) =>
  relation.kind === 'id'
    ? () => ID
    : relation.kind === 'many'
      ? () => [relation.target()]
      : relation.kind === 'sum'
        ? relation.returns
        : relation.target;

/** The resolver classes made from relation declarations, which the read compiler answers itself. */
export const generatedRelationResolvers = new WeakSet<object>();

/** A TypeGraphQL resolver class with one field resolver per declared relation of `type`. */
export function relationResolver(type: Class, relations: Relations): Class {
  const generated = class {};
  generatedRelationResolvers.add(generated);
  Object.defineProperty(generated, 'name', { value: `${type.name}Relations` });
  for (const [name, relation] of Object.entries(relations)) {
    Object.defineProperty(generated.prototype, name, {
      value: (row: Row, ctx: Context) => resolveRelation(relation, name, row, ctx),
      writable: true,
      configurable: true,
    });
    FieldResolver(returnType(relation), { nullable: relation.nullable, description: relation.description })(
      generated.prototype,
      name,
      Object.getOwnPropertyDescriptor(generated.prototype, name)!,
    );
    Root()(generated.prototype, name, 0);
    Ctx()(generated.prototype, name, 1);
  }
  Resolver(() => type)(generated);
  return generated;
}
