import { permissionStore } from './permissions';

/**
 * The status changes the API lets each role make (server/src/modules/plan/plan.rules.ts, report/report.rules.ts), so
 * a status picker offers only what a save would be allowed to do. The current status is always listed.
 */
const PLAN: Record<string, [string, string][]> = {
  EDITOR: [['DRAFT', 'IN_REVIEW']],
  APPROVER: [['DRAFT', 'ISSUED'], ['IN_REVIEW', 'ISSUED'], ['IN_REVIEW', 'DRAFT'], ['DRAFT', 'CANCELLED'], ['IN_REVIEW', 'CANCELLED'], ['ISSUED', 'CANCELLED']],
};
const REPORT_OWN: Record<string, [string, string][]> = { APPROVER: [['DRAFT', 'SUBMITTED'], ['RETURNED', 'SUBMITTED']] };
const REPORT_BELOW: Record<string, [string, string][]> = { APPROVER: [['SUBMITTED', 'ACCEPTED'], ['SUBMITTED', 'RETURNED']] };

function reachable(table: Record<string, [string, string][]>, from: string) {
  const roles = permissionStore.get()?.roles ?? [];
  return roles.flatMap((role) => (table[role] ?? []).filter(([a]) => a === from).map(([, b]) => b));
}

/** Statuses a new plan may start in, or that `record`'s status may change to. */
export function planStatuses(record?: { status?: string }): string[] {
  if (!record?.status) return ['DRAFT', ...reachable(PLAN, 'DRAFT').filter((s) => s === 'IN_REVIEW' || s === 'ISSUED')];
  return [record.status, ...reachable(PLAN, record.status)];
}

export function reportStatuses(record?: { status?: string; administrativeUnitId?: string }): string[] {
  if (!record?.status) return ['DRAFT'];
  const own = record.administrativeUnitId === permissionStore.get()?.administrativeUnit?.id;
  return [record.status, ...reachable(own ? REPORT_OWN : REPORT_BELOW, record.status)];
}
