/**
 * Records as the console holds them → the flat arguments of `createX` / `updateX`. Lists are sent only when the
 * form carries them (the API replaces a list that is sent); references go by id. The shapes are the schema's input
 * types (generated/schema.ts), so an argument or input field renamed in the API fails `npm run typecheck` here.
 */
import type * as S from './generated/schema';

type Data = Record<string, any>;

/** Every argument `createX` or `updateX` takes, per resource. */
interface WriteArgs {
  Plan: S.MutationCreatePlanArgs & Omit<S.MutationUpdatePlanArgs, 'id'>;
  Report: S.MutationCreateReportArgs & Omit<S.MutationUpdateReportArgs, 'id'>;
  LegalDocument: S.MutationCreateLegalDocumentArgs & Omit<S.MutationUpdateLegalDocumentArgs, 'id'>;
  Agency: S.MutationCreateAgencyArgs & Omit<S.MutationUpdateAgencyArgs, 'id'>;
  AdministrativeUnit: S.MutationCreateAdministrativeUnitArgs & Omit<S.MutationUpdateAdministrativeUnitArgs, 'id'>;
  User: S.MutationCreateUserArgs & Omit<S.MutationUpdateUserArgs, 'id'>;
  ApiClient: S.MutationCreateApiClientArgs;
  BudgetLine: S.MutationCreateBudgetLineArgs & Omit<S.MutationUpdateBudgetLineArgs, 'id'>;
}
type Resource = keyof WriteArgs;

const FLAT_ARGS: { [R in Resource]: (keyof WriteArgs[R])[] } = {
  Plan: [
    'title',
    'symbol',
    'place',
    'issuedOn',
    'dateLabel',
    'status',
    'startYear',
    'endYear',
    'administrativeUnitId',
    'issuingAgencyId',
    'parentPlanId',
    'objectives',
    'requirements',
    'preamble',
    'closing',
    'budgetNote',
    'internalNote',
  ],
  Report: [
    'title',
    'symbol',
    'kind',
    'status',
    'periodStart',
    'periodEnd',
    'issuedOn',
    'dateLabel',
    'administrativeUnitId',
    'issuingAgencyId',
    'respondsToId',
    'obligationId',
    'spending',
    'recommendations',
    'nextTasks',
    'preamble',
    'closing',
  ],
  LegalDocument: ['documentType', 'symbol', 'issuedOn', 'issuerId', 'issuerName', 'title'],
  Agency: ['name', 'shortName', 'kind', 'administrativeUnitId', 'parentId', 'contactEmail', 'contactPhone'],
  AdministrativeUnit: ['code', 'name', 'fullName', 'kind', 'level', 'parentId', 'validFrom', 'validTo'],
  User: ['username', 'displayName', 'roles', 'administrativeUnitId', 'disabled', 'password'],
  ApiClient: ['name', 'administrativeUnitId'],
  BudgetLine: ['planId', 'fiscalYear', 'source', 'description', 'plannedAmount', 'allocatedAmount', 'spentAmount'],
};

/** '' from a cleared text box means "no value". */
const blank = <T>(value: T | '') => (value === '' ? null : value);
const lines = (value: unknown) => (Array.isArray(value) ? value.map((v) => String(v).trim()).filter(Boolean) : value);
const idOf = (id: unknown, ref: { id?: string } | null | undefined) => (id ?? ref?.id ?? null) as string | null;
const numberOrNull = (value: unknown) => (value === '' || value === null || value === undefined ? null : Number(value));

function scheduleInput(schedule: Data | null | undefined): S.ScheduleInput | undefined {
  if (!schedule) return undefined;
  return {
    label: blank(schedule.label) ?? null,
    startDate: blank(schedule.startDate) ?? null,
    endDate: blank(schedule.endDate) ?? null,
    quarters: (schedule.quarters ?? []).map(Number),
    continuous: !!schedule.continuous,
  };
}

/**
 * Activities as the form nests them → ActivityInput, numbered by their place: 1, 2… and 1.a, 1.b… below, so a
 * move or a delete renumbers them as the printed plan would. `renumbered` records each kept activity's new number.
 */
