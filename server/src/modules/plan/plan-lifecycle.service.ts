import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { printedDate } from '../../common/clock';
import { DocumentType, LegalBasisKind, PlanStatus, Role } from '../../common/enums';
import { badInput } from '../../common/errors';
import { Agency } from '../agency/agency.entity';
import { LegalDocument } from '../legal-document/legal-document.entity';
import { assertSymbolFree } from '../legal-document/symbol-uniqueness';
import { ObligationState, ReportingObligation } from '../obligation/obligation.entity';
import { deriveObligations } from '../obligation/obligation.service';
import { buildSymbol, issuerCode, takeNumber } from '../register/register.service';
import { AdministrativeUnit } from '../unit/unit.entity';
import { User } from '../user/user.entity';
import { PlanLegalBasis } from './plan-parts.entity';
import { Plan } from './plan.entity';

/** A plan is a "Kế hoạch": `KH` in its number-symbol. */
const PLAN_TYPE_CODE = 'KH';

export type PlanMove = 'submitPlan' | 'returnPlan' | 'issuePlan' | 'cancelPlan';

/** The moves of a plan's life: from which states, to which, and the role of the plan's own unit that makes it. */
export const PLAN_MOVES: Record<PlanMove, { from: PlanStatus[]; to: PlanStatus; role: Role; verb: string }> = {
  submitPlan: { from: [PlanStatus.DRAFT], to: PlanStatus.IN_REVIEW, role: Role.EDITOR, verb: 'gửi duyệt' },
  returnPlan: { from: [PlanStatus.IN_REVIEW], to: PlanStatus.DRAFT, role: Role.APPROVER, verb: 'trả lại' },
  issuePlan: { from: [PlanStatus.IN_REVIEW], to: PlanStatus.ISSUED, role: Role.APPROVER, verb: 'ban hành' },
  cancelPlan: { from: [PlanStatus.ISSUED], to: PlanStatus.CANCELLED, role: Role.APPROVER, verb: 'hủy' },
};

const STATUS_NAMES: Record<PlanStatus, string> = {
  [PlanStatus.DRAFT]: 'Dự thảo',
  [PlanStatus.IN_REVIEW]: 'Chờ duyệt',
  [PlanStatus.ISSUED]: 'Đã ban hành',
  [PlanStatus.CANCELLED]: 'Đã hủy',
};

export interface MoveInput {
  planId: number;
  /** The signed-in user making the move: the approver signs what they issue. */
  userId: number;
  /** Today in Vietnam (`YYYY-MM-DD`). */
  today: string;
  /** The return comment or the cancellation reason. */
  note?: string;
}

/**
 * One move, in one transaction with the plan's row locked (`select … for update`): two approvers acting at once
 * are serialised, and the second sees the state the first left.
 */
