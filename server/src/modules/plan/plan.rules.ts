import { allOf, type Access, access, anyOf, everyone, forbidden, inScope, signedIn, when, readQueries } from '../../auth/access';
import { hasRole, isUser, type Principal } from '../../auth/principal';
import { NO_ROWS, orCondition, type RowScope, unitColumnInScope } from '../../auth/row-scope';
import { notOwnUnit, onlyWritable, ownUnitArg, sentFields, writableBy, type WritableFields } from '../../auth/write-guard';
import { PlanStatus, Role } from '../../common/enums';
import type { DomainError } from '../../common/errors';
import type { Context } from '../../context';
import { BudgetLine } from '../budget/budget-line.entity';
import type { PlanFields } from './plan.inputs';
import { Plan } from './plan.entity';

/** Issued plans are public; drafts and plans in review only within the owning unit's scope (users, not clients). */
export const planRows: RowScope = (p, e) =>
  orCondition({ sql: `${e}.status = 'ISSUED'`, params: [] }, isUser(p) ? unitColumnInScope(p, `${e}.administrative_unit_id`) : NO_ROWS);

const planUnit = (plan: Plan) => plan.administrativeUnit.id;
const issued = when<Plan>('issued', (plan) => plan.status === PlanStatus.ISSUED, (_p, row) => ({ sql: `${row.column('status')} = ?`, params: [PlanStatus.ISSUED] }));
const withinPlanScope = allOf(signedIn, inScope(planUnit, 'administrativeUnit'));

const ISSUANCE = ['status', 'symbol', 'issuedOn', 'dateLabel', 'place', 'signature', 'internalNote'];
export const planWritable: WritableFields = {
  [Role.EDITOR]: ['title', 'startYear', 'endYear', 'administrativeUnitId', 'issuingAgencyId', 'parentPlanId', 'documentId', 'preamble',
    'objectives', 'requirements', 'budgetNote', 'closing', 'internalNote', 'signature', 'place', 'dateLabel', 'status', 'legalBases',
    'activities', 'budgetLines', 'responsibilities', 'reportingRequirements', 'recipients'],
  [Role.APPROVER]: ISSUANCE,
};

/** Status changes each role may make: editors submit drafts, approvers issue, cancel or send back. */
const transitions: Partial<Record<Role, [PlanStatus | undefined, PlanStatus][]>> = {
  [Role.EDITOR]: [[undefined, PlanStatus.DRAFT], [undefined, PlanStatus.IN_REVIEW], [PlanStatus.DRAFT, PlanStatus.IN_REVIEW]],
  [Role.APPROVER]: [[undefined, PlanStatus.ISSUED], [PlanStatus.DRAFT, PlanStatus.ISSUED], [PlanStatus.IN_REVIEW, PlanStatus.ISSUED], [PlanStatus.IN_REVIEW, PlanStatus.DRAFT],
    [PlanStatus.DRAFT, PlanStatus.CANCELLED], [PlanStatus.IN_REVIEW, PlanStatus.CANCELLED], [PlanStatus.ISSUED, PlanStatus.CANCELLED]],
};

function statusChange(p: Principal, from: PlanStatus | undefined, to: PlanStatus | undefined): true | DomainError {
  if (to === undefined || to === from) return true;
  const allowed = p.roles.some((role) => transitions[role]?.some(([a, b]) => a === from && b === to));
  return allowed || forbidden(`Bạn không được chuyển kế hoạch ${from ? `từ "${from}" ` : ''}sang "${to}".`, 'status');
}

/** Amounts beyond the planned one belong to finance: an editor may resend them unchanged, not change them. */
async function financeAmounts(ctx: Context, fields: PlanFields, planId?: number): Promise<true | DomainError> {
  if (!fields.budgetLines || hasRole(ctx.auth, Role.FINANCE)) return true;
  const stored = planId ? await ctx.em.find(BudgetLine, { plan: planId }) : [];
  for (const [i, line] of fields.budgetLines.entries()) {
    const before = stored.find((s) => String(s.id) === line.id);
    for (const field of ['allocatedAmount', 'spentAmount'] as const) {
      if (line[field] === undefined || (line[field] ?? null) === (before?.[field] ?? null)) continue;
      return forbidden('Chỉ cán bộ tài chính được ghi số được cấp và số đã chi.', `budgetLines[${i}].${field}`);
    }
  }
  return true;
}

