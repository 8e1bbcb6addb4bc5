import type { Context } from '../../context';

export interface SqlCondition { sql: string; params: unknown[] }

/**
 * FOR THE LEAD TO WIRE (issue 3): the single place budget summaries and exports take the caller's row scope
 * from, as SQL over the budget line alias `e`. Until sign-in lands the API is open, so it admits every line.
 * Once scoping exists it must return exactly the predicate `allBudgetLines` applies for the same caller, so
 * that summary totals equal the sum of the lines that caller can list, and `excludedLineCount` is right.
 */
export function budgetLineScope(_ctx: Context): SqlCondition {
  return { sql: 'true', params: [] };
}
