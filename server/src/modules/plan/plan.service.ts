import type { EntityManager } from '@mikro-orm/postgresql';
import { PlanStatus } from '../../common/enums';
import { badInput } from '../../common/errors';
import { assignDefined, optionalRef, requireRef } from '../../common/refs';
import type { Write } from '../../kernel/data/write';
import { Activity } from '../activity/activity.entity';
import { writeActivity } from '../activity/activity.service';
import { Agency } from '../agency/agency.entity';
import { BudgetLine } from '../budget/budget-line.entity';
import { writeLines } from '../budget/budget-line.writer';
import { LegalDocument } from '../legal-document/legal-document.entity';
import { assertSymbolFree } from '../legal-document/symbol-uniqueness';
import { AdministrativeUnit } from '../unit/unit.entity';
import type { ActivityInput, PlanFields } from './plan.inputs';
import { PlanLegalBasis, Recipient, ReportingDeadline, ReportingRequirement, Responsibility } from './plan-parts.entity';
import { Plan } from './plan.entity';
import { agencyRefs, recipientFrom } from './agency-links';
import { checkedDeadline } from './reporting-deadline';

export const REQUIRED_ON_CREATE = ['title', 'startYear', 'administrativeUnitId', 'issuingAgencyId'] as const;

/**
 * Creates or updates a plan with everything it carries, inside the write path's transaction: any refused field
 * (reported with its path, e.g. `activities[1].participants[0].agencyId`) leaves the database as it was.
 */
export async function savePlan({ em, ctx }: Write, plan: Plan, fields: PlanFields): Promise<Plan> {
  const {
    administrativeUnitId,
    issuingAgencyId,
    parentPlanId,
    documentId,
    signature,
    legalBases,
    activities,
    budgetLines,
    responsibilities,
    reportingRequirements,
    recipients,
    ...scalars
  } = fields;
  assignDefined(plan, scalars as Partial<Plan>);
  if (signature) plan.signature = Object.assign(plan.signature ?? {}, signature);
  if (administrativeUnitId)
    plan.administrativeUnit = await requireRef(em, AdministrativeUnit, administrativeUnitId, 'administrativeUnitId', 'đơn vị hành chính');
  if (issuingAgencyId) plan.issuingAgency = await requireRef(em, Agency, issuingAgencyId, 'issuingAgencyId', 'cơ quan ban hành');
  if (parentPlanId !== undefined) plan.parentPlan = await optionalRef(em, Plan, parentPlanId, 'parentPlanId', 'kế hoạch cấp trên');
  if (documentId !== undefined) plan.document = await optionalRef(em, LegalDocument, documentId, 'documentId', 'văn bản');
  validatePlan(plan);
  await assertSymbolFree(em, {
    table: 'plan',
    issuerColumn: 'issuing_agency_id',
    issuer: plan.issuingAgency.id,
    symbol: plan.symbol,
    issuedOn: plan.issuedOn,
    exceptId: plan.id,
  });
  em.persist(plan);

  // A new plan has no parts to replace; deleting by an unsaved plan would match `plan_id is null`, which for
  // recipients means every report's recipients.
  if (legalBases) {
    if (plan.id) await em.nativeDelete(PlanLegalBasis, { plan });
    for (const [i, basis] of legalBases.entries()) {
      const document = await requireRef(em, LegalDocument, basis.documentId, `legalBases[${i}].documentId`, 'văn bản');
      em.persist(em.create(PlanLegalBasis, { plan, document, kind: basis.kind, position: i }));
    }
  }
  let byLabel: Map<string, Activity> | undefined;
  if (activities) byLabel = await replaceActivities(em, plan, activities);
  if (budgetLines) {
    const labels = byLabel ?? new Map((plan.id ? await em.find(Activity, { plan }) : []).map((a) => [a.label, a]));
    await writeLines(em, ctx.auth, { plan }, budgetLines, 'budgetLines', (input, at) => {
      const label = (input as { activityLabel?: string }).activityLabel;
      if (label && !labels.has(label)) throw badInput(`${at}activityLabel`, `Kế hoạch không có nội dung số "${label}".`);
      return label ? labels.get(label) : undefined;
    });
  }
  if (responsibilities) {
    if (plan.id) await em.nativeDelete(Responsibility, { plan });
    for (const [i, r] of responsibilities.entries()) {
      const agency = await requireRef(em, Agency, r.agencyId, `responsibilities[${i}].agencyId`, 'cơ quan');
      const responsibility = em.create(Responsibility, { plan, agency, duties: r.duties, source: r.source, position: i });
      responsibility.sharedWith.set(await agencyRefs(em, r.sharedWithIds, `responsibilities[${i}].sharedWithIds`));
      em.persist(responsibility);
    }
  }
  if (reportingRequirements) {
    if (plan.id) await em.nativeDelete(ReportingRequirement, { plan });
    for (const [i, r] of reportingRequirements.entries()) {
      const at = `reportingRequirements[${i}]`;
      const requirement = em.create(ReportingRequirement, {
        plan,
        description: r.description,
        reportTo: r.reportTo,
        via: r.via,
        position: i,
        reporter: await optionalRef(em, Agency, r.reporterId, `${at}.reporterId`, 'cơ quan báo cáo'),
        reportToAgency: await optionalRef(em, Agency, r.reportToAgencyId, `${at}.reportToAgencyId`, 'cơ quan nhận báo cáo'),
        viaAgency: await optionalRef(em, Agency, r.viaAgencyId, `${at}.viaAgencyId`, 'cơ quan tổng hợp'),
      });
      for (const [j, d] of (r.deadlines ?? []).entries()) {
        em.persist(em.create(ReportingDeadline, { requirement, ...checkedDeadline(d, `${at}.deadlines[${j}]`) }));
      }
      requirement.reportToAgencies.set(await agencyRefs(em, r.reportToAgencyIds, `${at}.reportToAgencyIds`));
      em.persist(requirement);
    }
  }
  if (recipients) {
    if (plan.id) await em.nativeDelete(Recipient, { plan });
    for (const [i, r] of recipients.entries()) {
      em.persist(await recipientFrom(em, r, i, { plan }));
    }
  }
  await em.flush();
  if (plan.administrativeUnit) await em.nativeUpdate(BudgetLine, { plan }, { administrativeUnit: plan.administrativeUnit });
  return plan;
}