const canCreatePlan = access('createPlan', async (ctx, args) => {
  const fields = (args ?? {}) as PlanFields;
  if (!hasRole(ctx.auth, Role.EDITOR)) return forbidden('Chỉ chuyên viên soạn thảo được tạo kế hoạch.');
  const checks = [ownUnitArg(ctx.auth, fields.administrativeUnitId), statusChange(ctx.auth, undefined, fields.status), onlyWritable(fields, writableBy(planWritable, ctx.auth)), await financeAmounts(ctx, fields)];
  return checks.find((c) => c !== true) ?? true;
});

const canUpdatePlan = access('updatePlan', async (ctx, args) => {
  if (args === undefined) return hasRole(ctx.auth, Role.EDITOR, Role.APPROVER);
  const { id, ...fields } = args as PlanFields & { id: string };
  const plan = await ctx.em.findOne(Plan, { id: Number(id) });
  if (!plan) return true; // the resolver answers NOT_FOUND
  if (plan.administrativeUnit.id !== ctx.auth.unitId) return notOwnUnit();
  const own = ownUnitArg(ctx.auth, fields.administrativeUnitId);
  if (own !== true) return own;
  const sent = sentFields(fields);
  const content = sent.filter((f) => !ISSUANCE.includes(f));
  if (content.length && plan.status !== PlanStatus.DRAFT) return forbidden('Kế hoạch không còn là dự thảo nên không sửa được nội dung.', content[0]);
  if (plan.status === PlanStatus.ISSUED && sent.some((f) => f !== 'status')) {
    return forbidden('Kế hoạch đã ban hành; chỉ có thể hủy.', 'status');
  }
  const checks = [statusChange(ctx.auth, plan.status, fields.status), onlyWritable(fields, writableBy(planWritable, ctx.auth)), await financeAmounts(ctx, fields, plan.id)];
  return checks.find((c) => c !== true) ?? true;
});

const canDeletePlan = access('deletePlan', async (ctx, args) => {
  if (!hasRole(ctx.auth, Role.EDITOR)) return false;
  if (args === undefined) return true;
  const plan = await ctx.em.findOne(Plan, { id: Number((args as { id: string }).id) });
  if (!plan) return true;
  if (plan.administrativeUnit.id !== ctx.auth.unitId) return notOwnUnit();
  return plan.status === PlanStatus.DRAFT || forbidden('Chỉ xóa được kế hoạch còn là dự thảo.');
});

/** Field rules of Plan and its parts; the rows themselves were already limited by `planRows`. */
export const planRules: Record<string, Record<string, Access>> = {
  Plan: {
    '*': everyone, // why: a plan the caller can reach passed planRows
    budgetLines: withinPlanScope, // why: amounts line by line stay inside the owning scope; the public sees budgetTotal
    internalNote: withinPlanScope, // why: internal notes are for the owning scope only
    signature: anyOf(issued, withinPlanScope), // why: signer details of unissued plans stay internal
  },
  PlanLegalBasis: { '*': everyone }, // why: reached only through a plan the caller may read
  Responsibility: { '*': everyone }, // why: as above
  ReportingRequirement: { '*': everyone }, // why: as above
  ReportingDeadline: { '*': everyone }, // why: as above
  Recipient: { '*': everyone }, // why: reached only through a readable plan or report
  Signature: { '*': everyone }, // why: the parent's `signature` field decides
  Query: {
    ...readQueries('Plan', 'Plans', everyone), // why: rows limited by planRows; others get NOT_FOUND
  },
  Mutation: {
    createPlan: canCreatePlan, // why: editors draft plans of their own unit
    updatePlan: canUpdatePlan, // why: editors edit own drafts; approvers issue; finance amounts are finance's
    deletePlan: canDeletePlan, // why: only drafts of one's own unit may be thrown away
  },
};
