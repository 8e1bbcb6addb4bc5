import type { EntityClass, EntityManager, QueryBuilder } from '@mikro-orm/postgresql';
import type { Principal } from '../../auth/principal';
import type { RowScope } from '../../auth/row-scope';

/**
 * How the rows of one table are limited for a caller: a row scope, `public` (a catalogue every caller may read), or
 * `part` (rows reached only through a scoped row above them: a plan's legal bases, a report's results…).
 */
export type RowAccess = RowScope | 'public' | 'part';

const scopes = new Map<string, RowAccess>();

export function registerRows(entity: EntityClass<object> | { name: string }, rows: RowAccess): void {
  if (scopes.has(entity.name)) throw new Error(`Two row scopes for ${entity.name}`);
  scopes.set(entity.name, rows);
}

/** Fails at start when an entity has no decision, so a forgotten one never leaks rows. */
export function assertRowsDecided(entities: readonly { name: string }[]): void {
  const unplaced = entities.filter((e) => !scopes.has(e.name));
  if (unplaced.length) throw new Error(`No row scope decided for: ${unplaced.map((e) => e.name).join(', ')}`);
}

/** The row scope of an entity; throws for an entity nobody declared (fail closed, never "no condition"). */
export function rowAccessOf(entityName: string): RowAccess {
  const rows = scopes.get(entityName);
  if (rows === undefined) throw new Error(`No row scope decided for ${entityName}`);
  return rows;
}

/** The caller's condition on one table under `alias`; null when every row is readable. */
export function rowCondition(entityName: string, principal: Principal, alias: string) {
  const rows = rowAccessOf(entityName);
  return typeof rows === 'function' ? rows(principal, alias) : null;
}

/** A query over `entity` (alias `e`) already limited to the rows the caller may read. */
export function scopedQuery<T extends object>(em: EntityManager, principal: Principal, entity: EntityClass<T>): QueryBuilder<T> {
  const qb = em.createQueryBuilder(entity, 'e');
  const scope = rowCondition(entity.name, principal, 'e');
  if (scope) qb.andWhere(scope.sql, scope.params);
  return qb;
}