function activityInputs(items: Data[] | undefined, renumbered: Map<string, string>, parentLabel?: string): S.ActivityInput[] {
  return (items ?? []).map((item, index) => {
    const label = parentLabel ? `${parentLabel}.${String.fromCharCode(97 + index)}` : String(index + 1);
    if (item.id) renumbered.set(String(item.id), label);
    return {
      ...(item.id ? { id: item.id } : {}),
      label,
      title: item.title,
      description: blank(item.description) ?? null,
      category: item.category ?? undefined,
      location: blank(item.location) ?? null,
      status: item.status ?? undefined,
      progress: item.progress ?? undefined,
      confidential: !!item.confidential,
      schedule: scheduleInput(item.schedule),
      participants: (item.participants ?? [])
        .filter((p: Data) => p && idOf(p.agencyId, p.agency))
        .map((p: Data): S.ParticipantInput => ({
          agencyId: idOf(p.agencyId, p.agency)!,
          role: p.role ?? 'LEAD',
          ...(p.note ? { note: p.note } : {}),
        })),
      children: activityInputs(item.children, renumbered, label),
    };
  });
}

/**
 * A line keeps following its activity when activities are renumbered, unless the user typed another number
 * (a typed number is the one shown in the form at the time).
 */
const budgetLineInput = (line: Data, renumbered?: Map<string, string>): S.PlanBudgetLineInput => ({
  ...(line.id ? { id: line.id } : {}),
  activityLabel:
    (line.activity?.id && line.activityLabel === line.activity.label && renumbered?.get(String(line.activity.id))) ||
    (blank(line.activityLabel ?? line.activity?.label) ?? null),
  fiscalYear: Number(line.fiscalYear),
  source: line.source,
  description: line.description,
  plannedAmount: blank(line.plannedAmount) ?? null,
  allocatedAmount: blank(line.allocatedAmount) ?? null,
  spentAmount: blank(line.spentAmount) ?? null,
});

const signatureInput = (s: Data | null | undefined): S.SignatureInput | null =>
  s ? { authority: blank(s.authority) ?? null, position: blank(s.position) ?? null, signerName: blank(s.signerName) ?? null } : null;

const recipientInput = (r: Data): S.RecipientInput => ({
  name: r.name,
  purpose: r.purpose ?? 'EXECUTION',
  agencyId: idOf(r.agencyId, r.agency),
});

/** A deadline is one date or a yearly day and month: the kind chosen in the form decides which is sent. */
const deadlineInput = (d: Data): S.ReportingDeadlineInput => {
  const yearly = d.kind ? d.kind === 'YEARLY' : !d.dueDate && !!(d.recurringDay || d.recurringMonth);
  return {
    label: d.label,
    dueDate: yearly ? null : (blank(d.dueDate) ?? null),
    recurringDay: yearly ? numberOrNull(d.recurringDay) : null,
    recurringMonth: yearly ? numberOrNull(d.recurringMonth) : null,
  };
};

const requirementInput = (r: Data): S.ReportingRequirementInput => ({
  description: r.description,
  reportTo: r.reportTo,
  via: blank(r.via) ?? null,
  reporterId: idOf(r.reporterId, r.reporter),
  reportToAgencyId: idOf(r.reportToAgencyId, r.reportToAgency),
  viaAgencyId: idOf(r.viaAgencyId, r.viaAgency),
  deadlines: (r.dueDates ?? []).map(deadlineInput),
});

/** A report's section with the sections below it (I → 1 → a), as printed. */
const sectionInput = (s: Data): S.ReportSectionInput => ({
  label: blank(s.label) ?? null,
  heading: s.heading,
  body: s.body ?? '',
  children: (s.children ?? []).map(sectionInput),
});

type Nested<R extends Resource> = { [A in keyof WriteArgs[R]]?: (value: any, renumbered: Map<string, string>) => WriteArgs[R][A] };

// The form edits activities as a tree (`activityTree`); the API takes them as `activities` with `children`.
// `renumbered` is filled by the activities before the budget lines that point at them are converted.
const PLAN: Nested<'Plan'> = {
  activities: (tree: Data[], renumbered) => activityInputs(tree, renumbered),
  legalBases: (items: Data[]) =>
    items.map((b): S.LegalBasisInput => ({ kind: b.kind ?? 'BASIS', documentId: idOf(b.documentId, b.document)! })),
  budgetLines: (items: Data[], renumbered) => items.map((line) => budgetLineInput(line, renumbered)),
  responsibilities: (items: Data[]) =>
    items.map((r): S.ResponsibilityInput => ({ agencyId: idOf(r.agencyId, r.agency)!, duties: (lines(r.duties) as string[]) ?? [] })),
  reportingRequirements: (items: Data[]) => items.map(requirementInput),
  recipients: (items: Data[]) => items.map(recipientInput),
  signature: signatureInput,
};

