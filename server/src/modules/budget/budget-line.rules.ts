import { unreadableRef } from '../../auth/scoped-filter';
import { type Access, access, forbidden, inScope, userOrClient, readQueries } from '../../auth/access';
import { hasRole, type Principal } from '../../auth/principal';
import { type RowScope, unitColumnInScope } from '../../auth/row-scope';
import { notOwnUnit, onlyWritable, sentFields, writableBy, type WritableFields } from '../../auth/write-guard';
import { PlanStatus, ReportStatus, Role } from '../../common/enums';
import type { Context } from '../../context';
import { Plan } from '../plan/plan.entity';
import { Report } from '../report/report.entity';
import { BudgetLine } from './budget-line.entity';

/** Budget lines are read line by line only within the owning unit's scope, by users and reporting clients. */
export const budgetLineRows: RowScope = (p, e) => unitColumnInScope(p, `${e}.administrative_unit_id`);

export const budgetLineWritable: WritableFields = {
  [Role.EDITOR]: ['planId', 'activityId', 'reportId', 'fiscalYear', 'source', 'description', 'plannedAmount'],
  [Role.FINANCE]: ['allocatedAmount', 'spentAmount'],
};

/**
 * The fields of one line a caller may write, on every path (a plan's lines, a report's spending lines, the line's
 * own mutations). On a report's line the spent amount is what the report states, so its editor writes it while the
 * report is open (DESIGN §4: each unit reports what it spent); the allocated amount stays finance's everywhere.
 */
export function lineWritable(principal: Principal, onReport: boolean): Set<string> {
  const allowed = writableBy(budgetLineWritable, principal);
  if (onReport && hasRole(principal, Role.EDITOR)) allowed.add('spentAmount');
  return allowed;
}

/**
 * Every plan and report the line belongs to before or after the write: each decides whether the line's content
 * is still open for editing, so moving a line checks both the owner it leaves and the one it joins.
 */
async function ownersOf(ctx: Context, planIds: unknown[], reportIds: unknown[]) {
  const plans = await Promise.all([...new Set(planIds.filter(Boolean).map(Number))].map((id) => ctx.em.findOne(Plan, { id })));
  const reports = await Promise.all([...new Set(reportIds.filter(Boolean).map(Number))].map((id) => ctx.em.findOne(Report, { id })));
  return [
    ...plans.map((plan) => plan && { field: 'planId', unitId: plan.administrativeUnit.id, draft: plan.status === PlanStatus.DRAFT }),
    ...reports.map(
      (report) =>
        report && {
          field: 'reportId',
          unitId: report.administrativeUnit.id,
          draft: [ReportStatus.DRAFT, ReportStatus.RETURNED].includes(report.status),
        },
    ),
  ].filter((o) => o !== null);
}

const writeLine = (name: string) =>
  access(name, async (ctx, args) => {
    if (!hasRole(ctx.auth, Role.EDITOR, Role.FINANCE)) return false;
    if (args === undefined) return name === 'updateBudgetLine' || hasRole(ctx.auth, Role.EDITOR);
    const { id, ...fields } = args as { id?: string; planId?: string | null; reportId?: string | null };
    const existing = id ? await ctx.em.findOne(BudgetLine, { id: Number(id) }) : null;
    if (id && !existing) return true; // the resolver answers NOT_FOUND
    if (existing && existing.administrativeUnit.id !== ctx.auth.unitId) return notOwnUnit();
    const hidden = await unreadableRef(ctx, [
      ['planId', Plan, fields.planId, 'kế hoạch'],
      ['reportId', Report, fields.reportId, 'báo cáo'],
    ]);
    if (hidden) return hidden;
    const owners = await ownersOf(ctx, [fields.planId, existing?.plan?.id], [fields.reportId, existing?.report?.id]);
    const foreign = owners.find((o) => o.unitId !== ctx.auth.unitId);
    if (foreign) return notOwnUnit(foreign.field);
    const onReport = Boolean(fields.reportId ?? (fields.planId ? null : existing?.report));
    const allowed = lineWritable(ctx.auth, onReport);
    const editsContent =
      name !== 'updateBudgetLine' ||
      sentFields(fields).some((f) => budgetLineWritable.EDITOR!.includes(f) || (onReport && f === 'spentAmount'));
    if (editsContent && !hasRole(ctx.auth, Role.EDITOR)) return forbidden('Cán bộ tài chính chỉ ghi số được cấp và số đã chi.');
    if (editsContent && owners.some((o) => !o.draft))
      return forbidden('Kế hoạch/báo cáo không còn là dự thảo nên không sửa được dòng kinh phí.');
    return onlyWritable(fields, allowed);
  });

export const budgetLineRules: Record<string, Record<string, Access>> = {
  BudgetLine: {
    '*': inScope((line: BudgetLine) => line.administrativeUnit.id, 'administrativeUnit'), // why: amounts line by line stay in the owning scope
  },
  Query: {
    ...readQueries('BudgetLine', 'BudgetLines', userOrClient), // why: the public sees only budgetTotal of issued plans
  },
  Mutation: {
    createBudgetLine: writeLine('createBudgetLine'), // why: editors write lines of their own unit's drafts
    updateBudgetLine: writeLine('updateBudgetLine'), // why: editors the content, finance the allocated and spent amounts
    deleteBudgetLine: writeLine('deleteBudgetLine'), // why: as create
  },
};