/** Plans that implemented this one lose their parent rather than block the delete. */
export async function unlinkChildPlans({ em }: Write, plan: Plan): Promise<void> {
  await em.nativeUpdate(Plan, { parentPlan: plan.id }, { parentPlan: null });
}

function validatePlan(plan: Plan) {
  if (!plan.title?.trim()) throw badInput('title', 'Tên kế hoạch không được để trống.');
  if (plan.endYear != null && plan.endYear < plan.startYear) throw badInput('endYear', 'Năm kết thúc không được trước năm bắt đầu.');
  if (plan.defaultReportDue && !/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(plan.defaultReportDue))
    throw badInput('defaultReportDue', 'Hạn mặc định phải có dạng MM-DD, ví dụ 12-15.');
  // A plan in force whose copy lost its number and date is still issued (seeds/CONVENTIONS.md, "Drafts and plans whose number was lost").
  if (plan.status === PlanStatus.ISSUED && !plan.numberUnknown && (!plan.symbol || !plan.issuedOn)) {
    throw badInput(plan.symbol ? 'issuedOn' : 'symbol', 'Kế hoạch đã ban hành phải có số ký hiệu và ngày ban hành.');
  }
  if (plan.parentPlan && plan.id && plan.parentPlan.id === plan.id)
    throw badInput('parentPlanId', 'Kế hoạch không thể thực hiện chính nó.');
}

async function replaceActivities(em: EntityManager, plan: Plan, inputs: ActivityInput[]): Promise<Map<string, Activity>> {
  const existing = plan.id ? await em.find(Activity, { plan }) : [];
  const kept = new Set<number>();
  const byLabel = new Map<string, Activity>();
  let position = 0;
  const visit = async (list: ActivityInput[], parent: Activity | undefined, path: string) => {
    for (const [i, input] of list.entries()) {
      const at = `${path}[${i}]`;
      let activity: Activity;
      if (input.id) {
        const found = existing.find((a) => a.id === Number(input.id));
        if (!found) throw badInput(`${at}.id`, `Nội dung có mã ${input.id} không thuộc kế hoạch này.`);
        activity = found;
        kept.add(activity.id);
      } else activity = new Activity();
      if (byLabel.has(input.label)) throw badInput(`${at}.label`, `Số thứ tự "${input.label}" bị trùng trong kế hoạch.`);
      Object.assign(activity, { plan, parent, position: position++ });
      await writeActivity(em, activity, input, at);
      byLabel.set(input.label, activity);
      await visit(input.children ?? [], activity, `${at}.children`);
    }
  };
  await visit(inputs, undefined, 'activities');
  for (const activity of existing) if (!kept.has(activity.id)) em.remove(activity);
  return byLabel;
}
