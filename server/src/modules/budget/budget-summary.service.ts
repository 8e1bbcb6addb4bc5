import { UnitLevel } from '../../common/enums';
import { budgetList, type BudgetLineFilter } from './budget-line.list';
import { BudgetLine } from './budget-line.entity';
import { conditionSql } from '../../auth/row-scope';
import { rowCondition } from '../../kernel/access/row-scopes';
import { Activity } from '../activity/activity.entity';
import type { Context } from '../../context';
import type { SqlCondition } from '../../auth/row-scope';
import { BudgetDimension, type BudgetSummary, type BudgetSummaryRow } from './budget-summary.types';

/**
 * The agency a line is counted under: the first lead agency of its activity, else the issuer of its plan or report.
 * One agency per line, so grouping by agency never counts a line twice.
 */
const LINE_AGENCY = `coalesce(
  (select ap.agency_id from activity_participant ap where e.activity_readable and ap.activity_id = e.activity_id and ap.role = 'LEAD' order by ap.position, ap.id limit 1),
  (select p.issuing_agency_id from plan p where p.id = e.plan_id),
  (select r.issuing_agency_id from report r where r.id = e.report_id))`;

/** SQL per dimension: the grouped expression and the column it is returned as. */
function dimensionSql(dimension: BudgetDimension, unitLevel: UnitLevel | undefined): { expression: string; column: string } {
  switch (dimension) {
    case BudgetDimension.ADMINISTRATIVE_UNIT:
      return { expression: unitLevel ? 'e.group_id' : 'e.administrative_unit_id', column: 'administrative_unit_id' };
    case BudgetDimension.FISCAL_YEAR:
      return { expression: 'e.fiscal_year', column: 'fiscal_year' };
    case BudgetDimension.SOURCE:
      return { expression: 'e.source', column: 'source' };
    case BudgetDimension.AGENCY:
      return { expression: LINE_AGENCY, column: 'agency_id' };
    case BudgetDimension.CATEGORY:
      return { expression: '(select a.category from activity a where e.activity_readable and a.id = e.activity_id)', column: 'category' };
    case BudgetDimension.PLAN:
      return { expression: 'e.plan_id', column: 'plan_id' };
    case BudgetDimension.REPORTING_PERIOD:
      return {
        expression: `(select r.period_start::text || '/' || r.period_end::text from report r where r.id = e.report_id)`,
        column: 'reporting_period',
      };
  }
}

/**
 * Every line matching the filter, before the caller's scope, as SQL with `?` parameters: built by the same
 * spec as `allBudgetLines`, so the summary and the list agree on what the filter means.
 */
export function filteredLines(ctx: Context, filter: BudgetLineFilter | undefined) {
  const qb = ctx.em.createQueryBuilder(BudgetLine, 'e').select('*');
  // Applied even without a filter: demo lines stay out of figures unless the filter asks for them.
  budgetList.applyFilter(qb, filter ?? {}, ctx);
  const { sql, bindings } = qb.getKnexQuery().toSQL();
  return { sql, params: [...bindings] as unknown[] };
}

const toRow = (r: Record<string, unknown>): BudgetSummaryRow => ({
  administrativeUnitId: (r.administrative_unit_id as number | undefined) ?? null,
  agencyId: (r.agency_id as number | undefined) ?? null,
  planId: (r.plan_id as number | undefined) ?? null,
  fiscalYear: (r.fiscal_year as number | undefined) ?? null,
  source: (r.source as BudgetSummaryRow['source']) ?? null,
  category: (r.category as BudgetSummaryRow['category']) ?? null,
  reportingPeriod: (r.reporting_period as string | undefined) ?? null,
  plannedInPlans: r.planned_in_plans as string,
  spentInReports: r.spent_in_reports as string,
  plannedAmount: r.planned as string,
  allocatedAmount: r.allocated as string,
  spentAmount: r.spent as string,
  lineCount: r.line_count as number,
});

/**
 * Planned / allocated / spent totals and line counts grouped by the chosen dimensions, plus the grand total and
 * the number of matching lines the caller's `scope` left out — all in one SQL statement (grouping sets).
 * Sums are numeric in SQL and returned as text, so no amount passes through a float.
 */
