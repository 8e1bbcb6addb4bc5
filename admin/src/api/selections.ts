import type * as S from './generated/schema';
import { canRead, type Permissions } from './permissions';

type Element<T> = T extends readonly (infer U)[] ? Element<U> : NonNullable<T>;
/**
 * The fields the console asks for of a schema type `T` (generated/schema.ts): a field the schema does not have, or a
 * scalar selected as an object, fails `npm run typecheck`. A nested selection names its GraphQL type with `__type`
 * when that type has field rules of its own. Before a query is sent every field the user may not read is dropped,
 * so one denied field never turns a whole list into an error.
 */
export type Selection<T = any> = { __type?: string } & {
  [F in Exclude<keyof T, '__typename'>]?: Element<T[F]> extends Record<string, unknown> ? Selection<Element<T[F]>> : 1;
};

const unit: Selection<S.AdministrativeUnit> = { __type: 'AdministrativeUnit', id: 1, name: 1, level: 1 };
/** What tells same-named units apart in a picker: kind, parent, end of validity. */
const unitChoice: Selection<S.AdministrativeUnit> = {
  ...unit,
  kind: 1,
  validTo: 1,
  parent: { __type: 'AdministrativeUnit', id: 1, name: 1 },
};
const agency: Selection<S.Agency> = { __type: 'Agency', id: 1, name: 1, shortName: 1 };
const document: Selection<S.LegalDocument> = {
  __type: 'LegalDocument',
  id: 1,
  symbol: 1,
  title: 1,
  documentType: 1,
  issuedOn: 1,
  issuerName: 1,
};
const signature: Selection<S.Signature> = { authority: 1, position: 1, signerName: 1 };
const recipients: Selection<S.Recipient> = { id: 1, name: 1, purpose: 1, agency };
const budgetLine: Selection<S.BudgetLine> = {
  __type: 'BudgetLine',
  id: 1,
  fiscalYear: 1,
  source: 1,
  description: 1,
  plannedAmount: 1,
  allocatedAmount: 1,
  spentAmount: 1,
  position: 1,
  planId: 1,
  activity: { __type: 'Activity', id: 1, label: 1 },
};
const activity: Selection<S.Activity> = {
  __type: 'Activity',
  id: 1,
  label: 1,
  position: 1,
  parentId: 1,
  title: 1,
  description: 1,
  category: 1,
  location: 1,
  status: 1,
  progress: 1,
  confidential: 1,
  schedule: { label: 1, startDate: 1, endDate: 1, quarters: 1, continuous: 1 },
  participants: { id: 1, role: 1, source: 1, agencyId: 1, agency },
};

const obligation: Selection<S.ReportingObligation> = {
  __type: 'ReportingObligation',
  id: 1,
  dueDate: 1,
  dueLabel: 1,
  status: 1,
  description: 1,
  reportTo: 1,
  periodStart: 1,
  periodEnd: 1,
  administrativeUnitId: 1,
  administrativeUnit: { __type: 'AdministrativeUnit', id: 1, fullName: 1 },
  plan: { __type: 'Plan', id: 1, symbol: 1, title: 1 },
};

const planSummary: Selection<S.Plan> = {
  __type: 'Plan',
  id: 1,
  title: 1,
  symbol: 1,
  status: 1,
  startYear: 1,
  endYear: 1,
  issuedOn: 1,
  place: 1,
  administrativeUnitId: 1,
  administrativeUnit: unit,
  issuingAgencyId: 1,
  issuingAgency: agency,
  budgetTotal: 1,
};

interface Selections {
  Plan: S.Plan;
  LegalDocument: S.LegalDocument;
  Agency: S.Agency;
  AdministrativeUnit: S.AdministrativeUnit;
  Report: S.Report;
  User: S.User;
  ApiClient: S.ApiClient;
  BudgetLine: S.BudgetLine;
  Activity: S.Activity;
  ReportingObligation: S.ReportingObligation;
}

const unitRow: Selection<S.AdministrativeUnit> = {
  ...unitChoice,
  code: 1,
  fullName: 1,
  parentId: 1,
  validFrom: 1,
  successor: unitChoice,
  predecessors: unitChoice,
};
const reportRow: Selection<S.Report> = {
  __type: 'Report',
  id: 1,
  title: 1,
  symbol: 1,
  kind: 1,
  status: 1,
  periodStart: 1,
  periodEnd: 1,
  issuedOn: 1,
  administrativeUnitId: 1,
  administrativeUnit: unit,
  spending: 1,
};
const userRow: Selection<S.User> = {
  __type: 'User',
  id: 1,
  username: 1,
  displayName: 1,
  roles: 1,
  disabled: 1,
  administrativeUnitId: 1,
  administrativeUnit: unit,
};
const apiClientRow: Selection<S.ApiClient> = {
  __type: 'ApiClient',
  id: 1,
  name: 1,
  administrativeUnitId: 1,
  administrativeUnit: unit,
  disabled: 1,
  lastUsedAt: 1,
};
const budgetLineRow: Selection<S.BudgetLine> = {
  ...budgetLine,
  administrativeUnit: unit,
  plan: { __type: 'Plan', id: 1, title: 1, symbol: 1 },
};

