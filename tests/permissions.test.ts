import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, startApi, type Api } from './support/api';
import { agencyId, unitId } from './support/catalogue';

/**
 * DESIGN §4, row by row, for callers on every side of the data: the public, Quảng Trị's reporting client,
 * users of the owning unit, of a unit above it, of a unit below it, and of unrelated units.
 */
const CLIENT_SECRET = 'ttdn_1_demo-quangtri-reporting-client-0000000000';
const USERS = [
  'admin',
  'trunguong.viewer',
  'quangtri.editor',
  'quangtri.approver',
  'quangtri.finance',
  'quangbinh.viewer',
  'botrach.editor',
  'phongnha.editor',
  'kimdong.editor',
  'khanhson.editor',
] as const;
type Caller = (typeof USERS)[number] | 'public' | 'client';

let api: Api;
const tokens = {} as Record<Caller, string>;
const as = (caller: Caller, query: string, variables?: object) =>
  api.request<Record<string, never>>(query, variables as never, tokens[caller]);

let issuedPlan: string; // Quảng Trị, issued here, with one confidential activity and one budget line
let botrachDraft: string; // seeded draft of Bố Trạch, 2022

const PLAN = `query P($id: ID!) { Plan(id: $id) { id title internalNote budgetTotal budgetLines { plannedAmount } signature { signerName }
  activities { title confidential } } }`;

beforeAll(async () => {
  api = await startApi();
  tokens.public = '';
  tokens.client = CLIENT_SECRET;
  for (const user of USERS) tokens[user] = await api.login(user);
  const lead = await agencyId(api, 'quangtri.stttt');
  const created = await as(
    'quangtri.editor',
    `mutation C($unit: ID!, $lead: ID!) { createPlan(title: "Kế hoạch TTĐN thử nghiệm phân quyền", startYear: 2024, endYear: 2024,
      administrativeUnitId: $unit, issuingAgencyId: $lead, internalNote: "Ghi chú nội bộ",
      activities: [{ label: "1", title: "Hội nghị công khai", participants: [{ agencyId: $lead, role: LEAD }] },
                   { label: "2", title: "Nội dung mật về biên giới", confidential: true }],
      budgetLines: [{ fiscalYear: 2024, source: LOCAL_BUDGET, description: "Ngân sách tỉnh", plannedAmount: "50000000", activityLabel: "1" }]) { id } }`,
    { unit: await unitId(api, '45'), lead },
  );
  expect(created.errors).toBeUndefined();
  issuedPlan = (created.data!.createPlan as { id: string }).id;
  expect(
    (await as('quangtri.editor', 'mutation S($id: ID!) { submitPlan(id: $id) { status } }', { id: issuedPlan })).errors,
  ).toBeUndefined();
  const issued = await as('quangtri.approver', 'mutation I($id: ID!) { issuePlan(id: $id) { status symbol signature { signerName } } }', {
    id: issuedPlan,
  });
  expect(issued.errors).toBeUndefined();
  const drafts = await as('botrach.editor', '{ allPlans(filter: { status: DRAFT }) { id title } }');
  botrachDraft = (drafts.data!.allPlans as { id: string; title: string }[]).find((p) => p.title.includes('Bố Trạch năm 2022'))!.id;
});
afterAll(() => api.stop());

const canSee = async (caller: Caller, id: string) => {
  const result = await as(caller, 'query P($id: ID!) { Plan(id: $id) { id } }', { id });
  return Boolean(result.data?.Plan);
};

