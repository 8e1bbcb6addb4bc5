import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';

type Class = abstract new (...args: never[]) => object;
type Row = Record<string, unknown> & { id: number };
type Order = Record<string, 'asc' | 'desc'>;

interface Shown { nullable?: boolean; description?: string }

/** The row a many-to-one property points at (`plan.issuingAgency`), through the target's row scope. */
export interface OneRelation extends Shown { kind: 'one'; target: () => Class; via?: string }
/** The id of a many-to-one property (`plan.issuingAgencyId`), read off the reference without a lookup. */
export interface IdRelation extends Shown { kind: 'id'; via: string }
/** The rows whose `foreignKey` points here (`plan.activities`), through the target's row scope, in `orderBy` order. */
export interface ManyRelation extends Shown { kind: 'many'; target: () => Class; foreignKey: string; orderBy?: Order }

export type Relation = OneRelation | IdRelation | ManyRelation;
export type Relations = Record<string, Relation>;

export const one = (target: () => Class, options: Shown & { via?: string } = {}): OneRelation => ({ kind: 'one', target, ...options });
export const idOf = (via: string, options: Shown = {}): IdRelation => ({ kind: 'id', via, ...options });
export const many = (target: () => Class, foreignKey: string, options: Shown & { orderBy?: Order } = {}): ManyRelation =>
  ({ kind: 'many', target, foreignKey, ...options });

/** The value of one relation for an entity row: every relation goes through the request's batching loaders. */
export function resolveRelation(relation: Relation, name: string, row: Row, ctx: Context): unknown {
  switch (relation.kind) {
    case 'id': return (row[relation.via] as Row | undefined)?.id;
    case 'one': return ctx.loaders.one(relation.target() as never, row[relation.via ?? name]);
    case 'many': return ctx.loaders.many(relation.target() as never, relation.foreignKey as never, row, relation.orderBy);
  }
}

const returnType = (relation: Relation) =>
  relation.kind === 'id' ? () => ID : relation.kind === 'many' ? () => [relation.target()] : relation.target;

/** A TypeGraphQL resolver class with one field resolver per declared relation of `type`. */
export function relationResolver(type: Class, relations: Relations): Class {
  const generated = class {};
  Object.defineProperty(generated, 'name', { value: `${type.name}Relations` });
  for (const [name, relation] of Object.entries(relations)) {
    Object.defineProperty(generated.prototype, name, {
      value: (row: Row, ctx: Context) => resolveRelation(relation, name, row, ctx),
      writable: true,
      configurable: true,
    });
    FieldResolver(returnType(relation), { nullable: relation.nullable, description: relation.description })(
      generated.prototype, name, Object.getOwnPropertyDescriptor(generated.prototype, name)!);
    Root()(generated.prototype, name, 0);
    Ctx()(generated.prototype, name, 1);
  }
  Resolver(() => type)(generated);
  return generated;
}
