import type { EntityManager } from '@mikro-orm/postgresql';

/** One changed field of an audited row: its value before and after, JSON-encoded (null for "absent"). */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** A row as the audit sees it: its own columns plus, per nested list, that list's rows. */
export type Snapshot = Record<string, unknown>;

/** Lists a resource carries (GraphQL field → table and the column pointing at the owner), audited with it. */
export const AUDITED_LISTS: Record<string, Record<string, { table: string; owner: string; where?: string }>> = {
  Plan: {
    activities: { table: 'activity', owner: 'plan_id' },
    budgetLines: { table: 'budget_line', owner: 'plan_id' },
    legalBases: { table: 'plan_legal_basis', owner: 'plan_id' },
    responsibilities: { table: 'responsibility', owner: 'plan_id' },
    reportingRequirements: { table: 'reporting_requirement', owner: 'plan_id' },
    recipients: { table: 'recipient', owner: 'plan_id' },
  },
  Report: {
    spendingLines: { table: 'budget_line', owner: 'report_id' },
    results: { table: 'report_result', owner: 'report_id' },
    subjects: { table: 'report_document', owner: 'report_id', where: 'subject' },
    citedDocuments: { table: 'report_document', owner: 'report_id', where: 'not subject' },
    recipients: { table: 'recipient', owner: 'report_id' },
  },
  Activity: {
    participants: { table: 'activity_participant', owner: 'activity_id' },
    citedDocuments: { table: 'activity_citation', owner: 'activity_id' },
  },
};

/** Columns never recorded: bookkeeping, derived columns (search text, an activity's concealed flag), and anything secret. */
const SKIPPED = /^(created_at|updated_at|version|search_text|concealed)$|password|secret|hash|token/;
/** Embedded objects are stored as prefixed columns; their changes are named `signature.signerName`. */
const EMBEDDED = ['signature', 'schedule'];

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

export function fieldOfColumn(column: string): string {
  const embedded = EMBEDDED.find((e) => column.startsWith(`${e}_`));
  return embedded ? `${embedded}.${camel(column.slice(embedded.length + 1))}` : camel(column);
}

/** The row and its lists as they are now in this transaction; undefined when the row does not exist. */
export async function snapshot(em: EntityManager, type: string, table: string, id: number): Promise<Snapshot | undefined> {
  const [row] = await em.execute(`select to_jsonb(t) as row from "${table}" t where t.id = ?`, [id]);
  if (!row) return undefined;
  const result: Snapshot = {};
  for (const [column, value] of Object.entries(row.row as Record<string, unknown>))
    if (!SKIPPED.test(column)) result[fieldOfColumn(column)] = value;
  for (const [field, list] of Object.entries(AUDITED_LISTS[type] ?? {})) {
    const [{ rows }] = await em.execute(
      `select coalesce(jsonb_agg(to_jsonb(c) - 'created_at' - 'updated_at' - 'version' - 'search_text' - 'concealed' order by c.id), '[]'::jsonb) as rows
         from "${list.table}" c where c."${list.owner}" = ?${list.where ? ` and ${list.where}` : ''}`,
      [id],
    );
    result[field] = rows;
  }
  return result;
}

/** The fields whose value differs between two snapshots (a created row has no before, a deleted one no after). */
export function changes(before: Snapshot | undefined, after: Snapshot | undefined): FieldChange[] {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const out: FieldChange[] = [];
  for (const field of fields) {
    const a = before?.[field] ?? null;
    const b = after?.[field] ?? null;
    if (JSON.stringify(a) !== JSON.stringify(b)) out.push({ field, before: a, after: b });
  }
  return out;
}
