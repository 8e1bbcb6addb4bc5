import { request } from '../api/graphql';

/**
 * The plan's life-cycle mutations and the reporting queries, one function each. The data provider exposes the
 * mutations as custom methods (`useDataProvider().issuePlan(id)`), so any screen (the approver's "Ban hành" button
 * included) issues through the API's register, never by setting a status.
 */
const move =
  (mutation: string, extra = '') =>
  async (id: string, text?: string) =>
    (
      await request<Record<string, { id: string; status: string; symbol: string | null }>>(
        `mutation Move($id: ID!${extra ? `, $text: String!` : ''}) { result: ${mutation}(id: $id${extra ? `, ${extra}: $text` : ''}) { id status symbol } }`,
        { id, text },
      )
    ).result;

export const planLifecycle = {
  submitPlan: move('submitPlan'),
  returnPlan: move('returnPlan', 'comment'),
  issuePlan: move('issuePlan'),
  cancelPlan: move('cancelPlan', 'reason'),
  copyPlan: async (id: string, year: number) =>
    (
      await request<{ result: { id: string } }>('mutation Copy($id: ID!, $year: Int!) { result: copyPlan(id: $id, year: $year) { id } }', {
        id,
        year,
      })
    ).result,
};

export interface ObligationRow {
  id: string;
  dueDate: string;
  dueLabel: string;
  status: string;
  description: string;
  reportTo: string;
  administrativeUnit: { id: string; fullName: string } | null;
  reporterAgency: { name: string } | null;
  plan: { id: string; symbol: string | null; title: string } | null;
}

const OBLIGATIONS = `query Deadlines($filter: ReportingObligationFilter, $sortOrder: SortOrder) {
  allReportingObligations(filter: $filter, perPage: 50, sortField: "dueDate", sortOrder: $sortOrder) {
    id dueDate dueLabel status description reportTo administrativeUnit { id fullName } reporterAgency { name } plan { id symbol title }
  }
}`;

export const obligations = async (filter: Record<string, unknown>, sortOrder: 'ASC' | 'DESC' = 'ASC') =>
  (await request<{ allReportingObligations: ObligationRow[] }>(OBLIGATIONS, { filter, sortOrder })).allReportingObligations;

export interface ReportingStatusRow {
  unit: { id: string; fullName: string };
  due: number;
  submittedOnTime: number;
  late: number;
  overdue: number;
  open: number;
  accepted: number;
}

export const reportingStatus = async (year: number, unitId: string) =>
  (
    await request<{ reportingStatus: ReportingStatusRow[] }>(
      'query S($year: Int!, $unit: ID!) { reportingStatus(year: $year, unitId: $unit) { unit { id fullName } due submittedOnTime late overdue open accepted } }',
      { year, unit: unitId },
    )
  ).reportingStatus;
