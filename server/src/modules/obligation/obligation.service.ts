import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { printedDate } from '../../common/clock';
import { AgencyKind, ReportStatus } from '../../common/enums';
import { badInput } from '../../common/errors';
import { requireRef } from '../../common/refs';
import type { Agency } from '../agency/agency.entity';
import { ReportingRequirement, Responsibility } from '../plan/plan-parts.entity';
import type { Plan } from '../plan/plan.entity';
import type { Report } from '../report/report.entity';
import { AdministrativeUnit } from '../unit/unit.entity';
import { existedDuring } from '../unit/unit-validity';
import { ObligationState, ObligationStatus, ReportingObligation } from './obligation.entity';

/** "Định kỳ hằng năm" with no printed date falls due on the plan's default day, 15 December unless the plan says. */
export const DEFAULT_REPORT_DUE = '12-15';
const PERIODIC = /định kỳ|hằng năm|hàng năm/i;

const iso = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

interface Due {
  dueDate: string;
  periodStart: string;
  label: string;
  defaultDue: boolean;
}

/** The last year obligations are derived for: an open-ended plan (no end year printed) runs through the current year. */
const lastYear = (plan: Plan) => plan.endYear ?? Math.max(plan.startYear, new Date().getUTCFullYear());

/** Due days of one requirement within the plan's years; recurring ones expand per year, each covering the time since the previous one. */
function dueDays(plan: Plan, requirement: ReportingRequirement): Due[] {
  const years = Array.from({ length: lastYear(plan) - plan.startYear + 1 }, (_, i) => plan.startYear + i);
  const deadlines = requirement.deadlines.getItems();
  const out: Due[] = [];
  for (const d of deadlines.filter((x) => x.dueDate)) {
    out.push({ dueDate: d.dueDate!, periodStart: iso(plan.startYear, 1, 1), label: d.label, defaultDue: false });
  }
  const recurring = deadlines
    .filter((d) => !d.dueDate && d.recurringMonth && d.recurringDay)
    .sort((a, b) => a.recurringMonth! - b.recurringMonth! || a.recurringDay! - b.recurringDay!);
  for (const year of years) {
    let start = iso(year, 1, 1);
    for (const d of recurring) {
      const dueDate = iso(year, d.recurringMonth!, d.recurringDay!);
      out.push({ dueDate, periodStart: start, label: `${d.label}/${year}`, defaultDue: false });
      start = dayAfter(dueDate);
    }
  }
  if (!deadlines.length && PERIODIC.test(requirement.description)) {
    const [month, day] = (plan.defaultReportDue ?? DEFAULT_REPORT_DUE).split('-').map(Number);
    for (const year of years) {
      const dueDate = iso(year, month, day);
      out.push({
        dueDate,
        periodStart: iso(year, 1, 1),
        label: `Hạn mặc định của kế hoạch: ${printedDate(dueDate)} (văn bản không ghi ngày)`,
        defaultDue: true,
      });
    }
  }
  return out;
}

interface Reporter {
  unit: AdministrativeUnit;
  agency?: Agency;
}

/**
 * Who reports: a named agency reports for itself; a group ("Các sở, ban, ngành, UBND các huyện…") or no one named
 * means every unit directly below the plan's unit that exists in the plan's years, and each agency of the plan's
 * own unit that the plan gives duties to.
 */
async function reporters(em: EntityManager, plan: Plan, requirement: ReportingRequirement): Promise<Reporter[]> {
  const named = requirement.reporter;
  if (named && named.kind !== AgencyKind.COLLECTIVE) return [{ unit: named.administrativeUnit, agency: named }];
  const children = await em.find(
    AdministrativeUnit,
    { parent: plan.administrativeUnit, ...existedDuring(iso(plan.startYear, 1, 1), iso(lastYear(plan), 12, 31)) },
    { orderBy: { code: 'asc' } },
  );
  const duties = await em.find(Responsibility, { plan }, { populate: ['agency'], orderBy: { position: 'asc' } });
  const skip = new Set([plan.issuingAgency.id, requirement.reportToAgency?.id, requirement.viaAgency?.id]);
  const agencies = duties
    .map((r) => r.agency)
    .filter((a) => a.kind !== AgencyKind.COLLECTIVE && a.administrativeUnit.id === plan.administrativeUnit.id && !skip.has(a.id));
  return [...children.map((unit) => ({ unit })), ...agencies.map((agency) => ({ unit: plan.administrativeUnit, agency }))];
}

