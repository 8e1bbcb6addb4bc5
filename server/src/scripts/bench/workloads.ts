/**
 * The three benchmark workloads, each written once per contender so all three return the same data:
 * our GraphQL API, PostGraphile 4 on the same database, and one hand-written SQL statement per workload.
 */
export interface Workload {
  name: string;
  /** Our API: a GraphQL body. */
  ours: (perPage: number) => { query: string; variables: Record<string, unknown> };
  /** PostGraphile 4, or undefined when it cannot express the workload. */
  postgraphile?: (perPage: number) => { query: string; variables: Record<string, unknown> };
  /** The raw-SQL server's path for it. */
  raw: (perPage: number) => string;
  /** Sent to our API without a token: the anonymous portal (row scope: issued plans, public activities). */
  anonymous?: boolean;
  /** Pulls comparable counts out of each contender's answer, to check they did the same work. */
  shape: (data: unknown, contender: 'ours' | 'postgraphile' | 'raw') => number[];
}

/** The signed-in caller of every workload not marked anonymous: national scope, so row scopes and field rules run. */
export const BENCH_USER = { username: 'trunguong.viewer', password: 'demo1234' };
export const BENCH_YEAR = 2024;
export const BENCH_PLAN_ID = 5000;

type Any = Record<string, any>;

const nestedOurs = `query Portal($perPage: Int, $year: Int) {
  allPlans(perPage: $perPage, sortField: "id", filter: { status: ISSUED, year: $year }) {
    id title symbol issuedOn
    administrativeUnit { name }
    issuingAgency { name }
    activities { label title category participants { role agency { name } } }
    budgetLines { fiscalYear source plannedAmount allocatedAmount spentAmount }
  }
}`;

const nestedPostGraphile = `query Portal($perPage: Int, $year: Int) {
  allPlans(first: $perPage, orderBy: ID_ASC, condition: { status: ISSUED, startYear: $year }) { nodes {
    id title symbol issuedOn
    administrativeUnitByAdministrativeUnitId { name }
    agencyByIssuingAgencyId { name }
    activitiesByPlanId(orderBy: [POSITION_ASC, ID_ASC]) { nodes {
      label title category
      activityParticipantsByActivityId(orderBy: [POSITION_ASC, ID_ASC]) { nodes { role agencyByAgencyId { name } } }
    } }
    budgetLinesByPlanId(orderBy: [POSITION_ASC, ID_ASC]) { nodes { fiscalYear source plannedAmount allocatedAmount spentAmount } }
  } }
}`;

/**
 * PostGraphile has no row security, so the public's view is spelled out: issued plans (the list filters on it anyway)
 * and their non-confidential activities. It has no budgetTotal (that would need a computed-column function).
 */
const publicPostGraphile = `query PublicPortal($perPage: Int, $year: Int) {
  allPlans(first: $perPage, orderBy: ID_ASC, condition: { status: ISSUED, startYear: $year }) { nodes {
    id title symbol issuedOn
    administrativeUnitByAdministrativeUnitId { name }
    agencyByIssuingAgencyId { name }
    activitiesByPlanId(orderBy: [POSITION_ASC, ID_ASC], condition: { confidential: false }) { nodes {
      label title category
      activityParticipantsByActivityId(orderBy: [POSITION_ASC, ID_ASC]) { nodes { role agencyByAgencyId { name } } }
    } }
  } }
}`;

/** The anonymous portal's own list, as the load test sends it: the public sees budgetTotal, not budget lines. */
export const publicPortal = (perPage: number) => ({
  query: `query PublicPortal($perPage: Int, $year: Int) {
    allPlans(perPage: $perPage, sortField: "id", filter: { status: ISSUED, year: $year }) {
      id title symbol issuedOn budgetTotal
      administrativeUnit { name }
      issuingAgency { name }
      activities { label title category participants { role agency { name } } }
    }
  }`,
  variables: { perPage, year: BENCH_YEAR },
});

const pageOurs = `query PlanPage($id: ID!) {
  Plan(id: $id) {
    id title symbol place issuedOn status startYear endYear objectives requirements budgetNote budgetTotal
    administrativeUnit { name parent { name } }
    issuingAgency { name }
    parentPlan { id title }
    legalBases { kind document { symbol title } }
    activities { label title description category location participants { role agency { name } } budgetLines { source plannedAmount } }
    budgetLines { fiscalYear source description plannedAmount allocatedAmount spentAmount }
  }
}`;

