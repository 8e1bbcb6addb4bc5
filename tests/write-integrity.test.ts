import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../server/src/schema-builder';
import { ruleTable } from '../server/src/kernel/access/rule-table';
import { isObjectType } from 'graphql';
import { expectError, startApi, type Api } from './support/api';
import { agencyId, createUser, unitId } from './support/catalogue';
import { ownDatabase } from './support/own-database';

/** Issue 9, items 7–10: one writer per table, checks inside the transaction, versions, history. */
const USERS = [
  'admin',
  'quangtri.editor',
  'quangtri.approver',
  'quangtri.finance',
  'phongnha.editor',
  'kimdong.editor',
  'botrach.editor',
] as const;
type Caller = (typeof USERS)[number] | 'public' | 'client' | 'quangtri.editor2';

let api: Api;
let db: Client;
// Its own database: the rows made here would otherwise show in other files' counts.
let database: Awaited<ReturnType<typeof ownDatabase>>;
const tokens = {} as Record<Caller, string>;
const as = (caller: Caller, query: string, variables?: object) =>
  api.request<Record<string, never>>(query, variables as never, tokens[caller]);
const data = async <T>(caller: Caller, query: string, variables?: object): Promise<T> => {
  const result = await as(caller, query, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data as T;
};
const sql = async <T = Record<string, unknown>>(text: string, params: unknown[] = []) => (await db.query(text, params)).rows as T[];
const countLines = async (column: 'plan_id' | 'report_id', id: string) =>
  Number((await sql<{ n: string }>(`select count(*) n from budget_line where ${column} = $1`, [id]))[0].n);

let unit: string;
let agency: string;
const newDraft = async (
  title: string,
  lines = '[{ fiscalYear: 2026, source: LOCAL_BUDGET, description: "Dòng gốc", plannedAmount: "100" }]',
) =>
  (
    await data<{ createPlan: { id: string; version: number } }>(
      'quangtri.editor',
      `mutation C($u: ID!, $a: ID!) { createPlan(title: "${title}", startYear: 2026, endYear: 2026,
    administrativeUnitId: $u, issuingAgencyId: $a, budgetLines: ${lines}) { id version } }`,
      { u: unit, a: agency },
    )
  ).createPlan;

beforeAll(async () => {
  database = await ownDatabase('write_integrity');
  api = await startApi({ databaseUrl: database.url });
  db = new Client({ connectionString: database.url });
  await db.connect();
  tokens.public = '';
  tokens.client = 'ttdn_1_demo-quangtri-reporting-client-0000000000';
  for (const user of USERS) tokens[user] = await api.login(user);
  tokens['quangtri.editor2'] = await createUser(api, 'quangtri.editor2', '45', ['EDITOR']);
  unit = await unitId(api, '45');
  agency = await agencyId(api, 'quangtri.stttt');
});
afterAll(async () => {
  await db.end();
  await api.stop();
  await database.drop();
});

describe('BudgetLine', () => {
  const REPORT = `query R($id: ID!) { Report(id: $id) { version spendingLines { id description plannedAmount allocatedAmount } } }`;
  type Line = { id: string; description: string; plannedAmount: string; allocatedAmount: string | null };

  it("an editor saving a report keeps its lines and finance's figures and cannot set them; the spent amount a report states is its own", async () => {
    const report = (
      await data<{ createReport: { id: string } }>(
        'quangtri.editor',
        `mutation R($u: ID!, $a: ID!) { createReport(title: "Báo cáo chi tiêu thử", kind: PERIODIC,
      periodStart: "2026-01-01", periodEnd: "2026-06-30", administrativeUnitId: $u, issuingAgencyId: $a,
      spendingLines: [{ fiscalYear: 2026, source: LOCAL_BUDGET, description: "In tờ gấp", plannedAmount: "900" }]) { id } }`,
        { u: unit, a: agency },
      )
    ).createReport.id;
    const [line] = (await data<{ Report: { spendingLines: Line[] } }>('quangtri.editor', REPORT, { id: report })).Report.spendingLines;
    await data('quangtri.finance', 'mutation F($id: ID!) { updateBudgetLine(id: $id, allocatedAmount: "800") { id } }', { id: line.id });

    // The editor edits the description and resends the line as read: same id, finance's figure kept.
    const saved = await data<{ updateReport: { spendingLines: Line[] } }>(
      'quangtri.editor',
      `mutation U($id: ID!, $l: ID) { updateReport(id: $id,
      spendingLines: [{ id: $l, fiscalYear: 2026, source: LOCAL_BUDGET, description: "In tờ gấp song ngữ", plannedAmount: "900", allocatedAmount: "800" }]) {
      spendingLines { id description plannedAmount allocatedAmount } } }`,
      { id: report, l: line.id },
    );
    expect(saved.updateReport.spendingLines).toEqual([
      { id: line.id, description: 'In tờ gấp song ngữ', plannedAmount: '900', allocatedAmount: '800' },
    ]);

    // Setting finance's figure from the report is refused and writes nothing.
    const before = await countLines('report_id', report);
    expectError(
      await as(
        'quangtri.editor',
        `mutation U($id: ID!, $l: ID) { updateReport(id: $id, title: "Không lưu",
      spendingLines: [{ id: $l, fiscalYear: 2026, source: LOCAL_BUDGET, description: "x", plannedAmount: "900", allocatedAmount: "1" },
                      { fiscalYear: 2026, source: LOCAL_BUDGET, description: "thêm", spentAmount: "5" }]) { id } }`,
        { id: report, l: line.id },
      ),
      'FORBIDDEN',
      'spendingLines[0].allocatedAmount',
    );
    expect(await countLines('report_id', report)).toBe(before);
    expect((await data<{ Report: { spendingLines: Line[] } }>('quangtri.editor', REPORT, { id: report })).Report.spendingLines).toEqual([
      { id: line.id, description: 'In tờ gấp song ngữ', plannedAmount: '900', allocatedAmount: '800' },
    ]);

    // What a report states as spent is the report's own content; on a plan's line the spent amount is finance's.
    expect(
      (
        await as('quangtri.editor', 'mutation S($id: ID!) { updateBudgetLine(id: $id, spentAmount: "700") { spentAmount } }', {
          id: line.id,
        })
      ).data,
    ).toEqual({ updateBudgetLine: { spentAmount: '700' } });
    const plan = await newDraft('Kế hoạch có số đã chi');
    const [planLine] = await sql<{ id: string }>('select id::text as id from budget_line where plan_id = $1', [plan.id]);
    expectError(
      await as('quangtri.editor', 'mutation S($id: ID!) { updateBudgetLine(id: $id, spentAmount: "1") { id } }', { id: planLine.id }),
      'FORBIDDEN',
      'spentAmount',
    );
    expectError(
      await as(
        'quangtri.editor',
        `mutation U($id: ID!, $l: ID) { updatePlan(id: $id,
      budgetLines: [{ id: $l, fiscalYear: 2026, source: LOCAL_BUDGET, description: "Dòng gốc", plannedAmount: "100", spentAmount: "1" }]) { id } }`,
        { id: plan.id, l: planLine.id },
      ),
      'FORBIDDEN',
      'budgetLines[0].spentAmount',
    );
  });

  it("nobody can put a line under both a plan and a report, nor move it to another unit's report, and the database refuses it too", async () => {
    const plan = await newDraft('Kế hoạch có dòng kinh phí thử');
    const [{ id: reportId }] = await sql<{
      id: string;
    }>(`select r.id::text as id from report r join administrative_unit u on u.id = r.administrative_unit_id
      where u.path not like (select path from administrative_unit where code = '45') || '%' limit 1`);
    const before = Number((await sql<{ n: string }>('select count(*) n from budget_line'))[0].n);
    // Another province's report is answered like a missing one.
    expectError(
      await as(
        'quangtri.editor',
        `mutation C($p: ID, $r: ID) { createBudgetLine(planId: $p, reportId: $r, fiscalYear: 2026, source: LOCAL_BUDGET, description: "hai chủ") { id } }`,
        { p: plan.id, r: reportId },
      ),
      'NOT_FOUND',
      'reportId',
    );
    const own = (
      await data<{ createReport: { id: string } }>(
        'quangtri.editor',
        `mutation R($u: ID!, $a: ID!) { createReport(title: "Báo cáo thứ hai", kind: PERIODIC,
      periodStart: "2026-01-01", periodEnd: "2026-06-30", administrativeUnitId: $u, issuingAgencyId: $a) { id } }`,
        { u: unit, a: agency },
      )
    ).createReport.id;
    expectError(
      await as(
        'quangtri.editor',
        `mutation C($p: ID, $r: ID) { createBudgetLine(planId: $p, reportId: $r, fiscalYear: 2026, source: LOCAL_BUDGET, description: "hai chủ") { id } }`,
        { p: plan.id, r: own },
      ),
      'BAD_USER_INPUT',
      'reportId',
    );
    const [line] = await sql<{ id: string }>('select id::text as id from budget_line where plan_id = $1', [plan.id]);
    expectError(
      await as('quangtri.editor', 'mutation M($id: ID!, $r: ID) { updateBudgetLine(id: $id, reportId: $r) { id } }', {
        id: line.id,
        r: own,
      }),
      'BAD_USER_INPUT',
      'reportId',
    );
    expectError(
      await as('quangtri.editor', 'mutation M($id: ID!, $r: ID) { updateBudgetLine(id: $id, planId: null, reportId: $r) { id } }', {
        id: line.id,
        r: reportId,
      }),
      'NOT_FOUND',
      'reportId',
    );
    expect(Number((await sql<{ n: string }>('select count(*) n from budget_line'))[0].n)).toBe(before);
    await expect(
      sql(
        "insert into budget_line (plan_id, report_id, administrative_unit_id, fiscal_year, source, description) values ($1, $2, $3, 2026, 'LOCAL_BUDGET', 'x')",
        [plan.id, own, unit],
      ),
    ).rejects.toThrow(/budget_line_one_owner/);
  });
});

describe('Write transaction', () => {
  it('an edit waiting on a plan that is issued a moment before is refused, and writes nothing', async () => {
    const plan = await newDraft('Kế hoạch sắp ban hành');
    const locker = new Client({ connectionString: database.url });
    await locker.connect();
    try {
      await locker.query('begin');
      await locker.query('select id from plan where id = $1 for update', [plan.id]);
      const edit = as('quangtri.editor', 'mutation U($id: ID!) { updatePlan(id: $id, title: "Sửa muộn") { id } }', { id: plan.id });
      // Wait until the edit is queued behind our lock, then issue the plan and let the edit go.
      for (let i = 0; i < 200; i++) {
        const [{ n }] = (
          await db.query(
            "select count(*)::int n from pg_locks l join pg_class c on c.oid = l.relation where not l.granted or (c.relname = 'plan' and l.mode = 'RowShareLock' and l.pid <> pg_backend_pid() and l.pid <> $1)",
            [(locker as unknown as { processID: number }).processID],
          )
        ).rows;
        if (n > 0) break;
        await new Promise((r) => setTimeout(r, 25));
      }
      await locker.query("update plan set status = 'ISSUED', symbol = '991/KH-UBND', issued_on = '2026-02-01' where id = $1", [plan.id]);
      await locker.query('commit');
      expectError(await edit, 'FORBIDDEN', 'title');
    } finally {
      await locker.end();
    }
    const [row] = await sql<{ title: string; version: number }>('select title, version from plan where id = $1', [plan.id]);
    expect(row.title).toBe('Kế hoạch sắp ban hành');
  });
});

describe('Version', () => {
  const PLAN = 'query P($id: ID!) { Plan(id: $id) { version budgetLines { id description fiscalYear source plannedAmount } } }';
  type Line = { id: string; description: string; fiscalYear: number; source: string; plannedAmount: string };
  const save = (caller: Caller, id: string, version: number, lines: object[]) =>
    as(
      caller,
      'mutation U($id: ID!, $v: Int, $l: [PlanBudgetLineInput!]) { updatePlan(id: $id, version: $v, budgetLines: $l) { version } }',
      { id, v: version, l: lines },
    );
  const keep = (l: Line) => ({
    id: l.id,
    description: l.description,
    fiscalYear: l.fiscalYear,
    source: l.source,
    plannedAmount: l.plannedAmount,
  });
  const added = (description: string) => ({ fiscalYear: 2026, source: 'LOCAL_BUDGET', description, plannedAmount: '10' });

  it('two editors saving the same plan from the same version: one succeeds, the other gets CONFLICT and writes nothing; after reloading both rows are kept', async () => {
    const plan = await newDraft('Kế hoạch hai người sửa');
    const read = (await data<{ Plan: { version: number; budgetLines: Line[] } }>('quangtri.editor', PLAN, { id: plan.id })).Plan;
    const entries = async () =>
      Number(
        (await sql<{ n: string }>("select count(*) n from audit_entry where target_type = 'Plan' and target_id = $1", [plan.id]))[0].n,
      );
    const auditBefore = await entries();
    const results = await Promise.all([
      save('quangtri.editor', plan.id, read.version, [...read.budgetLines.map(keep), added('Dòng của người thứ nhất')]),
      save('quangtri.editor2', plan.id, read.version, [...read.budgetLines.map(keep), added('Dòng của người thứ hai')]),
    ]);
    const won = results.filter((r) => !r.errors);
    const lost = results.filter((r) => r.errors);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const conflict = expectError(lost[0], 'CONFLICT', 'version');
    const current = (won[0].data!.updatePlan as { version: number }).version;
    expect(current).toBe(read.version + 1);
    expect(conflict.extensions!.currentVersion).toBe(current);
    expect(await countLines('plan_id', plan.id)).toBe(2);
    expect(await entries()).toBe(auditBefore + 1);

    // The loser reloads and saves again: the winner's row stays, the loser's joins it.
    const loser: Caller = results[0].errors ? 'quangtri.editor' : 'quangtri.editor2';
    const again = (await data<{ Plan: { version: number; budgetLines: Line[] } }>(loser, PLAN, { id: plan.id })).Plan;
    const mine = loser === 'quangtri.editor' ? 'Dòng của người thứ nhất' : 'Dòng của người thứ hai';
    expect((await save(loser, plan.id, again.version, [...again.budgetLines.map(keep), added(mine)])).errors).toBeUndefined();
    const final = (await data<{ Plan: { budgetLines: Line[] } }>(loser, PLAN, { id: plan.id })).Plan.budgetLines.map((l) => l.description);
    expect(final.sort()).toEqual(['Dòng gốc', 'Dòng của người thứ hai', 'Dòng của người thứ nhất'].sort());
  });

  it('a stale update or delete is refused with the current version, whatever changed in between, and nothing is written', async () => {
    const plan = await newDraft('Kế hoạch bị xóa nhầm');
    // Only a nested list changes: the version still moves on.
    const lines = (await data<{ Plan: { version: number; budgetLines: Line[] } }>('quangtri.editor', PLAN, { id: plan.id })).Plan;
    const moved = await save('quangtri.editor', plan.id, plan.version, [...lines.budgetLines.map(keep), added('Thêm')]);
    expect((moved.data!.updatePlan as { version: number }).version).toBe(plan.version + 1);
    for (const op of [
      'mutation D($id: ID!, $v: Int) { deletePlan(id: $id, version: $v) { id } }',
      'mutation U($id: ID!, $v: Int) { updatePlan(id: $id, version: $v, title: "Ghi đè") { id } }',
    ]) {
      const refused = expectError(await as('quangtri.editor', op, { id: plan.id, v: plan.version }), 'CONFLICT', 'version');
      expect(refused.extensions!.currentVersion).toBe(plan.version + 1);
      expect(refused.message).toMatch(/người khác lưu trước/);
    }
    const [row] = await sql<{ title: string }>('select title from plan where id = $1', [plan.id]);
    expect(row.title).toBe('Kế hoạch bị xóa nhầm');
    expect(await countLines('plan_id', plan.id)).toBe(2);
  });
});

describe('History', () => {
  const HISTORY =
    'query H($r: String!, $id: ID!) { history(resource: $r, id: $id) { operation actorName changes { field before after } } }';
  type Entry = { operation: string; actorName: string | null; changes: { field: string; before: string | null; after: string | null }[] };

  it('records each changed field before and after, for whoever may read the plan, and only the fields they may read', async () => {
    const plan = await newDraft('Tên cũ');
    await data('quangtri.editor', 'mutation U($id: ID!) { updatePlan(id: $id, title: "Tên mới", internalNote: "Ghi chú mật") { id } }', {
      id: plan.id,
    });
    const own = (await data<{ history: Entry[] }>('quangtri.editor', HISTORY, { r: 'Plan', id: plan.id })).history;
    expect(own.map((e) => e.operation)).toEqual(['createPlan', 'updatePlan']);
    expect(own[1].changes.map((c) => c.field)).not.toContain('version');
    expect(own[1].changes).toEqual(
      expect.arrayContaining([
        { field: 'title', before: '"Tên cũ"', after: '"Tên mới"' },
        { field: 'internalNote', before: null, after: '"Ghi chú mật"' },
      ]),
    );
    expect(own[0].changes.map((c) => c.field)).toContain('budgetLines');
    const [editor] = await sql<{ display_name: string }>("select display_name from app_user where username = 'quangtri.editor'");
    expect(own[1].actorName).toBe(editor.display_name);
    for (const caller of ['public', 'client', 'kimdong.editor'] as Caller[])
      expectError(await as(caller, HISTORY, { r: 'Plan', id: plan.id }), 'NOT_FOUND', 'id');

    await data('quangtri.editor', 'mutation S($id: ID!) { submitPlan(id: $id) { id } }', { id: plan.id });
    await data('quangtri.approver', 'mutation I($id: ID!) { issuePlan(id: $id) { id } }', { id: plan.id });
    const publicView = await as('public', HISTORY, { r: 'Plan', id: plan.id });
    expect((publicView.data!.history as Entry[]).map((e) => e.operation)).toEqual(['createPlan', 'updatePlan', 'submitPlan', 'issuePlan']);
    const issuing = (publicView.data!.history as Entry[])[3].changes.find((c) => c.field === 'status');
    expect(issuing).toEqual({ field: 'status', before: '"IN_REVIEW"', after: '"ISSUED"' });
    const fields = (publicView.data!.history as Entry[]).flatMap((e) => e.changes.map((c) => c.field));
    expect(fields).toContain('title');
    expect(fields).not.toContain('internalNote');
    expect(fields).not.toContain('budgetLines');
    // Who drafted what stays internal: the name is refused field by field, the rest of the history is there.
    expect(publicView.errors?.every((e) => e.extensions?.code === 'FORBIDDEN' && e.path?.[2] === 'actorName')).toBe(true);
    expect((publicView.data!.history as Entry[]).every((e) => e.actorName === null)).toBe(true);
    expectError(await as('public', HISTORY, { r: 'Nothing', id: plan.id }), 'BAD_USER_INPUT', 'resource');
  });

  it("never records a password hash, records failed sign-ins for the account's admins, and a refused write leaves no entry", async () => {
    const [user] = await sql<{ id: string }>("select id::text as id from app_user where username = 'quangtri.editor2'");
    await data('admin', 'mutation P($id: ID!) { updateUser(id: $id, password: "mat-khau-moi-123") { id } }', { id: user.id });
    const entries = (
      await data<{ allAuditEntries: { changes: { field: string; before: string | null; after: string | null }[] }[] }>(
        'admin',
        'query A($id: ID) { allAuditEntries(filter: { targetType: "User", targetId: $id }, perPage: 100) { changes { field before after } } }',
        { id: user.id },
      )
    ).allAuditEntries;
    const text = JSON.stringify(entries);
    expect(entries.length).toBeGreaterThan(0);
    expect(text).not.toMatch(/argon2|password|hash/i);

    const failed = await api.request('mutation { login(username: "quangtri.finance", password: "sai-mat-khau") { token } }');
    expectError(failed, 'UNAUTHENTICATED');
    const [finance] = await sql<{ id: string }>("select id::text as id from app_user where username = 'quangtri.finance'");
    const seen = await data<{ _allAuditEntriesMeta: { count: number } }>(
      'admin',
      'query A($id: ID) { _allAuditEntriesMeta(filter: { operation: "loginFailed", targetId: $id }) { count } }',
      { id: finance.id },
    );
    expect(seen._allAuditEntriesMeta.count).toBeGreaterThanOrEqual(1);

    const plan = await newDraft('Kế hoạch không được sửa');
    const before = Number((await sql<{ n: string }>('select count(*) n from audit_entry'))[0].n);
    expectError(
      await as('quangtri.finance', 'mutation U($id: ID!) { updatePlan(id: $id, title: "x") { id } }', { id: plan.id }),
      'FORBIDDEN',
    );
    expectError(
      await as('kimdong.editor', 'mutation U($id: ID!) { updatePlan(id: $id, title: "x") { id } }', { id: plan.id }),
      'NOT_FOUND',
    );
    const after = Number(
      (await sql<{ n: string }>("select count(*) n from audit_entry where operation <> 'login' and operation <> 'loginFailed'"))[0].n,
    );
    expect(after).toBeLessThanOrEqual(before);
  });
});

describe('Rules', () => {
  it('every rule names a type and a field that the schema has', async () => {
    const schema = await createSchema();
    const unknown: string[] = [];
    for (const [type, fields] of Object.entries(ruleTable)) {
      const found = schema.getType(type);
      if (!found || !isObjectType(found)) {
        unknown.push(type);
        continue;
      }
      for (const field of Object.keys(fields)) if (field !== '*' && !found.getFields()[field]) unknown.push(`${type}.${field}`);
    }
    expect(unknown).toEqual([]);
  });
});