describe('Sign-in', () => {
  it('a user can sign in, and `me` says who they are', async () => {
    const me = await as('botrach.editor', '{ me { username roles administrativeUnit { code level } } }');
    expect(me.data!.me).toEqual({ username: 'botrach.editor', roles: ['EDITOR'], administrativeUnit: { code: '455', level: 'DISTRICT' } });
    expect((await as('public', '{ me { id } }')).data!.me).toBeNull();
  });

  it('a wrong password and an unknown user get the same generic error', async () => {
    const login = (u: string, p: string) => api.request(`mutation { login(username: "${u}", password: "${p}") { token } }`, {}, '');
    const wrong = expectError(await login('kimdong.editor', 'sai-mat-khau'), 'UNAUTHENTICATED');
    const unknown = expectError(await login('khong.ton.tai', 'demo1234'), 'UNAUTHENTICATED');
    expect(wrong.message).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(unknown.message).toBe(wrong.message);
  });

  it('repeated failures for an account are slowed down, even for the right password', async () => {
    const login = (p: string) => api.request(`mutation { login(username: "khanhson.editor", password: "${p}") { token } }`, {}, '');
    for (let i = 0; i < 5; i++) expectError(await login('sai'), 'UNAUTHENTICATED');
    expectError(await login('demo1234'), 'TOO_MANY_REQUESTS');
    // The count lives in the database shared by every test file: the admin lifts the lock again.
    expect((await as('admin', 'mutation { unlockSignIn(username: "khanhson.editor") }')).data).toEqual({ unlockSignIn: true });
    expect((await login('demo1234')).data).toBeDefined();
  });

  it('a tampered or foreign token and a disabled user are refused with UNAUTHENTICATED', async () => {
    const token = tokens['kimdong.editor'];
    const tampered = `${token.slice(0, -4)}${token.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`;
    const refused = await api.request('{ me { id } }', {}, tampered);
    expectError(refused, 'UNAUTHENTICATED');
    expect(refused.status).toBe(401);
    expectError(await api.request('{ me { id } }', {}, 'ttdn_1_wrong-secret-wrong-secret-wrong-secret-00'), 'UNAUTHENTICATED');
    const phongnha = (await as('admin', '{ allUsers(filter: { q: "phongnha" }) { id } }')).data!.allUsers as { id: string }[];
    expect((await as('admin', `mutation { updateUser(id: ${phongnha[0].id}, disabled: true) { disabled } }`)).errors).toBeUndefined();
    expectError(await as('phongnha.editor', '{ me { id } }'), 'UNAUTHENTICATED');
    expectError(
      await api.request('mutation { login(username: "phongnha.editor", password: "demo1234") { token } }', {}, ''),
      'UNAUTHENTICATED',
    );
    await as('admin', `mutation { updateUser(id: ${phongnha[0].id}, disabled: false) { disabled } }`);
    // Disabling ended the old token for good; enabled again, the user signs in anew.
    expectError(await as('phongnha.editor', '{ me { id } }'), 'UNAUTHENTICATED');
    tokens['phongnha.editor'] = await api.login('phongnha.editor');
  });
});