const REPORT: Nested<'Report'> = {
  results: (items: Data[]) =>
    items.map((r): S.ReportResultInput => ({
      heading: r.heading,
      outcome: r.outcome ?? '',
      status: r.status ?? 'DONE',
      activityId: idOf(r.activityId, r.activity),
    })),
  metrics: (items: Data[]) => items.map((m): S.ReportMetricInput => ({ name: m.name, unit: m.unit ?? '', value: Number(m.value) })),
  sections: (items: Data[]) => items.map(sectionInput),
  spendingLines: (items: Data[]) => items.map((line) => budgetLineInput(line)),
  signature: signatureInput,
  recipients: (items: Data[]) => items.map(recipientInput),
};

const NESTED: { [R in Resource]?: Nested<R> } = { Plan: PLAN, Report: REPORT };
/** Where the form keeps what an argument is built from, when it is not the argument's own name. */
const FORM_SOURCE: Record<string, string> = { activities: 'activityTree' };

export function toMutationArgs(resource: string, data: Data): Data {
  const args: Data = {};
  for (const name of (FLAT_ARGS[resource as Resource] ?? []) as string[]) {
    if (data[name] === undefined) continue;
    args[name] = name === 'objectives' || name === 'requirements' || name === 'nextTasks' ? lines(data[name]) : blank(data[name]);
  }
  const renumbered = new Map<string, string>();
  for (const [name, convert] of Object.entries(NESTED[resource as Resource] ?? {}) as [
    string,
    (value: any, renumbered: Map<string, string>) => unknown,
  ][]) {
    const value = data[FORM_SOURCE[name] ?? name];
    if (value === undefined || (value === null && name !== 'signature')) continue;
    args[name] = convert(value, renumbered);
  }
  return args;
}

/** Nests a plan's flat, ordered activities by `parentId`, as the form edits them. */
export function activityTree(activities: Data[]): Data[] {
  const byParent = new Map<string | null, Data[]>();
  for (const a of [...activities].sort((x, y) => x.position - y.position)) {
    const key = a.parentId ?? null;
    byParent.set(key, [...(byParent.get(key) ?? []), a]);
  }
  const build = (parentId: string | null): Data[] => (byParent.get(parentId) ?? []).map((a) => ({ ...a, children: build(a.id) }));
  return build(null);
}

/** Adds what the edit forms bind to: the activity tree, the ids of referenced records, each deadline's kind. */
export function fromRecord(resource: string, record: Data): Data {
  if (resource === 'Report') {
    return {
      ...record,
      issuingAgencyId: record.issuingAgencyId ?? record.issuingAgency?.id ?? null,
      respondsToId: record.respondsToId ?? record.respondsTo?.id ?? null,
      results: record.results?.map((r: Data) => ({ ...r, activityId: r.activity?.id ?? null })),
      spendingLines: record.spendingLines?.map((l: Data) => ({ ...l, activityLabel: l.activity?.label ?? null })),
    };
  }
  if (resource !== 'Plan') return record;
  return {
    ...record,
    activityTree: record.activities ? activityTree(record.activities) : undefined,
    legalBases: record.legalBases?.map((b: Data) => ({ ...b, documentId: b.document?.id })),
    responsibilities: record.responsibilities?.map((r: Data) => ({ ...r, agencyId: r.agency?.id })),
    recipients: record.recipients?.map((r: Data) => ({ ...r, agencyId: r.agency?.id ?? null })),
    budgetLines: record.budgetLines?.map((l: Data) => ({ ...l, activityLabel: l.activity?.label ?? null })),
    reportingRequirements: record.reportingRequirements?.map((r: Data) => ({
      ...r,
      dueDates: (r.dueDates ?? []).map((d: Data) => ({ ...d, kind: d.recurringMonth ? 'YEARLY' : 'ONCE' })),
    })),
  };
}
