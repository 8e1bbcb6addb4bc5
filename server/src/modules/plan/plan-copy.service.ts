import type { Write } from '../../kernel/data/write';
import { PlanStatus } from '../../common/enums';
import { badInput } from '../../common/errors';
import { Activity, ActivityCitation, ActivityParticipant } from '../activity/activity.entity';
import { BudgetLine } from '../budget/budget-line.entity';
import type { ActivityInput, PlanFields } from './plan.inputs';
import { PlanLegalBasis, Recipient, ReportingDeadline, ReportingRequirement, Responsibility } from './plan-parts.entity';
import { Plan } from './plan.entity';
import { savePlan } from './plan.service';

/** Moves every four-digit year of the source plan's span in a text by `delta` ("Quý II/2022" → "Quý II/2023"). */
const shiftText = (text: string | undefined | null, years: Set<number>, delta: number) =>
  text?.replace(/\b(19|20)\d{2}\b/g, (y) => (years.has(Number(y)) ? String(Number(y) + delta) : y)) ?? undefined;

/** Moves an ISO date by whole years; 29 February lands on 28 February in a common year. */
const shiftDate = (date: string | undefined | null, delta: number) => {
  if (!date) return undefined;
  const year = Number(date.slice(0, 4)) + delta;
  const moved = `${year}${date.slice(4)}`;
  return moved.endsWith('-02-29') && new Date(`${year}-02-29T00:00:00Z`).getUTCMonth() !== 1 ? `${year}-02-28` : moved;
};

/**
 * Next year's draft from this year's plan: the same unit, activities with their participants and cited documents,
 * duties, reporting requirements and legal bases, with periods and deadlines moved to `year`; number, dates,
 * signature, review notes and allocated/spent amounts are left empty.
 */
export async function copyPlan(w: Write, sourceId: number, year: number): Promise<Plan> {
  const { em } = w;
  if (!Number.isInteger(year) || year < 1945 || year > 2100) throw badInput('year', 'Năm không hợp lệ.');
  const source = await em.findOneOrFail(Plan, { id: sourceId });
  const delta = year - source.startYear;
  const years = new Set(
    Array.from({ length: (source.endYear ?? source.startYear) - source.startYear + 1 }, (_, i) => source.startYear + i),
  );
  const shift = (text?: string | null) => shiftText(text, years, delta);

  const activities = await em.find(Activity, { plan: source }, { orderBy: { position: 'asc', id: 'asc' } });
  const participants = await em.find(ActivityParticipant, { activity: { plan: source } }, { orderBy: { position: 'asc', id: 'asc' } });
  const citations = await em.find(ActivityCitation, { activity: { plan: source } }, { orderBy: { id: 'asc' } });
  const inputs = new Map<number, ActivityInput>();
  const roots: ActivityInput[] = [];
  for (const a of activities) {
    const input: ActivityInput = {
      label: a.label,
      title: shift(a.title)!,
      description: shift(a.description),
      category: a.category,
      location: a.location,
      confidential: a.confidential,
      schedule: {
        label: shift(a.schedule.label),
        startDate: shiftDate(a.schedule.startDate, delta),
        endDate: shiftDate(a.schedule.endDate, delta),
        quarters: a.schedule.quarters,
        continuous: a.schedule.continuous,
      },
      participants: participants
        .filter((p) => p.activity.id === a.id)
        .map((p) => ({ agencyId: String(p.agency.id), role: p.role, note: p.note })),
      citedDocumentIds: citations.filter((c) => c.activity.id === a.id).map((c) => String(c.document.id)),
      children: [],
    };
    inputs.set(a.id, input);
    (a.parent ? (inputs.get(a.parent.id)?.children ?? roots) : roots).push(input);
  }
  const requirements = await em.find(ReportingRequirement, { plan: source }, { orderBy: { position: 'asc' } });
  const deadlines = await em.find(ReportingDeadline, { requirement: { plan: source } }, { orderBy: { id: 'asc' } });
  const lines = await em.find(BudgetLine, { plan: source }, { populate: ['activity'], orderBy: { position: 'asc', id: 'asc' } });

  const fields: PlanFields = {
    title: shift(source.title),
    status: PlanStatus.DRAFT,
    startYear: year,
    endYear: source.endYear == null ? source.endYear : source.endYear + delta,
    administrativeUnitId: String(source.administrativeUnit.id),
    issuingAgencyId: String(source.issuingAgency.id),
    parentPlanId: null,
    preamble: shift(source.preamble),
    objectives: source.objectives.map((o) => shift(o)!),
    requirements: source.requirements.map((r) => shift(r)!),
    budgetNote: shift(source.budgetNote),
    closing: shift(source.closing),
    defaultReportDue: source.defaultReportDue,
    signature: { authority: source.signature?.authority, position: source.signature?.position },
    legalBases: (await em.find(PlanLegalBasis, { plan: source }, { orderBy: { position: 'asc' } })).map((b) => ({
      documentId: String(b.document.id),
      kind: b.kind,
    })),
    activities: roots,
    responsibilities: (await em.find(Responsibility, { plan: source }, { orderBy: { position: 'asc' } })).map((r) => ({
      agencyId: String(r.agency.id),
      duties: r.duties.map((d) => shift(d)!),
    })),
    reportingRequirements: requirements.map((r) => ({
      description: shift(r.description)!,
      reporterId: r.reporter && String(r.reporter.id),
      reportTo: r.reportTo,
      reportToAgencyId: r.reportToAgency && String(r.reportToAgency.id),
      via: r.via,
      viaAgencyId: r.viaAgency && String(r.viaAgency.id),
      deadlines: deadlines
        .filter((d) => d.requirement.id === r.id)
        .map((d) => ({
          label: shift(d.label)!,
          dueDate: shiftDate(d.dueDate, delta),
          recurringMonth: d.recurringMonth,
          recurringDay: d.recurringDay,
        })),
    })),
    recipients: (await em.find(Recipient, { plan: source }, { orderBy: { position: 'asc' } })).map((r) => ({
      name: r.name,
      agencyId: r.agency && String(r.agency.id),
      purpose: r.purpose,
    })),
    budgetLines: lines.map((l) => ({
      fiscalYear: l.fiscalYear + delta,
      source: l.source,
      description: shift(l.description)!,
      plannedAmount: l.plannedAmount,
      activityLabel: l.activity?.label,
    })),
  };
  return savePlan(w, new Plan(), fields);
}
