import type { GraphQLFormattedError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type Api } from './support/api';
import { agencyId, createUser, unitId } from './support/catalogue';

/**
 * The compiled read path (one SQL statement per root field) against DESIGN §4, for callers on every side of
 * Quảng Trị's data: the public, the owning unit, a unit above it, a unit below it and an unrelated unit.
 * Each query is also sent with one field the compiler does not know (`citedDocuments`, which has its own
 * resolver), which sends it down the loader path: both paths must give the same answer and the same refusals.
 */
let statements = 0;
let api: Api;
type Caller = 'public' | 'owner' | 'above' | 'below' | 'unrelated';
const tokens = {} as Record<Caller, string>;
let issued: string;
let draft: string;

const NESTED = (extra = '') => `query N($ids: [ID!]) { allPlans(filter: { ids: $ids }, sortField: "id") {
  id title status internalNote budgetTotal
  signature { signerName }
  administrativeUnit { name }
  issuingAgency { name contactEmail }
  activities { label confidential participants { role agency { name contactPhone } } budgetLines { plannedAmount } ${extra} }
  budgetLines { plannedAmount allocatedAmount }
} }`;

const PAGE = (extra = '') => `query P($id: ID!) { Plan(id: $id) {
  id title internalNote budgetTotal administrativeUnit { name parent { name } } parentPlan { id }
  activities { label participants { agency { name } } ${extra} }
  budgetLines { plannedAmount }
} }`;

interface Answer {
  data: unknown;
  errors: string[];
  statements: number;
}

/** The data with the loader-path trigger taken out, and the refusals as "CODE at path". */
async function ask(caller: Caller, query: string, variables: object): Promise<Answer> {
  statements = 0;
  const result = await api.request(query, variables as never, tokens[caller]);
  const errors = (result.errors ?? []).map((e: GraphQLFormattedError) => `${e.extensions?.code} at ${e.path?.join('.')}`).sort();
  const data = JSON.parse(JSON.stringify(result.data ?? null, (key, value) => (key === 'citedDocuments' ? undefined : value)));
  return { data, errors, statements };
}

/** Asks through the compiled path and the loader path; checks they agree and that the compiled one took one statement. */
async function both(caller: Caller, query: (extra?: string) => string, variables: object): Promise<Answer> {
  const compiled = await ask(caller, query(), variables);
  const loaded = await ask(caller, query('citedDocuments { id }'), variables);
  expect(compiled.data).toEqual(loaded.data);
  expect(compiled.errors).toEqual(loaded.errors);
  expect(compiled.statements).toBeLessThanOrEqual(caller === 'public' ? 1 : 2); // at most the signed-in caller's principal, then the answer
  expect(loaded.statements).toBeGreaterThan(compiled.statements);
  return compiled;
}

beforeAll(async () => {
  api = await startApi({
    onQuery: (message) => {
      if (message.includes('[query]')) statements++;
    },
  });
  tokens.public = '';
  tokens.owner = await api.login('quangtri.editor');
  tokens.above = await api.login('trunguong.viewer');
  tokens.unrelated = await api.login('botrach.editor');
  tokens.below = await createUser(api, 'camlo.viewer', '468', ['VIEWER']);
  const lead = await agencyId(api, 'quangtri.stttt');
  const unit = await unitId(api, '45');
  const create = (title: string) =>
    api.request(
      `mutation C($unit: ID!, $lead: ID!, $title: String!) { createPlan(title: $title, startYear: 2024, endYear: 2024,
      administrativeUnitId: $unit, issuingAgencyId: $lead, internalNote: "Ghi chú nội bộ",
      activities: [{ label: "1", title: "Hội nghị công khai", participants: [{ agencyId: $lead, role: LEAD }] },
                   { label: "2", title: "Nội dung mật", confidential: true }],
      budgetLines: [{ fiscalYear: 2024, source: LOCAL_BUDGET, description: "Ngân sách tỉnh", plannedAmount: "9007199254740993", activityLabel: "1" }]) { id } }`,
      { unit, lead, title },
      tokens.owner,
    );
  issued = ((await create('Kế hoạch biên dịch: đã ban hành')).data as { createPlan: { id: string } }).createPlan.id;
  draft = ((await create('Kế hoạch biên dịch: dự thảo')).data as { createPlan: { id: string } }).createPlan.id;
  expect(
    (await api.request('mutation S($id: ID!) { submitPlan(id: $id) { status } }', { id: issued }, tokens.owner)).errors,
  ).toBeUndefined();
  const done = await api.request(
    'mutation I($id: ID!) { issuePlan(id: $id) { status } }',
    { id: issued },
    await api.login('quangtri.approver'),
  );
  expect(done.errors).toBeUndefined();
});
afterAll(() => api.stop());

