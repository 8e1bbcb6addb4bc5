import { permissionStore } from './permissions';

/**
 * The statuses the API lets each role set with a form (server/src/modules/plan/plan.rules.ts, report/report.rules.ts),
 * so a status picker offers only what a save would be allowed to do. A plan's later moves (send for review, issue,
 * return, cancel) are the life-cycle buttons' job, not the form's.
 */
const PLAN_INITIAL: Record<string, string[]> = { EDITOR: ['DRAFT', 'IN_REVIEW'], APPROVER: ['ISSUED'] };
const REPORT_OWN: Record<string, [string, string][]> = {
  APPROVER: [
    ['DRAFT', 'SUBMITTED'],
    ['RETURNED', 'SUBMITTED'],
  ],
};
const REPORT_BELOW: Record<string, [string, string][]> = {
  APPROVER: [
    ['SUBMITTED', 'ACCEPTED'],
    ['SUBMITTED', 'RETURNED'],
  ],
};

function reachable(table: Record<string, [string, string][]>, from: string) {
  const roles = permissionStore.get()?.roles ?? [];
  return roles.flatMap((role) => (table[role] ?? []).filter(([a]) => a === from).map(([, b]) => b));
}

/** The statuses a new plan may start in. */
export function initialPlanStatuses(): string[] {
  const roles = permissionStore.get()?.roles ?? [];
  return [...new Set(roles.flatMap((role) => PLAN_INITIAL[role] ?? []))];
}

export function reportStatuses(record?: { status?: string; administrativeUnitId?: string }): string[] {
  if (!record?.status) return ['DRAFT'];
  const own = record.administrativeUnitId === permissionStore.get()?.administrativeUnit?.id;
  return [record.status, ...reachable(own ? REPORT_OWN : REPORT_BELOW, record.status)];
}
