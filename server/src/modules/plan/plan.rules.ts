import { allOf, type Access, access, anyOf, everyone, forbidden, inScope, signedIn, when, readQueries } from '../../auth/access';
import { hasRole, isUser, type Principal } from '../../auth/principal';
import { NO_ROWS, orCondition, type RowScope, unitColumnInScope } from '../../auth/row-scope';
import { notOwnUnit, onlyWritable, ownUnitArg, sentFields, writableBy, type WritableFields } from '../../auth/write-guard';
import { PlanStatus, Role } from '../../common/enums';
import { badInput, type DomainError } from '../../common/errors';
import type { PlanFields } from './plan.inputs';
import { Plan } from './plan.entity';

/** Issued plans are public; drafts and plans in review only within the owning unit's scope (users, not clients). */
export const planRows: RowScope = (p, e) =>
  orCondition({ sql: `${e}.status = 'ISSUED'`, params: [] }, isUser(p) ? unitColumnInScope(p, `${e}.administrative_unit_id`) : NO_ROWS);

const planUnit = (plan: Plan) => plan.administrativeUnit.id;
const STATUS_MUTATIONS = 'submitPlan, returnPlan, issuePlan hoặc cancelPlan';
const issued = when<Plan>(
  'issued',
  (plan) => plan.status === PlanStatus.ISSUED,
  (_p, row) => ({ sql: `${row.column('status')} = ?`, params: [PlanStatus.ISSUED] }),
);
const withinPlanScope = allOf(signedIn, inScope(planUnit, 'administrativeUnit'));

const ISSUANCE = ['status', 'symbol', 'issuedOn', 'dateLabel', 'place', 'signature', 'internalNote', 'numberUnknown'];
export const planWritable: WritableFields = {
  [Role.EDITOR]: [
    'title',
    'startYear',
    'endYear',
    'administrativeUnitId',
    'issuingAgencyId',
    'parentPlanId',
    'documentId',
    'preamble',
    'objectives',
    'requirements',
    'budgetNote',
    'defaultReportDue',
    'closing',
    'internalNote',
    'signature',
    'place',
    'dateLabel',
    'status',
    'legalBases',
    'activities',
    'budgetLines',
    'responsibilities',
    'reportingRequirements',
    'recipients',
    'numberUnknown',
  ],
  [Role.APPROVER]: ISSUANCE,
};

/**
 * The status a new plan may start in: editors draft (or submit at once); an approver may record a plan already
 * issued on paper. Every later move is a lifecycle mutation (plan-lifecycle.rules.ts).
 */
const initialStatus: Partial<Record<Role, PlanStatus[]>> = {
  [Role.EDITOR]: [PlanStatus.DRAFT, PlanStatus.IN_REVIEW],
  [Role.APPROVER]: [PlanStatus.ISSUED],
};

function statusChange(p: Principal, to: PlanStatus | undefined): true | DomainError {
  if (to === undefined) return true;
  const allowed = p.roles.some((role) => initialStatus[role]?.includes(to));
  return allowed || forbidden(`Bạn không được tạo kế hoạch ở trạng thái "${to}".`, 'status');
}

const canCreatePlan = access('createPlan', async (ctx, args) => {
  const fields = (args ?? {}) as PlanFields;
  if (!hasRole(ctx.auth, Role.EDITOR)) return forbidden('Chỉ chuyên viên soạn thảo được tạo kế hoạch.');
  const checks = [
    ownUnitArg(ctx.auth, fields.administrativeUnitId),
    statusChange(ctx.auth, fields.status),
    onlyWritable(fields, writableBy(planWritable, ctx.auth)),
  ]; // line amounts: budget-line.writer
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
  // A form may send the status back unchanged; moving it is the lifecycle mutations' job (submitPlan, issuePlan…).
  if (fields.status !== undefined && fields.status !== plan.status) {
    return badInput('status', `Không đổi trạng thái bằng updatePlan; hãy dùng ${STATUS_MUTATIONS}.`);
  }
  const sent = sentFields(fields).filter((f) => f !== 'status');
  const content = sent.filter((f) => !ISSUANCE.includes(f));
  // An issued plan is changed only by an amending plan; say so before the generic 'not a draft'.
  if (plan.status === PlanStatus.ISSUED && sent.length) {
    return forbidden(
      'Kế hoạch đã ban hành nên không sửa được; hãy ban hành kế hoạch sửa đổi (căn cứ loại AMENDS). Tiến độ nội dung và số liệu kinh phí vẫn cập nhật được.',
      sent[0],
    );
  }
  if (content.length && plan.status !== PlanStatus.DRAFT)
    return forbidden('Kế hoạch không còn là dự thảo nên không sửa được nội dung.', content[0]);
  const checks = [onlyWritable(fields, writableBy(planWritable, ctx.auth))]; // line amounts: budget-line.writer
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
    reviewComment: withinPlanScope, // why: review comments stay inside the owning scope (DESIGN §4)
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
