import type { Period, Schedule } from './schedule.embeddable';

const QUARTER_START = ['01-01', '04-01', '07-01', '10-01'];
const QUARTER_END = ['03-31', '06-30', '09-30', '12-31'];

/**
 * The periods a schedule covers: each listed quarter of each year between its start and end dates ("Quý II và IV/2022"
 * is April–June and October–December), else the one range from start to end, else none (continuous or undated).
 */
export function periodsOf(schedule: Pick<Schedule, 'startDate' | 'endDate' | 'quarters'>): Period[] {
  const { startDate, endDate, quarters } = schedule;
  if (quarters.length && startDate) {
    const first = Number(startDate.slice(0, 4)),
      last = Number((endDate ?? startDate).slice(0, 4));
    const periods: Period[] = [];
    for (let year = first; year <= last; year++) {
      for (const q of [...quarters].sort())
        periods.push({ startDate: `${year}-${QUARTER_START[q - 1]}`, endDate: `${year}-${QUARTER_END[q - 1]}` });
    }
    return periods;
  }
  return startDate ? [{ startDate, endDate: endDate ?? startDate }] : [];
}

/** SQL (activity alias `e`; parameters: the window's end, then its start): some period overlaps the window, or the work is continuous. */
export const DURING = `(e.schedule_continuous or exists (select 1 from jsonb_array_elements(coalesce(e.schedule_periods, '[]'::jsonb)) p
  where (p->>'startDate')::date <= ?::date and (p->>'endDate')::date >= ?::date))`;