export const selections: { [R in keyof Selections]: { list: Selection<Selections[R]>; one: Selection<Selections[R]> } } = {
  Plan: {
    list: planSummary,
    one: {
      ...planSummary,
      dateLabel: 1,
      preamble: 1,
      closing: 1,
      objectives: 1,
      requirements: 1,
      budgetNote: 1,
      internalNote: 1,
      parentPlanId: 1,
      parentPlan: { __type: 'Plan', id: 1, title: 1, symbol: 1 },
      document: { __type: 'LegalDocument', id: 1 },
      legalBases: { id: 1, kind: 1, document },
      activities: activity,
      budgetLines: budgetLine,
      responsibilities: { id: 1, duties: 1, agency },
      reportingRequirements: {
        id: 1,
        description: 1,
        reportTo: 1,
        via: 1,
        reporter: agency,
        reportToAgency: agency,
        viaAgency: agency,
        dueDates: { id: 1, label: 1, dueDate: 1, recurringDay: 1, recurringMonth: 1 },
      },
      signature,
      recipients,
    },
  },
  LegalDocument: {
    list: document,
    one: {
      ...document,
      issuerId: 1,
      citedBy: { __type: 'Plan', id: 1, title: 1, symbol: 1, status: 1, startYear: 1, administrativeUnit: unit },
    },
  },
  Agency: {
    list: { ...agency, kind: 1, administrativeUnitId: 1, administrativeUnit: unit, parentId: 1 },
    one: {
      ...agency,
      kind: 1,
      administrativeUnitId: 1,
      administrativeUnit: unit,
      parentId: 1,
      parent: agency,
      contactEmail: 1,
      contactPhone: 1,
    },
  },
  AdministrativeUnit: {
    list: unitRow,
    one: { ...unitRow, children: { ...unit, code: 1, kind: 1, validTo: 1 } },
  },
  Report: {
    list: reportRow,
    one: {
      ...reportRow,
      issuingAgency: agency,
      dateLabel: 1,
      preamble: 1,
      closing: 1,
      obligationId: 1,
      respondsTo: document,
      subjects: document,
      sections: { label: 1, heading: 1, body: 1, children: { label: 1, heading: 1, body: 1, children: { label: 1, heading: 1, body: 1 } } },
      results: { id: 1, heading: 1, outcome: 1, status: 1, activity: { __type: 'Activity', id: 1, label: 1, title: 1 } },
      metrics: { name: 1, value: 1, unit: 1 },
      spendingLines: budgetLine,
      nextTasks: 1,
      recommendations: 1,
      signature,
      recipients,
    },
  },
  User: { list: userRow, one: userRow },
  ApiClient: { list: apiClientRow, one: { ...apiClientRow, secret: 1 } },
  BudgetLine: { list: budgetLineRow, one: budgetLineRow },
  Activity: { list: activity, one: activity },
  ReportingObligation: {
    list: obligation,
    one: obligation,
  },
};

/**
 * Fields the API lets a caller read only for rows of their own unit or a unit below (the plan rules'
 * `withinPlanScope`): for another unit's plan they are not asked for at all, so its page has no refused fields.
 */
export const ownScopeOnly: Partial<Record<keyof Selections, string[]>> = { Plan: ['budgetLines', 'internalNote'] };

/** `selection` without `fields`. */
export const without = (selection: object, fields: string[] = []) =>
  Object.fromEntries(Object.entries(selection).filter(([field]) => !fields.includes(field)));

/**
 * `{ id title administrativeUnit { id name } }`, without what `permissions` does not let the user read;
 * null when nothing of the selection is readable.
 */
export function render(selection: object, permissions: Permissions | null): string | null {
  const type = (selection as { __type?: string }).__type;
  const parts: string[] = [];
  for (const [field, value] of Object.entries(selection)) {
    if (field === '__type' || value === undefined) continue;
    if (type && permissions && !canRead(permissions, type, field)) continue;
    if (typeof value !== 'object') parts.push(field);
    else {
      const nested = render(value, permissions);
      if (nested) parts.push(`${field} ${nested}`);
    }
  }
  return parts.length ? `{ ${parts.join(' ')} }` : null;
}
