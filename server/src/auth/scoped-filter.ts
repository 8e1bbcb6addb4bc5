import type { EntityClass } from '@mikro-orm/postgresql';
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
