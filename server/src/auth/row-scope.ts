import { isNationwide, type Principal } from './principal';

/** A condition on the row alias `e`, with bound parameters. */
export interface SqlCondition {
  sql: string;
  params: unknown[];
}

/** Which rows of one table a caller may read; `null` means every row. */
export type RowScope = (principal: Principal, alias: string) => SqlCondition | null;

export const NO_ROWS: SqlCondition = { sql: '1 = 0', params: [] };

/**
 * The caller's scope as SQL: `column` (a unit id column) is the caller's unit or below it.
 * A prefix match on the indexed ancestor path; the whole country needs no condition at all.
 */
export function unitColumnInScope(principal: Principal, column: string): SqlCondition | null {
  if (principal.unitPath === undefined) return NO_ROWS;
  if (isNationwide(principal)) return null;
  return { sql: `${column} in (select d.id from administrative_unit d where d.path like ?)`, params: [`${principal.unitPath}%`] };
}

/** `a or b`, where null (every row) absorbs. */
export const orCondition = (a: SqlCondition | null, b: SqlCondition | null): SqlCondition | null =>
  a === null || b === null ? null : { sql: `((${a.sql}) or (${b.sql}))`, params: [...a.params, ...b.params] };

/** `true` when null; for embedding in hand-written SQL. */
export const conditionSql = (c: SqlCondition | null): SqlCondition => c ?? { sql: '1 = 1', params: [] };
