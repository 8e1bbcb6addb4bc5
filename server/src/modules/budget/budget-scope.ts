import { conditionSql, type SqlCondition } from '../../auth/row-scope';
import type { Context } from '../../context';
import { budgetLineRows } from './budget-line.rules';

/**
 * The caller's budget lines as SQL over the alias `e`: the very row scope `allBudgetLines` applies, so summary
 * totals and exports equal the sum of the lines the same caller can list, and the excluded count is the rest.
 */
export const budgetLineScope = (ctx: Context): SqlCondition => conditionSql(budgetLineRows(ctx.auth, 'e'));
