/**
 * SQL for "owned by this unit or any unit below it": a prefix match on the indexed ancestor path.
 * `column` is trusted code (a column reference), the unit id is always a bound parameter.
 */
export const inUnitSubtree = (column: string) =>
  `${column} in (select d.id from administrative_unit d where d.path like (select a.path from administrative_unit a where a.id = ?) || '%')`;

/** Recomputes every unit's ancestor path; units are few, so a recursive query over all of them is cheap. */
export const REBUILD_UNIT_PATHS = `
  with recursive tree as (
    select id, '/' || id || '/' as path from administrative_unit where parent_id is null
    union all
    select u.id, t.path || u.id || '/' from administrative_unit u join tree t on u.parent_id = t.id
  )
  update administrative_unit u set path = tree.path from tree where tree.id = u.id`;
