import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, startApi, type Api } from './support/api';
import { agencyId, unitId } from './support/catalogue';
import { ownDatabase } from './support/own-database';

/**
 * Issue 9, items 1–6: each side door tried as the public, Quảng Trị's reporting client, a user of a unit below the
 * owner and a user of an unrelated unit, against what the owner's own users see.
 */
const CLIENT_SECRET = 'ttdn_1_demo-quangtri-reporting-client-0000000000';
const USERS = ['quangtri.editor', 'quangtri.approver', 'botrach.editor', 'phongnha.editor', 'kimdong.editor', 'quangbinh.viewer'] as const;
type Caller = (typeof USERS)[number] | 'public' | 'client';
/** Callers who may not read a Bố Trạch draft: the public, an unrelated province's client, a unit below, an unrelated unit. */
const OUTSIDERS: Caller[] = ['public', 'client', 'phongnha.editor', 'kimdong.editor'];

let api: Api;
// Its own database: the rows made here (drafts, a report, documents) would otherwise show in other files' counts.
let database: Awaited<ReturnType<typeof ownDatabase>>;
const tokens = {} as Record<Caller, string>;
type Data = Record<string, never>;
const as = (caller: Caller, query: string, variables?: object) => api.request<Data>(query, variables as never, tokens[caller]);
const data = async <T>(caller: Caller, query: string, variables?: object): Promise<T> => {
  const result = await as(caller, query, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data as T;
};

const SECRET_WORD = 'Tuyệt mật Xqzv';
let draft: string; // Bố Trạch draft with legal bases and a budget line whose description holds SECRET_WORD
let issued: string; // Quảng Trị issued plan: activity 2 confidential, with child 2.a
let childTitle: string;
let childId: string;
let qtDraft: string; // Quảng Trị draft with a line on a confidential activity

beforeAll(async () => {
  database = await ownDatabase('read_leaks');
  api = await startApi({ databaseUrl: database.url });
  tokens.public = '';
  tokens.client = CLIENT_SECRET;
  for (const user of USERS) tokens[user] = await api.login(user);
  const admin = await api.login('admin');
  const docs: { id: string }[] = [];
  for (const n of [1, 2, 3]) {
    const created = await api.request<{ createLegalDocument: { id: string } }>(
      `mutation { createLegalDocument(documentType: DECISION, issuerName: "UBND thử", title: "Văn bản căn cứ thử ${n}") { id } }`,
      {},
      admin,
    );
    docs.push(created.data!.createLegalDocument);
  }
  const bt = await agencyId(api, 'botrach.phongvhtt');
  draft = (
    await data<{ createPlan: { id: string } }>(
      'botrach.editor',
      `mutation C($unit: ID!, $a: ID!, $d: [LegalBasisInput!]) { createPlan(title: "Dự thảo kín Bố Trạch",
      startYear: 2026, endYear: 2026, administrativeUnitId: $unit, issuingAgencyId: $a, legalBases: $d,
      budgetLines: [{ fiscalYear: 2026, source: LOCAL_BUDGET, description: "${SECRET_WORD}", plannedAmount: "7000000" }]) { id } }`,
      { unit: await unitId(api, '455'), a: bt, d: docs.map((d) => ({ documentId: d.id, kind: 'BASIS' })) },
    )
  ).createPlan.id;

  const qt = await agencyId(api, 'quangtri.stttt');
  const unit = await unitId(api, '45');
  childTitle = 'Nội dung con của nhiệm vụ mật';
  issued = (
    await data<{ createPlan: { id: string } }>(
      'quangtri.editor',
      `mutation C($unit: ID!, $a: ID!) { createPlan(title: "Kế hoạch có nội dung mật lồng nhau",
      startYear: 2026, endYear: 2026, administrativeUnitId: $unit, issuingAgencyId: $a,
      activities: [{ label: "1", title: "Nội dung công khai" },
                   { label: "2", title: "Nhiệm vụ mật", confidential: true, children: [{ label: "2.a", title: "${childTitle}" }] }]) { id } }`,
      { unit, a: qt },
    )
  ).createPlan.id;
  await data('quangtri.editor', 'mutation S($id: ID!) { submitPlan(id: $id) { id } }', { id: issued });
  await data('quangtri.approver', 'mutation I($id: ID!) { issuePlan(id: $id) { id } }', { id: issued });
  const activities = (
    await data<{ Plan: { activities: { id: string; label: string }[] } }>(
      'quangtri.editor',
      'query P($id: ID!) { Plan(id: $id) { activities { id label } } }',
      { id: issued },
    )
  ).Plan.activities;
  childId = activities.find((a) => a.label === '2.a')!.id;

  qtDraft = (
    await data<{ createPlan: { id: string } }>(
      'quangtri.editor',
      `mutation C($unit: ID!, $a: ID!) { createPlan(title: "Dự thảo Quảng Trị chưa công bố",
      startYear: 2026, endYear: 2026, administrativeUnitId: $unit, issuingAgencyId: $a,
      activities: [{ label: "1", title: "Hoạt động mật ở biên giới", confidential: true }],
      budgetLines: [{ fiscalYear: 2026, source: LOCAL_BUDGET, description: "=HYPERLINK(\\"http://x\\")", plannedAmount: "1000", activityLabel: "1" }]) { id } }`,
      { unit, a: qt },
    )
  ).createPlan.id;
  // A report of Quảng Trị's own: its title must never reach an export of another caller.
  await data<{ createReport: { id: string } }>(
    'quangtri.editor',
    `mutation R($unit: ID!, $a: ID!) { createReport(title: "Báo cáo nội bộ Quảng Trị", kind: PERIODIC,
      periodStart: "2026-01-01", periodEnd: "2026-12-31", administrativeUnitId: $unit, issuingAgencyId: $a,
      spendingLines: [{ fiscalYear: 2026, source: LOCAL_BUDGET, description: "Chi in ấn", plannedAmount: "500" }]) { id } }`,
    { unit, a: qt },
  );
});
afterAll(async () => {
  await api.stop();
  await database.drop();
});

describe('BudgetSummary', () => {
  const summary = async (caller: Caller, filter: object) =>
    (
      await data<{ budgetSummary: { excludedLineCount: number; total: { lineCount: number } } }>(
        caller,
        'query S($f: BudgetLineFilter) { budgetSummary(groupBy: [], filter: $f) { excludedLineCount total { lineCount } } }',
        { f: filter },
      )
    ).budgetSummary;

  it('a user of another province or a unit below cannot learn from the excluded count that a hidden draft has lines, nor spell out hidden descriptions', async () => {
    for (const caller of ['kimdong.editor', 'phongnha.editor', 'client'] as Caller[]) {
      const base = await summary(caller, {});
      const byPlan = await summary(caller, { planId: draft });
      expect(byPlan.total.lineCount, caller).toBe(0);
      expect(byPlan.excludedLineCount, caller).toBe(base.excludedLineCount);
      const word = await summary(caller, { q: SECRET_WORD });
      const nonsense = await summary(caller, { q: 'khongcochunaynhe' });
      expect(word.excludedLineCount, caller).toBe(nonsense.excludedLineCount);
      expect(word.total.lineCount, caller).toBe(0);
    }
    // The owner's own editor does see the line, so the filter itself works.
    expect((await summary('botrach.editor', { q: SECRET_WORD })).total.lineCount).toBe(1);
    expectError(await as('public', '{ budgetSummary(groupBy: []) { excludedLineCount } }'), 'FORBIDDEN');
  });

  it('a reporting client summing lines by category or agency learns nothing of a confidential activity the line belongs to', async () => {
    const query =
      '{ budgetSummary(groupBy: [CATEGORY, AGENCY], filter: { q: "HYPERLINK" }) { rows { category agency { id } lineCount } } }';
    const client = (
      await data<{ budgetSummary: { rows: { category: string | null; agency: { id: string } | null; lineCount: number }[] } }>(
        'client',
        query,
      )
    ).budgetSummary.rows;
    expect(client).toEqual([{ category: null, agency: expect.anything(), lineCount: 1 }]); // counted, but under no category and the plan's issuer
    const editor = (await data<{ budgetSummary: { rows: { category: string | null }[] } }>('quangtri.editor', query)).budgetSummary.rows;
    expect(editor.map((r) => r.category)).toEqual(['OTHER']);
  });
});

describe('Filters through relations', () => {
  it('no outsider can list, or count, the documents a hidden draft cites; its own and upper units can', async () => {
    const query =
      'query L($p: ID) { allLegalDocuments(filter: { citedByPlanId: $p }) { id } _allLegalDocumentsMeta(filter: { citedByPlanId: $p }) { count } }';
    for (const caller of OUTSIDERS) {
      const result = await data<{ allLegalDocuments: unknown[]; _allLegalDocumentsMeta: { count: number } }>(caller, query, { p: draft });
      expect(result.allLegalDocuments, caller).toEqual([]);
      expect(result._allLegalDocumentsMeta.count, caller).toBe(0);
    }
    for (const caller of ['botrach.editor', 'quangbinh.viewer'] as Caller[]) {
      expect(
        (await data<{ _allLegalDocumentsMeta: { count: number } }>(caller, query, { p: draft }))._allLegalDocumentsMeta.count,
        caller,
      ).toBe(3);
    }
  });

  it('lines are filtered by plan, activity and report only through ones the caller may read', async () => {
    // The client reads Quảng Trị's lines, but not its drafts, confidential activities or (beyond spending) its reports' rows.
    const lines = await data<{ allBudgetLines: { id: string }[] }>('client', '{ allBudgetLines(perPage: 1000) { id } }');
    expect(lines.allBudgetLines.length).toBeGreaterThan(0);
    const byDraft = await data<{ _allBudgetLinesMeta: { count: number } }>(
      'client',
      'query L($p: ID) { _allBudgetLinesMeta(filter: { planId: $p }) { count } }',
      { p: qtDraft },
    );
    expect(byDraft._allBudgetLinesMeta.count).toBe(0);
    const mine = await data<{ _allBudgetLinesMeta: { count: number } }>(
      'quangtri.editor',
      'query L($p: ID) { _allBudgetLinesMeta(filter: { planId: $p }) { count } }',
      { p: qtDraft },
    );
    expect(mine._allBudgetLinesMeta.count).toBe(1);
    for (const caller of ['kimdong.editor', 'phongnha.editor'] as Caller[]) {
      const other = await data<{ _allBudgetLinesMeta: { count: number } }>(
        caller,
        'query L($p: ID) { _allBudgetLinesMeta(filter: { planId: $p }) { count } }',
        { p: draft },
      );
      expect(other._allBudgetLinesMeta.count, caller).toBe(0);
    }
  });

  it('no outsider can find the children of a confidential activity by filtering on their parent', async () => {
    const parent = (
      await data<{ Plan: { activities: { id: string; label: string }[] } }>(
        'quangtri.editor',
        'query P($id: ID!) { Plan(id: $id) { activities { id label } } }',
        { id: issued },
      )
    ).Plan.activities.find((a) => a.label === '2')!.id;
    const query = 'query A($p: ID) { _allActivitiesMeta(filter: { parentId: $p }) { count } }';
    for (const caller of OUTSIDERS)
      expect((await data<{ _allActivitiesMeta: { count: number } }>(caller, query, { p: parent }))._allActivitiesMeta.count, caller).toBe(
        0,
      );
    expect((await data<{ _allActivitiesMeta: { count: number } }>('quangtri.editor', query, { p: parent }))._allActivitiesMeta.count).toBe(
      1,
    );
  });
});

describe('Existence', () => {
  const normalise = (message: string | undefined) => message?.replace(/\d+/g, 'N');

  it('reading, updating or deleting a row an outsider may not read answers NOT_FOUND exactly like a missing row, and changes nothing', async () => {
    const missing = '99999999';
    const ops = [
      'query Q($id: ID!) { Plan(id: $id) { id } }',
      'mutation U($id: ID!) { updatePlan(id: $id, title: "Chiếm quyền") { id } }',
      'mutation D($id: ID!) { deletePlan(id: $id) { id } }',
    ];
    const count = async () =>
      (await data<{ _allPlansMeta: { count: number } }>('botrach.editor', '{ _allPlansMeta { count } }'))._allPlansMeta.count;
    const before = await count();
    for (const caller of OUTSIDERS) {
      for (const op of ops) {
        // Editors of other units are told NOT_FOUND; the public and the client may not write at all and are told so,
        // but for a hidden row exactly as for a missing one.
        const code = op.startsWith('query') || caller.endsWith('.editor') ? 'NOT_FOUND' : 'FORBIDDEN';
        const hidden = expectError(await as(caller, op, { id: draft }), code);
        const absent = expectError(await as(caller, op, { id: missing }), code);
        expect(normalise(hidden.message), `${caller} ${op}`).toBe(normalise(absent.message));
        expect(hidden.extensions, `${caller} ${op}`).toEqual(absent.extensions);
      }
    }
    expect(await count()).toBe(before);
    expect(
      (await data<{ Plan: { title: string } }>('botrach.editor', 'query P($id: ID!) { Plan(id: $id) { title } }', { id: draft })).Plan
        .title,
    ).toBe('Dự thảo kín Bố Trạch');
    // A unit above reads the draft, so it is told it may not change it.
    expectError(await as('quangbinh.viewer', ops[1], { id: draft }), 'FORBIDDEN');
  });
});

describe('Export', () => {
  const csv = async (caller: Caller, query = '') => {
    const response = await fetch(`${api.url.replace('/graphql', '')}/export/budget-lines.csv${query}`, {
      headers: tokens[caller] ? { authorization: `Bearer ${tokens[caller]}` } : {},
    });
    expect(response.status).toBe(200);
    return response.text();
  };

  it('a reporting client exports the lines of its scope with titles of drafts, confidential activities and reports left empty', async () => {
    const asClient = await csv('client', '?fiscalYear=2026');
    expect(asClient).toContain('Chi in ấn'); // its scope's lines are there
    for (const hidden of ['Dự thảo Quảng Trị chưa công bố', 'Hoạt động mật ở biên giới', 'Báo cáo nội bộ Quảng Trị'])
      expect(asClient).not.toContain(hidden);
    const asEditor = await csv('quangtri.editor', '?fiscalYear=2026');
    for (const shown of ['Dự thảo Quảng Trị chưa công bố', 'Hoạt động mật ở biên giới', 'Báo cáo nội bộ Quảng Trị'])
      expect(asEditor).toContain(shown);
  });

  it('a cell that a spreadsheet would run as a formula is neutralised', async () => {
    const text = await csv('quangtri.editor', `?planId=${qtDraft}`);
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(text).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });
});

describe('Activity', () => {
  it('the child of a confidential activity is hidden with its parent from the public, the client and other units', async () => {
    for (const caller of OUTSIDERS) {
      const plan = await data<{ Plan: { activities: { title: string }[] } }>(
        caller,
        'query P($id: ID!) { Plan(id: $id) { activities { title } } }',
        { id: issued },
      );
      expect(
        plan.Plan.activities.map((a) => a.title),
        caller,
      ).toEqual(['Nội dung công khai']);
      expectError(await as(caller, 'query A($id: ID!) { Activity(id: $id) { id } }', { id: childId }), 'NOT_FOUND', 'id');
      expect(
        (
          await data<{ _allActivitiesMeta: { count: number } }>(
            caller,
            'query A($q: String) { _allActivitiesMeta(filter: { q: $q }) { count } }',
            { q: childTitle },
          )
        )._allActivitiesMeta.count,
        caller,
      ).toBe(0);
    }
    const own = await data<{ Plan: { activities: { title: string }[] } }>(
      'quangtri.editor',
      'query P($id: ID!) { Plan(id: $id) { activities { title } } }',
      { id: issued },
    );
    expect(own.Plan.activities.map((a) => a.title)).toContain(childTitle);
  });

  it('the public cannot see a grandchild once an editor marks its grandparent confidential or moves its parent under one, and can once one is unmarked', async () => {
    // Confidentiality changes while the plan is a draft (an issued plan's activities take progress only); the tree was saved first.
    const branch = (n: string, confidential = false) =>
      `{ label: "${n}", title: "Nhánh ${n}", confidential: ${confidential}, children: [{ label: "${n}.a", title: "Nhánh ${n}.a", children: [{ label: "${n}.a.i", title: "Nhánh ${n}.a.i" }] }] }`;
    const plan = (
      await data<{ createPlan: { id: string; activities: { id: string; label: string }[] } }>(
        'quangtri.editor',
        `mutation C($unit: ID!, $a: ID!) { createPlan(title: "Kế hoạch đổi độ mật sau khi soạn", startYear: 2026, endYear: 2026,
        administrativeUnitId: $unit, issuingAgencyId: $a, activities: [${branch('1')}, ${branch('2', true)}, ${branch('3')}]) { id activities { id label } } }`,
        { unit: await unitId(api, '45'), a: await agencyId(api, 'quangtri.stttt') },
      )
    ).createPlan;
    const id = (label: string) => plan.activities.find((a) => a.label === label)!.id;
    const update = 'mutation U($id: ID!, $c: Boolean, $p: ID) { updateActivity(id: $id, confidential: $c, parentId: $p) { id } }';
    await data('quangtri.editor', update, { id: id('1'), c: true });
    await data('quangtri.editor', update, { id: id('2'), c: false });
    await data('quangtri.editor', update, { id: id('3.a'), p: id('1') });
    await data('quangtri.editor', 'mutation S($id: ID!) { submitPlan(id: $id) { id } }', { id: plan.id });
    await data('quangtri.approver', 'mutation I($id: ID!) { issuePlan(id: $id) { id } }', { id: plan.id });

    const labels = async (caller: Caller) =>
      (
        await data<{ Plan: { activities: { label: string }[] } }>(caller, 'query P($id: ID!) { Plan(id: $id) { activities { label } } }', {
          id: plan.id,
        })
      ).Plan.activities
        .map((a) => a.label)
        .sort();
    expect(await labels('public')).toEqual(['2', '2.a', '2.a.i', '3']);
    for (const hidden of ['1.a.i', '3.a.i'])
      expectError(await as('public', 'query A($id: ID!) { Activity(id: $id) { id } }', { id: id(hidden) }), 'NOT_FOUND', 'id');
    expect(await labels('quangtri.editor')).toHaveLength(9);
  });
});

describe('Bad ids', () => {
  it('every by-id query answers a malformed id with BAD_USER_INPUT naming the argument, for every caller', async () => {
    const schema = await api.request<{
      __schema: {
        queryType: { fields: { name: string; args: { name: string; type: { kind: string; ofType: { name: string } | null } }[] }[] };
      };
    }>('{ __schema { queryType { fields { name args { name type { kind ofType { name } } } } } } }');
    const byId = schema.data!.__schema.queryType.fields.filter(
      (f) => f.args.length === 1 && f.args[0].name === 'id' && f.args[0].type.ofType?.name === 'ID',
    );
    expect(byId.length).toBeGreaterThanOrEqual(9);
    for (const caller of ['public', 'client', 'kimdong.editor'] as Caller[]) {
      for (const field of byId) expectError(await as(caller, `{ ${field.name}(id: "abc") { __typename } }`), 'BAD_USER_INPUT', 'id');
    }
  });

  it('malformed ids in filters, nested inputs and mutations are BAD_USER_INPUT naming where they are, and write nothing', async () => {
    expectError(await as('kimdong.editor', '{ allPlans(filter: { ids: ["1", "x1"] }) { id } }'), 'BAD_USER_INPUT', 'filter.ids');
    expectError(await as('client', '{ allBudgetLines(filter: { planId: "1.5" }) { id } }'), 'BAD_USER_INPUT', 'filter.planId');
    expectError(
      await as('public', '{ allLegalDocuments(filter: { citedByPlanId: "-3" }) { id } }'),
      'BAD_USER_INPUT',
      'filter.citedByPlanId',
    );
    expectError(
      await as('client', '{ budgetSummary(groupBy: [], filter: { reportId: "NaN" }) { total { lineCount } } }'),
      'BAD_USER_INPUT',
      'filter.reportId',
    );
    expectError(await as('public', 'mutation { deletePlan(id: "abc") { id } }'), 'BAD_USER_INPUT', 'id');
    const count = async () =>
      (
        await data<{ _allActivitiesMeta: { count: number } }>(
          'botrach.editor',
          'query A($p: ID) { _allActivitiesMeta(filter: { planId: $p }) { count } }',
          { p: draft },
        )
      )._allActivitiesMeta.count;
    const before = await count();
    expectError(
      await as(
        'botrach.editor',
        `mutation U($id: ID!) { updatePlan(id: $id, activities: [{ label: "1", title: "x", participants: [{ agencyId: "1e3", role: LEAD }] }]) { id } }`,
        { id: draft },
      ),
      'BAD_USER_INPUT',
      'activities[0].participants[0].agencyId',
    );
    expect(await count()).toBe(before);
  });
});
