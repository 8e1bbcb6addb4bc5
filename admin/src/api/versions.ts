/**
 * Optimistic concurrency in the console: every editable record is read with its `version`, and updates and
 * deletes send the version the user was looking at. The API refuses a stale one with CONFLICT; the console then
 * tells the user (see ConflictDialog) instead of silently overwriting someone else's save.
 */
export const VERSIONED = new Set([
  'Plan',
  'Report',
  'LegalDocument',
  'Agency',
  'AdministrativeUnit',
  'User',
  'ApiClient',
  'BudgetLine',
  'Activity',
]);

/** The version a mutation on `resource` should carry, from the record the form or list showed. */
export function versionOf(resource: string, record: { version?: unknown } | undefined | null): number | undefined {
  return VERSIONED.has(resource) && typeof record?.version === 'number' ? record.version : undefined;
}

/** Raised when the API answers CONFLICT on `version`; the dialog listens. */
export const conflicts = new EventTarget();

export function reportConflict(message: string) {
  conflicts.dispatchEvent(new CustomEvent('conflict', { detail: message }));
}