describe('Plan', () => {
  it('everyone, the public included, can read an issued plan and its total, but not its lines', async () => {
    for (const caller of ['public', 'client', 'kimdong.editor', 'phongnha.editor'] as const) {
      const result = await as(caller, PLAN, { id: issuedPlan });
      const plan = result.data!.Plan as {
        title: string;
        budgetTotal: string;
        budgetLines: null;
        internalNote: null;
        activities: { title: string }[];
      };
      expect(plan.title, caller).toContain('thử nghiệm phân quyền');
      expect(plan.budgetTotal, caller).toBe('50000000');
      expect(plan.budgetLines, caller).toBeNull();
      expect(plan.internalNote, caller).toBeNull();
      expectError(result, 'FORBIDDEN');
      expect(result.errors!.map((e) => e.path!.join('.')).sort(), caller).toEqual(['Plan.budgetLines', 'Plan.internalNote']);
    }
  });

  it('users whose scope holds the plan can read its lines and notes', async () => {
    for (const caller of ['quangtri.editor', 'quangtri.finance', 'trunguong.viewer'] as const) {
      const result = await as(caller, PLAN, { id: issuedPlan });
      expect(result.errors, caller).toBeUndefined();
      expect(result.data!.Plan, caller).toMatchObject({ internalNote: 'Ghi chú nội bộ', budgetLines: [{ plannedAmount: '50000000' }] });
    }
  });

  it('a draft is read by its unit and the units above it, not by units below or beside it, nor the public', async () => {
    const seen = Object.fromEntries(
      await Promise.all(
        (
          [
            'botrach.editor',
            'quangbinh.viewer',
            'trunguong.viewer',
            'phongnha.editor',
            'kimdong.editor',
            'quangtri.editor',
            'public',
            'client',
          ] as const
        ).map(async (c) => [c, await canSee(c, botrachDraft)]),
      ),
    );
    expect(seen).toEqual({
      'botrach.editor': true,
      'quangbinh.viewer': true,
      'trunguong.viewer': true,
      'phongnha.editor': false,
      'kimdong.editor': false,
      'quangtri.editor': false,
      public: false,
      client: false,
    });
  });

  it('a confidential activity is read within the scope only, and cannot be found by searching for it', async () => {
    const titles = async (caller: Caller) =>
      ((await as(caller, PLAN, { id: issuedPlan })).data!.Plan as { activities: { title: string }[] }).activities.map((a) => a.title);
    expect(await titles('quangtri.editor')).toEqual(['Hội nghị công khai', 'Nội dung mật về biên giới']);
    expect(await titles('trunguong.viewer')).toHaveLength(2);
    for (const caller of ['public', 'client', 'kimdong.editor'] as const)
      expect(await titles(caller), caller).toEqual(['Hội nghị công khai']);
    const search =
      '{ allPlans(filter: { q: "mật về biên giới" }) { id } _allPlansMeta(filter: { q: "mật về biên giới" }) { count } allActivities(filter: { q: "mật về biên giới" }) { id } }';
    expect((await as('public', search)).data).toEqual({ allPlans: [], _allPlansMeta: { count: 0 }, allActivities: [] });
    expect((await as('quangtri.editor', search)).data!._allPlansMeta).toEqual({ count: 1 });
  });

  it('counts equal what each caller lists', async () => {
    for (const caller of ['public', 'client', ...USERS] as Caller[]) {
      const result = await as(
        caller,
        '{ allPlans(perPage: 1000) { id } _allPlansMeta { count } allActivities(perPage: 1000) { id } _allActivitiesMeta { count } }',
      );
      expect(result.errors, caller).toBeUndefined();
      expect((result.data!._allPlansMeta as { count: number }).count, caller).toBe((result.data!.allPlans as unknown[]).length);
      expect((result.data!._allActivitiesMeta as { count: number }).count, caller).toBe((result.data!.allActivities as unknown[]).length);
    }
    const publicCount = ((await as('public', '{ _allPlansMeta { count } }')).data!._allPlansMeta as { count: number }).count;
    const centralCount = ((await as('trunguong.viewer', '{ _allPlansMeta { count } }')).data!._allPlansMeta as { count: number }).count;
    expect(centralCount).toBeGreaterThan(publicCount); // drafts exist and the public does not count them
  });

  it('the signer of an unissued plan stays internal', async () => {
    const result = await as('quangbinh.viewer', PLAN, { id: botrachDraft });
    expect(result.errors).toBeUndefined(); // above Bố Trạch: may read it all
    expect(await canSee('kimdong.editor', botrachDraft)).toBe(false);
  });
});

describe('BudgetLine', () => {
  // Demo lines included: this test is about scope, not about which lines count as real.
  const LINES =
    '{ allBudgetLines(perPage: 1000, filter: { includeDemo: true }) { plannedAmount allocatedAmount spentAmount administrativeUnit { code } } _allBudgetLinesMeta(filter: { includeDemo: true }) { count } }';

  it('the public cannot list budget lines, nor sort or filter by amount', async () => {
    expectError(await as('public', LINES), 'FORBIDDEN');
    expectError(await as('public', '{ allBudgetLines(sortField: "plannedAmount") { id } }'), 'FORBIDDEN');
  });

  it('users and the reporting client list only the lines of their scope, and counts and sums match', async () => {
    const sums: Record<string, bigint> = {};
    for (const caller of [
      'client',
      'quangtri.finance',
      'botrach.editor',
      'quangbinh.viewer',
      'khanhson.editor',
      'kimdong.editor',
      'trunguong.viewer',
    ] as const) {
      const result = await as(caller, LINES);
      expect(result.errors, caller).toBeUndefined();
      const lines = result.data!.allBudgetLines as {
        plannedAmount: string | null;
        allocatedAmount: string | null;
        spentAmount: string | null;
        administrativeUnit: { code: string };
      }[];
      expect((result.data!._allBudgetLinesMeta as { count: number }).count, caller).toBe(lines.length);
      sums[caller] = lines.reduce(
        (s, l) => s + BigInt(l.plannedAmount ?? 0) + BigInt(l.allocatedAmount ?? 0) + BigInt(l.spentAmount ?? 0),
        0n,
      );
    }
    expect(sums.client).toBe(sums['quangtri.finance']); // the client is bound to Quảng Trị
    expect(sums['botrach.editor']).toBeGreaterThanOrEqual(30000000n); // the seeded Bố Trạch draft, and any test plans
    expect(sums['quangbinh.viewer']).toBe(sums['botrach.editor']); // Quảng Bình holds Bố Trạch, and its own plans have no lines
    expect(sums['khanhson.editor']).toBe(54000000n); // the 2019 report's allocation
    expect(sums['kimdong.editor']).toBe(0n);
    expect(sums['trunguong.viewer']).toBe(sums.client + sums['quangbinh.viewer'] + sums['khanhson.editor']);
  });
});