export async function budgetSummary(
  ctx: Context,
  scope: SqlCondition,
  dimensions: BudgetDimension[],
  unitLevel: UnitLevel | undefined,
  filter: BudgetLineFilter | undefined,
): Promise<BudgetSummary> {
  const unique = [...new Set(dimensions)];
  const lines = filteredLines(ctx, filter);
  const dims = unique.map((d) => dimensionSql(d, unitLevel));
  // A line's activity lends it a category and a lead agency only when the caller may read that activity (not a confidential one).
  const activity = conditionSql(rowCondition(Activity.name, ctx.auth, 'a'));
  // Each unit mapped to its ancestor at `unitLevel` (itself when at or above that level), read off its id path.
  const rollup = unitLevel && unique.includes(BudgetDimension.ADMINISTRATIVE_UNIT);
  const rollupJoin = rollup
    ? `join (select u.id, coalesce((select a.id from administrative_unit a
      where a.id = any(string_to_array(trim(both '/' from u.path), '/')::int[]) and a.level = ?), u.id) as group_id
    from administrative_unit u) rollup on rollup.id = e.administrative_unit_id`
    : '';
  const visible = (sql: string) => `${sql} filter (where e.visible)`;
  const select = [
    ...dims.map((d) => `${d.expression} as ${d.column}`),
    ...(dims.length ? [`grouping(${dims[0].expression}) = 1 as is_total`] : ['true as is_total']),
    `coalesce(${visible('sum(e.planned_amount)')}, 0)::text as planned`,
    `coalesce(${visible('sum(e.allocated_amount)')}, 0)::text as allocated`,
    `coalesce(${visible('sum(e.spent_amount)')}, 0)::text as spent`,
    // Plans say what is planned, reports what was spent: kept apart so neither is counted as the other.
    'coalesce(sum(e.planned_amount) filter (where e.visible and e.plan_id is not null), 0)::text as planned_in_plans',
    'coalesce(sum(e.spent_amount) filter (where e.visible and e.report_id is not null), 0)::text as spent_in_reports',
    `${visible('count(*)')}::int as line_count`,
  ];
  const grouping = dims.length
    ? `group by grouping sets ((${dims.map((d) => d.expression).join(', ')}), ())
       having ${visible('count(*)')} > 0 or grouping(${dims[0].expression}) = 1
       order by ${dims.map((_, i) => `${i + 1} nulls last`).join(', ')}`
    : '';
  const rows = await ctx.em.execute(
    `with scoped as (select e.*, (${scope.sql}) as visible, exists (select 1 from activity a where a.id = e.activity_id and ${activity.sql}) as activity_readable
        ${rollup ? ', rollup.group_id' : ''} from (${lines.sql}) e ${rollupJoin})
     select ${select.join(', ')} from scoped e ${grouping}`,
    [...scope.params, ...activity.params, ...lines.params, ...(rollup ? [unitLevel] : [])],
  );
  const total = rows.find((r) => r.is_total)!;
  return {
    rows: rows.filter((r) => !r.is_total).map(toRow),
    total: toRow(total),
    excludedLineCount: await excludedLines(ctx, scope, filter),
  };
}

/**
 * Lines outside the caller's scope, counted only by what the caller may see of any line anyway (fiscal year and
 * source). Counting by the rest of the filter (a plan, a report, words of a description, a unit) would answer
 * "does a hidden line like this exist", letter by letter if need be.
 */
async function excludedLines(ctx: Context, scope: SqlCondition, filter: BudgetLineFilter | undefined): Promise<number> {
  const where = [`not (${scope.sql})`];
  const params = [...scope.params];
  if (filter?.fiscalYear) {
    where.push('e.fiscal_year = ?');
    params.push(filter.fiscalYear);
  }
  if (filter?.source) {
    where.push('e.source = ?');
    params.push(filter.source);
  }
  if (!filter?.includeDemo) where.push('not e.demo'); // demo lines are out of every figure unless asked for
  const [{ excluded }] = await ctx.em.execute(`select count(*)::int as excluded from budget_line e where ${where.join(' and ')}`, params);
  return excluded as number;
}
