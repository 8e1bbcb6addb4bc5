/** Next occurrences of reporting deadlines: one-off dates as they are, yearly ones (25/5, 25/11) in the plan's years. */

export interface DeadlineSource {
  label: string;
  dueDate?: string | null;
  recurringDay?: number | null;
  recurringMonth?: number | null;
}

export interface PlanDeadlines {
  id: string;
  title: string;
  symbol?: string | null;
  status: string;
  startYear: number;
  endYear: number;
  reportingRequirements?: { description: string; reportTo: string; dueDates: DeadlineSource[] }[] | null;
}

export interface Deadline {
  planId: string;
  planLabel: string;
  description: string;
  reportTo: string;
  label: string;
  date: string;
}

const iso = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

export function deadlines(plans: PlanDeadlines[]): Deadline[] {
  const out: Deadline[] = [];
  for (const plan of plans) {
    if (plan.status === 'CANCELLED') continue;
    for (const requirement of plan.reportingRequirements ?? []) {
      for (const due of requirement.dueDates) {
        const dates = due.dueDate
          ? [due.dueDate]
          : due.recurringDay && due.recurringMonth
            ? Array.from({ length: plan.endYear - plan.startYear + 1 }, (_, i) => iso(plan.startYear + i, due.recurringMonth!, due.recurringDay!))
            : [];
        for (const date of dates) {
          out.push({
            planId: plan.id, planLabel: plan.symbol ?? plan.title, description: requirement.description,
            reportTo: requirement.reportTo, label: due.label, date,
          });
        }
      }
    }
  }
  return out.sort((a, b) => a.date.localeCompare(b.date));
}

/** Upcoming: from today to `days` ahead. Overdue: passed, in a plan that still runs this year or ran last year. */
export function split(all: Deadline[], today: string, days: number, plans: PlanDeadlines[]) {
  const horizon = new Date(`${today}T00:00:00Z`);
  horizon.setUTCDate(horizon.getUTCDate() + days);
  const until = horizon.toISOString().slice(0, 10);
  const year = Number(today.slice(0, 4));
  const running = new Set(plans.filter((p) => p.endYear >= year - 1).map((p) => p.id));
  return {
    upcoming: all.filter((d) => d.date >= today && d.date <= until),
    overdue: all.filter((d) => d.date < today && running.has(d.planId)).reverse(),
  };
}