describe('Agency', () => {
  it('anyone can read agencies; only signed-in users their contact details', async () => {
    const query = '{ allAgencies(perPage: 1) { name contactEmail } }';
    const anonymous = await as('public', query);
    expect((anonymous.data!.allAgencies as { name: string; contactEmail: null }[])[0].name).toBeTruthy();
    expectError(anonymous, 'FORBIDDEN');
    expect((await as('kimdong.editor', query)).errors).toBeUndefined();
  });
});

describe('Report', () => {
  it('reports are read within their scope only; the public is refused', async () => {
    const query = '{ allReports { title spending } _allReportsMeta { count } }';
    expect(((await as('khanhson.editor', query)).data!.allReports as unknown[]).length).toBe(1);
    expect(((await as('trunguong.viewer', query)).data!.allReports as unknown[]).length).toBeGreaterThanOrEqual(1);
    expect((await as('kimdong.editor', query)).data).toEqual({ allReports: [], _allReportsMeta: { count: 0 } });
    expectError(await as('public', query), 'FORBIDDEN');
  });

  it('the reporting client reads spending figures only', async () => {
    const unit = await unitId(api, '45');
    const agency = await agencyId(api, 'quangtri.stttt');
    const created = await as(
      'quangtri.editor',
      `mutation R($unit: ID!, $agency: ID!) { createReport(title: "Báo cáo thử nghiệm", kind: PERIODIC, periodStart: "2024-01-01",
      periodEnd: "2024-06-30", administrativeUnitId: $unit, issuingAgencyId: $agency, spending: "12000000") { id } }`,
      { unit, agency },
    );
    expect(created.errors).toBeUndefined();
    const result = await as('client', '{ allReports { periodStart periodEnd spending title } }');
    expect(result.data!.allReports).toEqual([{ periodStart: '2024-01-01', periodEnd: '2024-06-30', spending: '12000000', title: null }]);
    expectError(result, 'FORBIDDEN');
    expectError(await as('client', '{ allReports(filter: { q: "thử" }) { spending } }'), 'FORBIDDEN', 'filter.q');
  });
});

