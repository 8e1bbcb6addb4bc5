import type { EntityClass } from '@mikro-orm/postgresql';
import { notFound } from '../common/errors';
import type { Context } from '../context';
import type { SqlCondition } from './row-scope';
import { rowCondition } from '../kernel/access/row-scopes';

/**
 * A filter that follows a relation into a scoped table (`filter.planId`, `citedByPlanId`…) matches only through
 * rows the caller may read there: otherwise the rows it returns, or merely their count, would confirm that a
 * hidden row exists and what it is linked to. `column` holds the related id; the condition is
 * `column = id`, and that id must name a readable row.
 */
export function readableRef(ctx: Context, entity: EntityClass<object>, column: string, id: number): SqlCondition {
  const scope = rowCondition(entity.name, ctx.auth, 's');
  const table = ctx.em.getMetadata().get(entity.name).tableName;
  if (!scope) return { sql: `${column} = ?`, params: [id] };
  return { sql: `${column} = ? and exists (select 1 from ${table} s where s.id = ? and ${scope.sql})`, params: [id, id, ...scope.params] };
}

/**
 * The first id argument naming a row the caller may not read, as the NOT_FOUND a missing row gets: a write rule
 * checks it before anything else, so "not your unit" never confirms that another unit's row exists.
 */
export async function unreadableRef(
  ctx: Context,
  refs: [field: string, entity: EntityClass<{ id: number }>, id: string | null | undefined, what: string][],
) {
  for (const [field, entity, id, what] of refs) {
    if (id !== undefined && id !== null && !(await ctx.loaders.one(entity, { id: Number(id) }))) return notFound(field, what, id);
  }
  return undefined;
}