export async function movePlan(rootEm: EntityManager, move: PlanMove, input: MoveInput): Promise<Plan> {
  const rule = PLAN_MOVES[move];
  if ((move === 'returnPlan' || move === 'cancelPlan') && !input.note?.trim()) {
    throw badInput(
      move === 'returnPlan' ? 'comment' : 'reason',
      move === 'returnPlan' ? 'Cần ghi ý kiến khi trả lại dự thảo.' : 'Cần ghi lý do hủy kế hoạch.',
    );
  }
  return rootEm.transactional(async (em) => {
    const plan = await em.findOne(Plan, { id: input.planId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!plan) throw badInput('id', `Không tìm thấy kế hoạch có mã ${input.planId}.`);
    if (!rule.from.includes(plan.status)) {
      throw badInput(
        'id',
        `Kế hoạch đang ở trạng thái "${STATUS_NAMES[plan.status as PlanStatus]}" (${plan.status}) nên không thể ${rule.verb}; chỉ ${rule.verb} được kế hoạch ở trạng thái ${rule.from.map((s) => `"${STATUS_NAMES[s]}" (${s})`).join(', ')}.`,
      );
    }
    plan.status = rule.to;
    if (move === 'submitPlan') plan.reviewComment = null;
    if (move === 'returnPlan') plan.reviewComment = input.note!.trim();
    if (move === 'cancelPlan') plan.cancelReason = input.note!.trim();
    if (move === 'issuePlan') await issue(em, plan, input);
    await em.flush(); // steps the plan's version, so an edit still holding the one read before the move is refused
    if (move === 'issuePlan') await deriveObligations(em, plan);
    // A cancelled plan asks for nothing more: what nobody has started reporting on goes; what was reported stays.
    if (move === 'cancelPlan') await em.nativeDelete(ReportingObligation, { plan, state: ObligationState.OPEN });
    return plan;
  });
}

/** Number from the register, symbol, date in Vietnam, the approver's signature, and the plan's entry in the document catalogue. */
async function issue(em: EntityManager, plan: Plan, input: MoveInput) {
  await assertAmendable(em, plan);
  const agency = await em.findOneOrFail(Agency, { id: plan.issuingAgency.id });
  const code = issuerCode(agency);
  const year = Number(input.today.slice(0, 4));
  const number = await takeNumber(em, agency, year, PLAN_TYPE_CODE);
  const symbol = buildSymbol(number, PLAN_TYPE_CODE, code);
  await assertSymbolFree(em, {
    table: 'plan',
    issuerColumn: 'issuing_agency_id',
    issuer: agency.id,
    symbol,
    issuedOn: input.today,
    exceptId: plan.id,
  });
  const approver = await em.findOneOrFail(User, { id: input.userId });
  const unit = await em.findOneOrFail(AdministrativeUnit, { id: plan.administrativeUnit.id });
  const [y, m, d] = input.today.split('-');
  Object.assign(plan, {
    registerNumber: number,
    symbol,
    issuedOn: input.today,
    reviewComment: null,
    place: plan.place ?? unit.name,
    dateLabel: `${plan.place ?? unit.name}, ngày ${d} tháng ${m} năm ${y}`,
  });
  plan.signature = Object.assign(plan.signature ?? {}, {
    authority: plan.signature?.authority ?? 'TM. ỦY BAN NHÂN DÂN',
    position: plan.signature?.position ?? 'CHỦ TỊCH',
    signerName: approver.displayName,
  });
  const document = plan.document
    ? await em.findOneOrFail(LegalDocument, { id: plan.document.id })
    : em.create(LegalDocument, {
        documentType: DocumentType.PLAN,
        issuerName: agency.name,
        title: plan.title,
      });
  Object.assign(document, {
    symbol,
    number: String(number).padStart(2, '0'),
    typeCode: PLAN_TYPE_CODE,
    issuerCode: code,
    issuedOn: input.today,
    issuer: agency,
  });
  plan.document = document;
}

/** "Đã được sửa đổi bởi Kế hoạch số 12/KH-UBND ngày 03/04/2022" for every issued plan that amends this one. */
export const amendmentNote = (amending: Plan[]) =>
  amending.length
    ? `Đã được sửa đổi bởi ${amending.map((p) => `Kế hoạch số ${p.symbol}${p.issuedOn ? ` ngày ${printedDate(p.issuedOn)}` : ''}`).join('; ')}`
    : null;

/** For each plan id, the issued plans whose legal bases say they amend it (through the plan's catalogue entry). */
export async function amendingPlanIds(em: EntityManager, planIds: readonly number[]): Promise<number[][]> {
  const rows = await em.execute<{ amended: number; amending: number }[]>(
    `select t.id as amended, p.id as amending from plan t
       join plan_legal_basis b on b.document_id = t.document_id and b.kind = ?
       join plan p on p.id = b.plan_id and p.status = 'ISSUED'
      where t.id in (${planIds.map(() => '?').join(', ')}) order by p.issued_on, p.id`,
    [LegalBasisKind.AMENDS, ...planIds],
  );
  return planIds.map((id) => rows.filter((r) => r.amended === id).map((r) => r.amending));
}

/** The plan a basis of kind AMENDS points at must be an issued plan, of the same unit. */
export async function assertAmendable(em: EntityManager, plan: Plan): Promise<void> {
  const bases = await em.find(PlanLegalBasis, { plan, kind: LegalBasisKind.AMENDS });
  for (const basis of bases) {
    const target = await em.findOne(Plan, { document: basis.document });
    if (!target || target.status !== PlanStatus.ISSUED || target.administrativeUnit.id !== plan.administrativeUnit.id) {
      throw badInput('legalBases', 'Văn bản được sửa đổi phải là một kế hoạch đã ban hành của cùng đơn vị.');
    }
  }
}