describe('Writes', () => {
  const draftFor = (unitVar: string) => `mutation C($unit: ID!, $agency: ID!) { createPlan(title: "Dự thảo", startYear: 2025, endYear: 2025,
    administrativeUnitId: ${unitVar}, issuingAgencyId: $agency) { id status } }`;

  it('an editor can draft a plan of their own unit, but not of another unit', async () => {
    const agency = await agencyId(api, 'botrach.phongvhtt');
    const own = await as('botrach.editor', draftFor('$unit'), { unit: await unitId(api, '455'), agency });
    expect(own.errors).toBeUndefined();
    const before = ((await as('trunguong.viewer', '{ _allPlansMeta { count } }')).data!._allPlansMeta as { count: number }).count;
    expectError(
      await as('kimdong.editor', draftFor('$unit'), { unit: await unitId(api, '455'), agency }),
      'FORBIDDEN',
      'administrativeUnitId',
    );
    expectError(await as('quangbinh.viewer', draftFor('$unit'), { unit: await unitId(api, '44'), agency }), 'FORBIDDEN');
    expectError(await as('public', draftFor('$unit'), { unit: await unitId(api, '455'), agency }), 'FORBIDDEN');
    expect(((await as('trunguong.viewer', '{ _allPlansMeta { count } }')).data!._allPlansMeta as { count: number }).count).toBe(before);
  });

  it('units below and above cannot edit a draft; its own editor can', async () => {
    const edit = (caller: Caller) =>
      as(caller, 'mutation U($id: ID!) { updatePlan(id: $id, title: "Sửa") { title } }', { id: botrachDraft });
    expectError(await edit('phongnha.editor'), 'NOT_FOUND', 'id'); // below: may not even read the draft
    expectError(await edit('quangbinh.viewer'), 'FORBIDDEN'); // above: reads it, may not change it
    expectError(await edit('kimdong.editor'), 'NOT_FOUND', 'id');
    const restore = await as('botrach.editor', 'query P($id: ID!) { Plan(id: $id) { title } }', { id: botrachDraft });
    expect((await edit('botrach.editor')).errors).toBeUndefined();
    await as('botrach.editor', 'mutation U($id: ID!, $t: String) { updatePlan(id: $id, title: $t) { id } }', {
      id: botrachDraft,
      t: (restore.data!.Plan as { title: string }).title,
    });
  });

  it('an editor cannot set allocated amounts, and nothing of that request is written', async () => {
    const result = await as(
      'botrach.editor',
      `mutation U($id: ID!) { updatePlan(id: $id, title: "Không được lưu",
      budgetLines: [{ fiscalYear: 2022, source: LOCAL_BUDGET, description: "x", plannedAmount: "1", allocatedAmount: "999" }]) { id } }`,
      { id: botrachDraft },
    );
    expectError(result, 'FORBIDDEN', 'budgetLines[0].allocatedAmount');
    const after = await as('botrach.editor', 'query P($id: ID!) { Plan(id: $id) { title budgetTotal } }', { id: botrachDraft });
    expect(after.data!.Plan).toMatchObject({ budgetTotal: '30000000' });
    expect((after.data!.Plan as { title: string }).title).not.toBe('Không được lưu');
  });

  it('finance sets allocated amounts of its unit, and nothing else', async () => {
    const lines = (await as('quangtri.finance', `query P($id: ID!) { Plan(id: $id) { budgetLines { id } } }`, { id: issuedPlan })).data!
      .Plan as { budgetLines: { id: string }[] };
    const id = lines.budgetLines[0].id;
    const ok = await as(
      'quangtri.finance',
      'mutation B($id: ID!) { updateBudgetLine(id: $id, allocatedAmount: "45000000") { allocatedAmount } }',
      { id },
    );
    expect(ok.data!.updateBudgetLine).toEqual({ allocatedAmount: '45000000' });
    expectError(
      await as('quangtri.finance', 'mutation B($id: ID!) { updateBudgetLine(id: $id, description: "đổi") { id } }', { id }),
      'FORBIDDEN',
    );
    expectError(
      await as('quangtri.editor', 'mutation B($id: ID!) { updateBudgetLine(id: $id, allocatedAmount: "1") { id } }', { id }),
      'FORBIDDEN',
      'allocatedAmount',
    );
    expectError(
      await as('botrach.editor', 'mutation B($id: ID!) { updateBudgetLine(id: $id, plannedAmount: "1") { id } }', { id }),
      'NOT_FOUND',
      'id',
    );
  });

  it('only an approver issues, and an issued plan is no longer edited', async () => {
    const qt = await unitId(api, '45');
    const agency = await agencyId(api, 'quangtri.stttt');
    const created = await as('quangtri.editor', draftFor('$unit'), { unit: qt, agency });
    const id = (created.data!.createPlan as { id: string }).id;
    expectError(
      await as('quangtri.approver', 'mutation U($id: ID!) { updatePlan(id: $id, status: ISSUED) { status } }', { id }),
      'BAD_USER_INPUT',
      'status',
    );
    expectError(await as('quangtri.approver', 'mutation I($id: ID!) { issuePlan(id: $id) { status } }', { id }), 'BAD_USER_INPUT', 'id'); // still a draft
    expect((await as('quangtri.editor', 'mutation S($id: ID!) { submitPlan(id: $id) { status } }', { id })).data!.submitPlan).toEqual({
      status: 'IN_REVIEW',
    });
    const issue = (caller: Caller) => as(caller, 'mutation I($id: ID!) { issuePlan(id: $id) { status } }', { id });
    expectError(await issue('quangtri.editor'), 'FORBIDDEN');
    expectError(await issue('quangtri.finance'), 'FORBIDDEN');
    expect((await issue('quangtri.approver')).data!.issuePlan).toEqual({ status: 'ISSUED' });
    expectError(
      await as('quangtri.editor', 'mutation U($id: ID!) { updatePlan(id: $id, title: "Sửa sau ban hành") { id } }', { id }),
      'FORBIDDEN',
      'title',
    );
  });

  it('an admin manages users and API clients within scope; others cannot', async () => {
    expectError(await as('quangtri.editor', '{ allUsers { id } }'), 'FORBIDDEN');
    expect(((await as('admin', '{ _allUsersMeta { count } }')).data!._allUsersMeta as { count: number }).count).toBeGreaterThanOrEqual(10);
    const unit = await unitId(api, '45');
    expectError(
      await as('quangtri.approver', 'mutation C($u: ID!) { createApiClient(name: "x", administrativeUnitId: $u) { id } }', { u: unit }),
      'FORBIDDEN',
    );
    const created = await as(
      'admin',
      'mutation C($u: ID!) { createApiClient(name: "Công cụ thử", administrativeUnitId: $u) { id secret } }',
      { u: unit },
    );
    const { id, secret } = created.data!.createApiClient as { id: string; secret: string };
    expect(secret).toMatch(/^ttdn_\d+_/);
    const listed = await as('admin', 'query C($id: ID!) { ApiClient(id: $id) { name secret } }', { id });
    expect(listed.data!.ApiClient).toEqual({ name: 'Công cụ thử', secret: null }); // shown once only
    const asClient = await api.request('{ _allBudgetLinesMeta { count } allPlans(filter: { status: DRAFT }) { id } }', {}, secret);
    expect(asClient.errors).toBeUndefined();
    expect(asClient.data!.allPlans).toEqual([]); // clients read budget figures, not drafts
    await as('admin', 'mutation D($id: ID!) { deleteApiClient(id: $id) { id } }', { id });
    expectError(await api.request('{ me { id } }', {}, secret), 'UNAUTHENTICATED');
  });
});