const pagePostGraphile = `query PlanPage($id: Int!) {
  planById(id: $id) {
    id title symbol place issuedOn status startYear endYear objectives requirements budgetNote
    administrativeUnitByAdministrativeUnitId { name administrativeUnitByParentId { name } }
    agencyByIssuingAgencyId { name }
    planByParentPlanId { id title }
    planLegalBasesByPlanId(orderBy: [POSITION_ASC, ID_ASC]) { nodes { kind legalDocumentByDocumentId { symbol title } } }
    activitiesByPlanId(orderBy: [POSITION_ASC, ID_ASC]) { nodes {
      label title description category location
      activityParticipantsByActivityId(orderBy: [POSITION_ASC, ID_ASC]) { nodes { role agencyByAgencyId { name } } }
      budgetLinesByActivityId(orderBy: [POSITION_ASC, ID_ASC]) { nodes { source plannedAmount } }
    } }
    budgetLinesByPlanId(orderBy: [POSITION_ASC, ID_ASC]) { nodes { fiscalYear source description plannedAmount allocatedAmount spentAmount } }
  }
}`;

const summaryOurs = `query Summary {
  budgetSummary(groupBy: [ADMINISTRATIVE_UNIT, FISCAL_YEAR], unitLevel: PROVINCE) {
    rows { administrativeUnit { id name } fiscalYear plannedAmount allocatedAmount spentAmount lineCount }
  }
}`;

const countNested = (plans: Any[], activities: (p: Any) => Any[], participants: (a: Any) => Any[], lines: (p: Any) => Any[]) => [
  plans.length,
  plans.reduce((n, p) => n + activities(p).length, 0),
  plans.reduce((n, p) => n + activities(p).reduce((m, a) => m + participants(a).length, 0), 0),
  plans.reduce((n, p) => n + lines(p).length, 0),
];

export const workloads: Workload[] = [
  {
    name: 'portal nested list',
    ours: (perPage) => ({ query: nestedOurs, variables: { perPage, year: BENCH_YEAR } }),
    postgraphile: (perPage) => ({ query: nestedPostGraphile, variables: { perPage, year: BENCH_YEAR } }),
    raw: (perPage) => `/nested?perPage=${perPage}&year=${BENCH_YEAR}`,
    shape: (data, who) => {
      const d = data as Any;
      if (who === 'postgraphile')
        return countNested(
          d.allPlans.nodes,
          (p) => p.activitiesByPlanId.nodes,
          (a) => a.activityParticipantsByActivityId.nodes,
          (p) => p.budgetLinesByPlanId.nodes,
        );
      return countNested(
        d.allPlans,
        (p) => p.activities,
        (a) => a.participants,
        (p) => p.budgetLines,
      );
    },
  },
  {
    name: 'anonymous portal list',
    anonymous: true,
    ours: publicPortal,
    postgraphile: (perPage) => ({ query: publicPostGraphile, variables: { perPage, year: BENCH_YEAR } }),
    raw: (perPage) => `/public?perPage=${perPage}&year=${BENCH_YEAR}`,
    shape: (data, who) => {
      const d = data as Any;
      if (who === 'postgraphile')
        return countNested(
          d.allPlans.nodes,
          (p) => p.activitiesByPlanId.nodes,
          (a) => a.activityParticipantsByActivityId.nodes,
          () => [],
        );
      return countNested(
        d.allPlans,
        (p) => p.activities,
        (a) => a.participants,
        () => [],
      );
    },
  },
  {
    name: 'plan page',
    ours: () => ({ query: pageOurs, variables: { id: String(BENCH_PLAN_ID) } }),
    postgraphile: () => ({ query: pagePostGraphile, variables: { id: BENCH_PLAN_ID } }),
    raw: () => `/plan?id=${BENCH_PLAN_ID}`,
    shape: (data, who) => {
      const d = data as Any;
      if (who === 'postgraphile')
        return countNested(
          [d.planById],
          (p) => p.activitiesByPlanId.nodes,
          (a) => a.activityParticipantsByActivityId.nodes,
          (p) => p.budgetLinesByPlanId.nodes,
        );
      return countNested(
        [d.Plan],
        (p) => p.activities,
        (a) => a.participants,
        (p) => p.budgetLines,
      );
    },
  },
  {
    name: 'budget summary by province and year',
    ours: () => ({ query: summaryOurs, variables: {} }),
    raw: () => '/summary',
    shape: (data) => {
      const rows = (data as Any).budgetSummary.rows as Any[];
      return [rows.length, rows.reduce((n, r) => n + r.lineCount, 0)];
    },
  },
];