type Plan = {
  id: string;
  internalNote: string | null;
  budgetTotal: string;
  signature: { signerName: string } | null;
  budgetLines: unknown;
  issuingAgency: { contactEmail: string | null };
  activities: { label: string; budgetLines: unknown; participants: { agency: { contactPhone: string | null } }[] }[];
};

describe('Compiled reads', () => {
  it('the public reads issued plans and their public activities, with budgetTotal but no lines, notes or contacts', async () => {
    const { data, errors } = await both('public', NESTED, { ids: [issued, draft] });
    const plans = (data as { allPlans: Plan[] }).allPlans;
    expect(plans.map((p) => p.id)).toEqual([issued]);
    expect(plans[0].activities.map((a) => a.label)).toEqual(['1']);
    expect(plans[0].budgetTotal).toBe('9007199254740993'); // exact past 2^53: summed and sent as text
    expect(plans[0].signature?.signerName).toEqual(expect.any(String)); // an issued plan's signer is public
    expect([plans[0].internalNote, plans[0].budgetLines, plans[0].issuingAgency.contactEmail, plans[0].activities[0].budgetLines]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(errors).toEqual(
      expect.arrayContaining([
        'FORBIDDEN at allPlans.0.internalNote',
        'FORBIDDEN at allPlans.0.budgetLines',
        'FORBIDDEN at allPlans.0.issuingAgency.contactEmail',
        'FORBIDDEN at allPlans.0.activities.0.budgetLines',
        'FORBIDDEN at allPlans.0.activities.0.participants.0.agency.contactPhone',
      ]),
    );
  });

  it('the owning unit and a unit above read both plans whole; a unit below and an unrelated unit cannot read the draft or the lines', async () => {
    for (const caller of ['owner', 'above'] as const) {
      const { data, errors } = await both(caller, NESTED, { ids: [issued, draft] });
      const plans = (data as { allPlans: Plan[] }).allPlans;
      expect(plans.map((p) => p.id)).toEqual([issued, draft]);
      expect(plans.every((p) => p.activities.length === 2 && p.internalNote === 'Ghi chú nội bộ')).toBe(true);
      expect(plans[1].budgetLines).toEqual([{ plannedAmount: '9007199254740993', allocatedAmount: null }]);
      expect(errors).toEqual([]);
    }
    for (const caller of ['below', 'unrelated'] as const) {
      const { data, errors } = await both(caller, NESTED, { ids: [issued, draft] });
      const plans = (data as { allPlans: Plan[] }).allPlans;
      expect(plans.map((p) => p.id)).toEqual([issued]);
      expect(plans[0].activities.map((a) => a.label)).toEqual(['1']);
      expect(plans[0].issuingAgency.contactEmail).not.toBeUndefined(); // signed-in officials read contacts
      expect(errors).toEqual([
        'FORBIDDEN at allPlans.0.activities.0.budgetLines',
        'FORBIDDEN at allPlans.0.budgetLines',
        'FORBIDDEN at allPlans.0.internalNote',
      ]);
    }
  });

  it("a plan page is one statement; a draft outside the caller's scope is NOT_FOUND like a missing one", async () => {
    const owner = await both('owner', PAGE, { id: draft });
    expect((owner.data as { Plan: Plan }).Plan.id).toBe(draft);
    for (const caller of ['public', 'below', 'unrelated'] as const) {
      const refused = await ask(caller, PAGE(), { id: draft });
      const missing = await ask(caller, PAGE(), { id: '999999999' });
      expect(refused.errors).toEqual(['NOT_FOUND at Plan']);
      expect(missing.errors).toEqual(refused.errors);
    }
    const page = await both('below', PAGE, { id: issued });
    expect((page.data as { Plan: { administrativeUnit: unknown } }).Plan.administrativeUnit).toEqual({
      name: 'Quảng Trị',
      parent: { name: expect.any(String) },
    });
  });

  it('anyone whose whole selection they may read gets it as PostgreSQL built it, the same as the loaders give, aliases, fragments and type names included', async () => {
    const EXACT = (extra = '') => `query E($ids: [ID!], $id: ID!, $more: Boolean!) {
      plans: allPlans(filter: { ids: $ids }, sortField: "id") {
        __typename key: id title status startYear endYear issuedOn symbol objectives total: budgetTotal ...Where
        activities { n: label title category confidential participants { role agency { __typename id name } } ${extra} }
      }
      ids: allPlans(filter: { ids: $ids }, sortField: "id") { id }
      page: Plan(id: $id) { id title ...Where activities @include(if: $more) { label } }
    }
    fragment Where on Plan { administrativeUnit { name level } issuingAgency { name kind } }`;
    for (const caller of ['public', 'owner'] as const) {
      const variables = { ids: [issued, draft], id: issued, more: caller === 'owner' };
      const { data, errors, statements: compiledStatements } = await ask(caller, EXACT(), variables);
      const loaded = await ask(caller, EXACT('citedDocuments { id }'), variables);
      expect(data).toEqual(loaded.data);
      expect([errors, loaded.errors]).toEqual([[], []]);
      expect(compiledStatements).toBe(3); // one per root field (the signed-in caller's principal is remembered by now)
      const plans = (data as { plans: Record<string, unknown>[] }).plans;
      expect(plans.map((p) => p.key)).toEqual(caller === 'public' ? [issued] : [issued, draft]);
      expect(plans[0]).toMatchObject({ __typename: 'Plan', status: 'ISSUED', total: '9007199254740993', startYear: 2024 });
      expect((data as { page: { activities?: unknown[] } }).page.activities?.length).toBe(caller === 'owner' ? 2 : undefined);
      // PostgreSQL writes its JSON with " : " between key and value, JSON.stringify without: the text came through whole.
      const response = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(tokens[caller] ? { authorization: `Bearer ${tokens[caller]}` } : {}) },
        body: JSON.stringify({ query: EXACT(), variables }),
      });
      const body = await response.text();
      expect(body).toContain('"key" : ');
      expect(JSON.parse(body)).toEqual({ data });
    }
  });

  it('a caller whose fields are decided row by row gets the same answer and refusals as the loaders give, exact where nothing is refused', async () => {
    const ROWS = (extra = '') => `query R($ids: [ID!]) { plans: allPlans(filter: { ids: $ids }, sortField: "id") {
      key: id internalNote activities { n: label lines: budgetLines { plannedAmount } ${extra} } budgetLines { plannedAmount }
    } }`;
    for (const caller of ['owner', 'below'] as const) {
      const { data, errors, statements: compiledStatements } = await ask(caller, ROWS(), { ids: [issued] });
      const loaded = await ask(caller, ROWS('citedDocuments { id }'), { ids: [issued] });
      expect(data).toEqual(loaded.data);
      expect(errors).toEqual(loaded.errors);
      expect(compiledStatements).toBe(1);
      const body = await (
        await fetch(api.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[caller]}` },
          body: JSON.stringify({ query: ROWS(), variables: { ids: [issued] } }),
        })
      ).text();
      if (caller === 'owner') {
        expect(errors).toEqual([]);
        expect(body).toContain('"key" : ');
      } else {
        expect(errors).toEqual([
          'FORBIDDEN at plans.0.activities.0.lines',
          'FORBIDDEN at plans.0.budgetLines',
          'FORBIDDEN at plans.0.internalNote',
        ]);
        expect((data as { plans: { internalNote: unknown }[] }).plans[0].internalNote).toBeNull();
      }
    }
  });
});