describe('AuditEntry', () => {
  it('an admin can read who changed what; others cannot, and refused writes leave no entry', async () => {
    const query = `query A($id: ID) { allAuditEntries(filter: { targetType: "Plan", targetId: $id }, sortField: "id", perPage: 100) { operation actorKind actorId fields at } }`;
    const entries = (await as('admin', query, { id: issuedPlan })).data!.allAuditEntries as {
      operation: string;
      fields: string[];
      at: string;
    }[];
    expect(entries.map((e) => e.operation)).toEqual(['createPlan', 'submitPlan', 'issuePlan']); // drafted, submitted, issued; refusals are not there
    expect(entries[2].fields).toEqual(['id']);
    expect(entries[1].at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expectError(await as('quangtri.editor', query, { id: issuedPlan }), 'FORBIDDEN');
    const logins = (await as('admin', '{ _allAuditEntriesMeta(filter: { operation: "login" }) { count } }')).data!._allAuditEntriesMeta as {
      count: number;
    };
    expect(logins.count).toBeGreaterThanOrEqual(USERS.length);
  });
});

describe('myPermissions', () => {
  type Perm = { resource: string; operations: string[]; readableFields: string[]; writableFields: string[] };
  const perms = async (caller: Caller) => {
    const result = await as(
      caller,
      '{ myPermissions { principal roles resources { resource operations readableFields writableFields } } }',
    );
    const mine = result.data!.myPermissions as { principal: string; resources: Perm[] };
    return { principal: mine.principal, of: (r: string) => mine.resources.find((p) => p.resource === r)! };
  };

  it('tells the public it may only read', async () => {
    const p = await perms('public');
    expect(p.principal).toBe('PUBLIC');
    expect(p.of('Plan').operations).toEqual(['list', 'show']);
    expect(p.of('Plan').readableFields).toContain('budgetTotal');
    expect(p.of('Plan').readableFields).not.toContain('budgetLines');
    expect(p.of('BudgetLine').operations).toEqual([]);
    expect(p.of('User').operations).toEqual([]);
  });

  it('tells each role what it may write', async () => {
    const editor = await perms('botrach.editor');
    expect(editor.of('Plan').operations).toEqual(['list', 'show', 'create', 'update', 'delete']);
    expect(editor.of('Plan').writableFields).toContain('activities');
    expect(editor.of('Plan').writableFields).not.toContain('symbol');
    const finance = await perms('quangtri.finance');
    expect(finance.of('Plan').operations).toEqual(['list', 'show']);
    expect(finance.of('BudgetLine').writableFields).toEqual(['allocatedAmount', 'spentAmount']);
    expect(finance.of('BudgetLine').operations).toEqual(['list', 'show', 'update']);
    expect((await perms('admin')).of('ApiClient').operations).toEqual(['list', 'show', 'create', 'delete']);
    expect((await perms('client')).principal).toBe('REPORTING_CLIENT');
  });
});