/** Turns an issued plan's reporting requirements into obligations; a plan that already has them keeps them. */
export async function deriveObligations(em: EntityManager, plan: Plan): Promise<number> {
  if (await em.count(ReportingObligation, { plan })) return 0;
  const requirements = await em.find(
    ReportingRequirement,
    { plan },
    { populate: ['deadlines', 'reporter', 'reportToAgency', 'viaAgency'], orderBy: { position: 'asc' } },
  );
  let made = 0;
  for (const requirement of requirements) {
    const dues = dueDays(plan, requirement);
    if (!dues.length) continue;
    for (const reporter of await reporters(em, plan, requirement)) {
      for (const due of dues) {
        em.persist(
          em.create(ReportingObligation, {
            plan,
            requirement,
            administrativeUnit: reporter.unit,
            reporterAgency: reporter.agency,
            recipientUnit: plan.administrativeUnit,
            reportTo: requirement.reportTo,
            reportToAgency: requirement.reportToAgency,
            description: requirement.description,
            periodStart: due.periodStart,
            periodEnd: due.dueDate,
            dueDate: due.dueDate,
            dueLabel: due.label,
            defaultDue: due.defaultDue,
          }),
        );
        made++;
      }
    }
  }
  await em.flush();
  return made;
}

/** The status as of `today` (a Vietnamese calendar day): a due day ends at midnight Vietnam time. */
export function obligationStatus(o: Pick<ReportingObligation, 'state' | 'dueDate' | 'submittedOn'>, today: string): ObligationStatus {
  if ((o.state === ObligationState.OPEN || o.state === ObligationState.RETURNED) && today > o.dueDate) return ObligationStatus.OVERDUE;
  if (o.state === ObligationState.SUBMITTED && o.submittedOn && o.submittedOn > o.dueDate) return ObligationStatus.LATE;
  return o.state as unknown as ObligationStatus;
}

/** The same rule in SQL over alias `e`, for filters and counts; `?` is today. */
export const STATUS_SQL = `(case when e.state in ('OPEN', 'RETURNED') and e.due_date < ?::date then 'OVERDUE'
  when e.state = 'SUBMITTED' and e.submitted_on > e.due_date then 'LATE' else e.state::text end)`;

/** Links a report to its obligation: only an obligation of the report's own unit, which the report may fulfil. */
export async function linkObligation(em: EntityManager, report: Report, obligationId: string | null): Promise<void> {
  if (obligationId === null) {
    report.obligation = null;
    return;
  }
  const obligation = await requireRef(em, ReportingObligation, obligationId, 'obligationId', 'nghĩa vụ báo cáo');
  if (obligation.administrativeUnit.id !== report.administrativeUnit.id) {
    throw badInput('obligationId', 'Nghĩa vụ báo cáo này thuộc đơn vị khác; báo cáo chỉ thực hiện nghĩa vụ của đơn vị mình.');
  }
  report.obligation = obligation;
}

const STATE_OF_REPORT: Partial<Record<ReportStatus, ObligationState>> = {
  [ReportStatus.SUBMITTED]: ObligationState.SUBMITTED,
  [ReportStatus.ACCEPTED]: ObligationState.ACCEPTED,
  [ReportStatus.RETURNED]: ObligationState.RETURNED,
};

/** Moves the report's obligation with the report (locked, in the report's transaction): submitted on `today`, accepted, or returned. */
export async function followReport(em: EntityManager, report: Report, previous: ReportStatus | undefined, today: string): Promise<void> {
  const state = STATE_OF_REPORT[report.status as ReportStatus];
  if (!report.obligation || !state || report.status === previous) return;
  const obligation = await em.findOneOrFail(
    ReportingObligation,
    { id: report.obligation.id },
    { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
  );
  obligation.state = state;
  if (state === ObligationState.SUBMITTED) obligation.submittedOn = today;
  if (state === ObligationState.ACCEPTED) obligation.acceptedOn = today;
}
