import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, startApi, type Api } from './support/api';
import { agencyId, createUser, unitId } from './support/catalogue';
import { ownDatabase } from './support/own-database';

/**
 * The yearly cycle as a story on a fixed clock (issue 10): Quảng Trị issues its 2022 plan, its two districts owe
 * reports on 25/5 and 25/11, Cam Lộ reports on time, Triệu Phong once late and once never, the province consolidates;
 * then the same questions from the public, a unit below and an unrelated unit.
 */
let now = new Date('2022-02-14T02:00:00Z');
const at = (iso: string) => {
  now = new Date(iso);
};

let api: Api;
let database: Awaited<ReturnType<typeof ownDatabase>>;
const tokens: Record<string, string> = { public: '' };
type Row = Record<string, unknown>;
const as = async (caller: string, query: string, variables?: object) =>
  api.request<Record<string, never>>(query, variables as never, tokens[caller]);
const data = async <T = Row>(caller: string, query: string, variables?: object): Promise<T> => {
  const result = await as(caller, query, variables);
  expect(result.errors, `${caller}: ${query}`).toBeUndefined();
  return Object.values(result.data!)[0];
};

let province: string, camLo: string, trieuPhong: string, plan: string, planDocument: string;
let camLoAgency: string, trieuPhongAgency: string;

const PLAN = `query P($id: ID!) { Plan(id: $id) { id status symbol registerNumber issuedOn dateLabel reviewComment amendmentNote
  amendedBy { symbol } document { id symbol } signature { authority position signerName } } }`;
const OBLIGATIONS = `query O($filter: ReportingObligationFilter) {
  allReportingObligations(filter: $filter, perPage: 100, sortField: "dueDate") { id dueDate dueLabel periodStart periodEnd status late submittedOn
    administrativeUnit { code } reporterAgency { key } reports { id } }
  _allReportingObligationsMeta(filter: $filter) { count } }`;
const STATUS = `query S($year: Int!, $unit: ID!) { reportingStatus(year: $year, unitId: $unit) { unit { code } due submittedOnTime late overdue open accepted } }`;

type Obligation = {
  id: string;
  dueDate: string;
  status: string;
  late: boolean;
  administrativeUnit: { code: string };
  reporterAgency: { key: string } | null;
};
const obligations = async (caller: string, filter: object) => {
  const result = await as(caller, OBLIGATIONS, { filter });
  expect(result.errors, caller).toBeUndefined();
  const list = result.data!.allReportingObligations as unknown as Obligation[];
  expect((result.data!._allReportingObligationsMeta as unknown as { count: number }).count, caller).toBe(list.length);
  return list;
};
const districtObligation = async (code: string, dueDate: string) =>
  (await obligations('quangtri.approver', { planId: plan })).find((o) => o.administrativeUnit.code === code && o.dueDate === dueDate)!;

/** A district's report on one obligation, with spending, a metric and a result, then submitted by its approver. */
async function report(
  caller: string,
  unit: string,
  agency: string,
  obligationId: string,
  period: [string, string],
  spent: string,
  news: number,
) {
  const created = await data<{ id: string }>(
    caller,
    `mutation R($unit: ID!, $agency: ID!, $o: ID!, $s: Date!, $e: Date!, $spent: Money!, $news: Float!) {
    createReport(title: "Báo cáo kết quả công tác TTĐN", kind: PERIODIC, periodStart: $s, periodEnd: $e, administrativeUnitId: $unit,
      issuingAgencyId: $agency, obligationId: $o, spending: $spent,
      metrics: [{ name: "Tin, bài tuyên truyền", value: $news, unit: "tin" }],
      results: [{ heading: "Tuyên truyền biển, đảo", outcome: "Đã thực hiện", status: DONE }],
      spendingLines: [{ fiscalYear: 2022, source: LOCAL_BUDGET, description: "Ngân sách huyện", spentAmount: $spent }]) { id } }`,
    { unit, agency, o: obligationId, s: period[0], e: period[1], spent, news },
  );
  await data(caller, 'mutation S($id: ID!) { updateReport(id: $id, status: SUBMITTED) { id } }', { id: created.id });
  return created.id;
}
const accept = (id: string) =>
  data('quangtri.approver', 'mutation A($id: ID!) { updateReport(id: $id, status: ACCEPTED) { status } }', { id });

beforeAll(async () => {
  // Issuing the seeded plan and taking numbers changes seeded rows for good: this story runs on its own copy.
  database = await ownDatabase('lifecycle');
  api = await startApi({ clock: () => now, databaseUrl: database.url });
  for (const user of ['admin', 'quangtri.editor', 'quangtri.approver', 'quangtri.finance', 'kimdong.editor', 'botrach.editor'])
    tokens[user] = await api.login(user);
  province = await unitId(api, '45');
  camLo = await unitId(api, '468');
  // Quảng Trị's second district, with its People's Committee, made by the central admin. Each district's lead drafts,
  // signs and (as finance) states what was spent.
  trieuPhong = (
    await data<{ id: string }>(
      'admin',
      `mutation U($p: ID!) { createAdministrativeUnit(code: "464", name: "Triệu Phong",
    fullName: "Huyện Triệu Phong", kind: RURAL_DISTRICT, level: DISTRICT, parentId: $p) { id } }`,
      { p: province },
    )
  ).id;
  trieuPhongAgency = (
    await data<{ id: string }>(
      'admin',
      `mutation A($u: ID!) { createAgency(name: "Ủy ban nhân dân huyện Triệu Phong",
    kind: PEOPLES_COMMITTEE, administrativeUnitId: $u) { id } }`,
      { u: trieuPhong },
    )
  ).id;
  camLoAgency = await agencyId(api, 'camlo.ubnd');
  tokens['camlo.lead'] = await createUser(api, 'camlo.lead', '468', ['EDITOR', 'APPROVER', 'FINANCE']);
  tokens['trieuphong.lead'] = await createUser(api, 'trieuphong.lead', '464', ['EDITOR', 'APPROVER', 'FINANCE']);
  const drafts = await data<{ id: string; title: string }[]>(
    'quangtri.editor',
    `query D($u: ID!) { allPlans(filter: { administrativeUnitId: $u, year: 2022, status: DRAFT }) { id title } }`,
    { u: province },
  );
  plan = drafts.find((p) => p.title.includes('năm 2022'))!.id;
});
afterAll(async () => {
  await api?.stop();
  await database?.drop();
});

describe('Plan lifecycle', () => {
  it('an editor submits, the approver returns it with a comment, and a move the state does not allow is refused naming the state', async () => {
    expectError(await as('quangtri.approver', 'mutation I($id: ID!) { issuePlan(id: $id) { id } }', { id: plan }), 'BAD_USER_INPUT', 'id');
    const refused = await as('quangtri.approver', 'mutation I($id: ID!) { issuePlan(id: $id) { id } }', { id: plan });
    expect(refused.errors![0].message).toContain('DRAFT');
    expectError(await as('quangtri.approver', 'mutation S($id: ID!) { submitPlan(id: $id) { id } }', { id: plan }), 'FORBIDDEN'); // editors submit
    expect(await data('quangtri.editor', 'mutation S($id: ID!) { submitPlan(id: $id) { status } }', { id: plan })).toEqual({
      status: 'IN_REVIEW',
    });
    expectError(
      await as('quangtri.editor', 'mutation R($id: ID!) { returnPlan(id: $id, comment: "Sửa mục 3") { id } }', { id: plan }),
      'FORBIDDEN',
    );
    expectError(
      await as('quangtri.approver', 'mutation R($id: ID!) { returnPlan(id: $id, comment: " ") { id } }', { id: plan }),
      'BAD_USER_INPUT',
      'comment',
    );
    const returned = await data<Row>(
      'quangtri.approver',
      'mutation R($id: ID!) { returnPlan(id: $id, comment: "Bổ sung kinh phí mục 3") { status reviewComment } }',
      { id: plan },
    );
    expect(returned).toEqual({ status: 'DRAFT', reviewComment: 'Bổ sung kinh phí mục 3' });
    expectError(
      await as('quangtri.editor', 'mutation U($id: ID!) { updatePlan(id: $id, status: ISSUED) { id } }', { id: plan }),
      'BAD_USER_INPUT',
      'status',
    );
    expect(
      (
        await as(
          'quangtri.editor',
          'mutation U($id: ID!) { updatePlan(id: $id, status: DRAFT, budgetNote: "Ngân sách tỉnh năm 2022") { id } }',
          { id: plan },
        )
      ).errors,
    ).toBeUndefined();
    await data('quangtri.editor', 'mutation S($id: ID!) { submitPlan(id: $id) { status } }', { id: plan });
  });

  it('the approver issues it: number from the register, symbol, date in Vietnam, signature from the approver', async () => {
    at('2022-02-24T18:30:00Z'); // 01:30 on 25 February in Vietnam
    const issued = await data<Row>('quangtri.approver', 'mutation I($id: ID!) { issuePlan(id: $id) { status symbol } }', { id: plan });
    expect(issued).toEqual({ status: 'ISSUED', symbol: '01/KH-UBND' });
    const read = await data<Row & { document: { id: string } }>('quangtri.approver', PLAN, { id: plan });
    expect(read).toMatchObject({
      registerNumber: 1,
      issuedOn: '2022-02-25',
      dateLabel: 'Quảng Trị, ngày 25 tháng 02 năm 2022',
      reviewComment: null,
      signature: {
        authority: 'TM. ỦY BAN NHÂN DÂN TỈNH\nKT.CHỦ TỊCH',
        position: 'PHÓ CHỦ TỊCH',
        signerName: 'Lãnh đạo UBND tỉnh Quảng Trị',
      },
      document: { symbol: '01/KH-UBND' },
    });
    planDocument = read.document.id;
    const audit = await data<{ operation: string }[]>(
      'admin',
      `query A($id: ID) { allAuditEntries(filter: { targetType: "Plan", targetId: $id }, sortField: "id") { operation } }`,
      { id: plan },
    );
    expect(audit.map((e) => e.operation)).toEqual(['submitPlan', 'returnPlan', 'updatePlan', 'submitPlan', 'issuePlan']);
  });

  it('an issued plan is not edited; an amending plan changes it, and the plan says so', async () => {
    expectError(
      await as('quangtri.editor', 'mutation U($id: ID!) { updatePlan(id: $id, title: "Sửa sau ban hành") { id } }', { id: plan }),
      'FORBIDDEN',
      'title',
    );
    expectError(await as('quangtri.approver', 'mutation I($id: ID!) { issuePlan(id: $id) { id } }', { id: plan }), 'BAD_USER_INPUT', 'id');
    // What stays editable: an activity's progress, and finance's amounts.
    const parts = await data<{ activities: { id: string }[]; budgetLines: { id: string }[] }>(
      'quangtri.finance',
      'query P($id: ID!) { Plan(id: $id) { activities { id } budgetLines { id } } }',
      { id: plan },
    );
    expect(
      await data('quangtri.editor', 'mutation A($id: ID!) { updateActivity(id: $id, progress: 40, status: IN_PROGRESS) { progress } }', {
        id: parts.activities[0].id,
      }),
    ).toEqual({ progress: 40 });
    expectError(
      await as('quangtri.editor', 'mutation A($id: ID!) { updateActivity(id: $id, title: "Đổi tên") { id } }', {
        id: parts.activities[0].id,
      }),
      'FORBIDDEN',
    );
    expect(
      await data(
        'quangtri.finance',
        'mutation B($id: ID!) { updateBudgetLine(id: $id, allocatedAmount: "15000000") { allocatedAmount } }',
        { id: parts.budgetLines[0].id },
      ),
    ).toEqual({ allocatedAmount: '15000000' });
    const amending = await data<{ id: string }>(
      'quangtri.editor',
      `mutation C($u: ID!, $a: ID!, $d: ID!) { createPlan(title: "Kế hoạch sửa đổi Kế hoạch TTĐN năm 2022",
      startYear: 2022, endYear: 2022, administrativeUnitId: $u, issuingAgencyId: $a, legalBases: [{ documentId: $d, kind: AMENDS }]) { id } }`,
      { u: province, a: await agencyId(api, 'quangtri.ubnd'), d: planDocument },
    );
    await data('quangtri.editor', 'mutation S($id: ID!) { submitPlan(id: $id) { id } }', { id: amending.id });
    at('2022-04-03T03:00:00Z');
    expect(await data('quangtri.approver', 'mutation I($id: ID!) { issuePlan(id: $id) { symbol } }', { id: amending.id })).toEqual({
      symbol: '02/KH-UBND',
    });
    for (const caller of ['public', 'kimdong.editor']) {
      const seen = await as(caller, 'query P($id: ID!) { Plan(id: $id) { amendedBy { symbol } amendmentNote } }', { id: plan });
      expect(seen.data!.Plan, caller).toEqual({
        amendedBy: [{ symbol: '02/KH-UBND' }],
        amendmentNote: 'Đã được sửa đổi bởi Kế hoạch số 02/KH-UBND ngày 03/04/2022',
      });
    }
    expectError(
      await as('quangtri.approver', 'mutation X($id: ID!) { cancelPlan(id: $id, reason: "") { id } }', { id: amending.id }),
      'BAD_USER_INPUT',
      'reason',
    );
    expect(
      await data('quangtri.approver', 'mutation X($id: ID!) { cancelPlan(id: $id, reason: "Ban hành nhầm") { status cancelReason } }', {
        id: amending.id,
      }),
    ).toEqual({ status: 'CANCELLED', cancelReason: 'Ban hành nhầm' });
    expect((await as('public', 'query P($id: ID!) { Plan(id: $id) { amendedBy { symbol } } }', { id: plan })).data!.Plan).toEqual({
      amendedBy: [],
    });
  });

  it('next year starts from this year: copyPlan makes a draft with the parts carried over and the dates moved', async () => {
    expectError(await as('kimdong.editor', 'mutation C($id: ID!) { copyPlan(id: $id, year: 2023) { id } }', { id: plan }), 'FORBIDDEN');
    expectError(
      await as('quangtri.editor', 'mutation C($id: ID!) { copyPlan(id: $id, year: 3000) { id } }', { id: plan }),
      'BAD_USER_INPUT',
      'year',
    );
    const copy = await data<Row & { id: string; activities: unknown[]; budgetLines: Row[]; reportingRequirements: { dueDates: Row[] }[] }>(
      'quangtri.editor',
      `mutation C($id: ID!) { copyPlan(id: $id, year: 2023) { id title status symbol issuedOn startYear endYear signature { signerName position }
        activities { id schedule { startDate } } legalBases { kind } responsibilities { duties }
        reportingRequirements { dueDates { label recurringMonth recurringDay } } budgetLines { fiscalYear plannedAmount allocatedAmount spentAmount } } }`,
      { id: plan },
    );
    const source = await data<{ activities: { schedule: { startDate: string | null } }[]; legalBases: unknown[]; budgetLines: Row[] }>(
      'quangtri.editor',
      'query P($id: ID!) { Plan(id: $id) { activities { schedule { startDate } } legalBases { kind } budgetLines { plannedAmount } } }',
      { id: plan },
    );
    expect(copy).toMatchObject({
      status: 'DRAFT',
      symbol: null,
      issuedOn: null,
      startYear: 2023,
      endYear: 2023,
      signature: { signerName: null, position: 'PHÓ CHỦ TỊCH' },
    });
    expect(copy.title).toContain('2023');
    expect(copy.activities).toHaveLength(source.activities.length);
    expect((copy.legalBases as unknown[]).length).toBe(source.legalBases.length);
    const firstDated = source.activities.findIndex((a) => a.schedule.startDate);
    expect((copy.activities[firstDated] as { schedule: { startDate: string } }).schedule.startDate).toBe(
      source.activities[firstDated].schedule.startDate!.replace('2022', '2023'),
    );
    expect(copy.reportingRequirements[0].dueDates).toEqual([
      { label: '25/5', recurringMonth: 5, recurringDay: 25 },
      { label: '25/11', recurringMonth: 11, recurringDay: 25 },
    ]);
    expect(copy.budgetLines.every((l) => l.fiscalYear === 2023 && l.allocatedAmount === null && l.spentAmount === null)).toBe(true);
    expect(copy.budgetLines.map((l) => l.plannedAmount)).toEqual(source.budgetLines.map((l) => l.plannedAmount));
    await data('quangtri.editor', 'mutation D($id: ID!) { deletePlan(id: $id) { id } }', { id: copy.id });
  });

  it('twenty approvals at the same moment take twenty different numbers with none skipped, restarting at 01 in a new year', async () => {
    at('2023-01-02T03:00:00Z');
    const agency = await agencyId(api, 'quangtri.ubnd');
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) {
      const created = await data<{ id: string }>(
        'quangtri.editor',
        `mutation C($u: ID!, $a: ID!, $t: String!) { createPlan(title: $t, startYear: 2023, endYear: 2023,
        administrativeUnitId: $u, issuingAgencyId: $a, status: IN_REVIEW) { id } }`,
        { u: province, a: agency, t: `Kế hoạch chuyên đề số ${i + 1} năm 2023` },
      );
      ids.push(created.id);
    }
    const results = await Promise.all(
      ids.map((id) => as('quangtri.approver', 'mutation I($id: ID!) { issuePlan(id: $id) { symbol registerNumber } }', { id })),
    );
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const numbers = results.map((r) => (r.data!.issuePlan as unknown as { registerNumber: number }).registerNumber).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(new Set(results.map((r) => (r.data!.issuePlan as unknown as { symbol: string }).symbol)).size).toBe(20);
    at('2022-05-01T03:00:00Z');
  });
});

describe('ReportingObligation', () => {
  it('issuing the plan gave each district an obligation for 25/5 and 25/11, and each agency with duties its own', async () => {
    const all = await obligations('quangtri.approver', { planId: plan });
    const districts = all.filter((o) => o.administrativeUnit.code !== '45').map((o) => [o.administrativeUnit.code, o.dueDate, o.status]);
    expect(districts.sort()).toEqual([
      ['464', '2022-05-25', 'OPEN'],
      ['464', '2022-11-25', 'OPEN'],
      ['468', '2022-05-25', 'OPEN'],
      ['468', '2022-11-25', 'OPEN'],
    ]);
    const agencies = new Set(all.filter((o) => o.administrativeUnit.code === '45').map((o) => o.reporterAgency?.key));
    expect(agencies).toContain('quangtri.baoquangtri');
    expect(agencies).not.toContain('quangtri.stttt'); // it gathers the reports, it does not owe one
  });

  it('the seed plans have theirs too, a yearly one without a date taking the default and saying so', async () => {
    const list = await data<{ dueDate: string; dueLabel: string; defaultDue: boolean; administrativeUnit: { code: string } }[]>(
      'botrach.editor',
      '{ allReportingObligations(perPage: 100) { dueDate dueLabel defaultDue administrativeUnit { code } } }',
    );
    expect(list.filter((o) => o.dueDate === '2021-11-30').map((o) => o.administrativeUnit.code)).toEqual(
      expect.arrayContaining(['19165', '19147']),
    );
    const yearly = list.find((o) => o.defaultDue)!;
    expect(yearly).toMatchObject({ dueDate: '2021-12-15', administrativeUnit: { code: '455' } });
    expect(yearly.dueLabel).toContain('mặc định');
  });

  it('a report fulfils an obligation: submitted before midnight Vietnam time is on time, after it late; accepting moves it', async () => {
    const may = await districtObligation('468', '2022-05-25');
    expectError(
      await as(
        'camlo.lead',
        `mutation R($u: ID!, $a: ID!, $o: ID!) { createReport(title: "x", kind: PERIODIC, periodStart: "2022-01-01", periodEnd: "2022-05-25",
      administrativeUnitId: $u, issuingAgencyId: $a, obligationId: $o) { id } }`,
        { u: camLo, a: camLoAgency, o: (await districtObligation('464', '2022-05-25')).id },
      ),
      'BAD_USER_INPUT',
      'obligationId',
    );
    at('2022-05-25T16:30:00Z'); // 23:30 on 25 May in Vietnam
    const camLoMay = await report('camlo.lead', camLo, camLoAgency, may.id, ['2022-01-01', '2022-05-25'], '30000000', 12);
    expect(await districtObligation('468', '2022-05-25')).toMatchObject({ status: 'SUBMITTED', late: false, submittedOn: '2022-05-25' });
    at('2022-05-25T17:30:00Z'); // still 25 May in UTC, but 00:30 on 26 May in Vietnam
    expect((await districtObligation('464', '2022-05-25')).status).toBe('OVERDUE');
    const tpMay = await report(
      'trieuphong.lead',
      trieuPhong,
      trieuPhongAgency,
      (await districtObligation('464', '2022-05-25')).id,
      ['2022-01-01', '2022-05-25'],
      '20000000',
      8,
    );
    expect(await districtObligation('464', '2022-05-25')).toMatchObject({ status: 'LATE', late: true, submittedOn: '2022-05-26' });
    at('2022-06-02T03:00:00Z');
    await accept(camLoMay);
    await accept(tpMay);
    expect(await districtObligation('468', '2022-05-25')).toMatchObject({ status: 'ACCEPTED', late: false });
    expect(await districtObligation('464', '2022-05-25')).toMatchObject({ status: 'ACCEPTED', late: true });
    at('2022-11-20T03:00:00Z');
    await accept(
      await report(
        'camlo.lead',
        camLo,
        camLoAgency,
        (await districtObligation('468', '2022-11-25')).id,
        ['2022-05-26', '2022-11-25'],
        '25000000',
        10,
      ),
    );
  });

  it('Triệu Phong never reports for 25/11: open until the end of that day, overdue on 26/11', async () => {
    at('2022-11-25T16:59:00Z'); // 23:59 on 25 November in Vietnam
    expect((await districtObligation('464', '2022-11-25')).status).toBe('OPEN');
    at('2022-11-25T17:00:00Z'); // 00:00 on 26 November in Vietnam
    expect((await districtObligation('464', '2022-11-25')).status).toBe('OVERDUE');
    const overdue = await obligations('quangtri.approver', { planId: plan, status: 'OVERDUE', administrativeUnitId: trieuPhong });
    expect(overdue.map((o) => o.dueDate)).toEqual(['2022-11-25']);
  });

  it('reportingStatus counts per unit below: due, on time, late, overdue', async () => {
    const rows = await data<Row[]>('quangtri.approver', STATUS, { year: 2022, unit: province });
    expect(rows).toEqual([
      { unit: { code: '464' }, due: 2, submittedOnTime: 0, late: 1, overdue: 1, open: 0, accepted: 1 },
      { unit: { code: '468' }, due: 2, submittedOnTime: 2, late: 0, overdue: 0, open: 0, accepted: 2 },
    ]);
  });
});

describe('Consolidation', () => {
  it('the province consolidates: sums equal the accepted reports, results keep their unit, the coverage line names who is missing', async () => {
    expectError(
      await as(
        'camlo.lead',
        'mutation C($u: ID!) { consolidateReports(unitId: $u, periodStart: "2022-01-01", periodEnd: "2022-12-31") { id } }',
        { u: province },
      ),
      'FORBIDDEN',
      'unitId',
    );
    const consolidated = await data<{
      id: string;
      status: string;
      spending: string;
      metrics: Row[];
      sections: { body: string }[];
      results: { heading: string }[];
      spendingLines: Row[];
    }>(
      'quangtri.approver',
      `mutation C($u: ID!) { consolidateReports(unitId: $u, periodStart: "2022-01-01", periodEnd: "2022-12-31") {
        id status spending metrics { name value unit } sections { heading body } results { heading outcome }
        spendingLines { fiscalYear source spentAmount } } }`,
      { u: province },
    );
    const accepted = await data<{ spending: string; metrics: { value: number }[]; administrativeUnit: { code: string } }[]>(
      'quangtri.approver',
      `query R($u: ID!) { allReports(filter: { administrativeUnitId: $u, status: ACCEPTED, year: 2022 }, perPage: 100) { spending metrics { value } administrativeUnit { code } } }`,
      { u: province },
    );
    const fromDistricts = accepted.filter((r) => r.administrativeUnit.code !== '45');
    const total = fromDistricts.reduce((sum, r) => sum + BigInt(r.spending), 0n);
    expect(total).toBe(75_000_000n);
    expect(consolidated.status).toBe('DRAFT');
    expect(consolidated.spending).toBe(total.toString());
    expect(consolidated.spendingLines).toEqual([{ fiscalYear: 2022, source: 'LOCAL_BUDGET', spentAmount: total.toString() }]);
    expect(consolidated.metrics).toEqual([
      { name: 'Tin, bài tuyên truyền', value: fromDistricts.reduce((s, r) => s + r.metrics[0].value, 0), unit: 'tin' },
    ]);
    expect(consolidated.results.map((r) => r.heading.split(':')[0])).toEqual(['Huyện Triệu Phong', 'Huyện Cam Lộ', 'Huyện Cam Lộ']); // by unit code, then period
    expect(consolidated.sections[0].body).toContain('Chưa báo cáo: Huyện Triệu Phong (hạn 25/11/2022)');
    expect(consolidated.sections[0].body).not.toContain('Cam Lộ (hạn');
  });

  it('budgetSummary groups by reporting period and keeps planned apart from what reports state as spent', async () => {
    const summary = await data<{ rows: Row[]; total: Row }>(
      'quangtri.approver',
      `query B($u: ID!) { budgetSummary(groupBy: [REPORTING_PERIOD],
      filter: { administrativeUnitId: $u, fiscalYear: 2022 }) { rows { reportingPeriod plannedInPlans spentInReports } total { plannedInPlans spentInReports } } }`,
      { u: camLo },
    );
    expect(summary.rows).toEqual([
      { reportingPeriod: '2022-01-01/2022-05-25', plannedInPlans: '0', spentInReports: '30000000' },
      { reportingPeriod: '2022-05-26/2022-11-25', plannedInPlans: '0', spentInReports: '25000000' },
    ]);
    expect(summary.total).toEqual({ plannedInPlans: '0', spentInReports: '55000000' });
  });
});

describe('Who sees the cycle', () => {
  it('the public sees the issued plan but not its review comment, obligations or reporting status', async () => {
    const read = await as('public', 'query P($id: ID!) { Plan(id: $id) { symbol reviewComment } }', { id: plan });
    expect(read.data!.Plan).toEqual({ symbol: '01/KH-UBND', reviewComment: null });
    expectError(read, 'FORBIDDEN');
    expectError(await as('public', OBLIGATIONS, { filter: { planId: plan } }), 'FORBIDDEN');
    expectError(await as('public', STATUS, { year: 2022, unit: province }), 'FORBIDDEN');
  });

  it('a unit below sees its own obligations and status only, not its neighbour’s nor the province’s report', async () => {
    const own = await obligations('camlo.lead', { planId: plan });
    expect(new Set(own.map((o) => o.administrativeUnit.code))).toEqual(new Set(['468']));
    expect(await data('camlo.lead', STATUS, { year: 2022, unit: province })).toEqual([
      { unit: { code: '468' }, due: 2, submittedOnTime: 2, late: 0, overdue: 0, open: 0, accepted: 2 },
    ]);
    const neighbour = await districtObligation('464', '2022-11-25');
    expectError(
      await as('camlo.lead', 'query O($id: ID!) { ReportingObligation(id: $id) { id } }', { id: neighbour.id }),
      'NOT_FOUND',
      'id',
    );
    const reports = await data<{ administrativeUnit: { code: string } }[]>(
      'camlo.lead',
      '{ allReports(perPage: 100) { administrativeUnit { code } } }',
    );
    expect(reports.length).toBeGreaterThan(0);
    expect(new Set(reports.map((r) => r.administrativeUnit.code))).toEqual(new Set(['468'])); // not Triệu Phong's, not the province's consolidation
  });

  it('an unrelated unit sees none of it, and a count says the same', async () => {
    expect(await obligations('kimdong.editor', { planId: plan })).toEqual([]);
    expect(await data('kimdong.editor', STATUS, { year: 2022, unit: province })).toEqual([]);
    const one = await districtObligation('468', '2022-05-25');
    expectError(await as('kimdong.editor', 'query O($id: ID!) { ReportingObligation(id: $id) { id } }', { id: one.id }), 'NOT_FOUND', 'id');
  });
});

describe('Calendar', () => {
  it('a user gets a private feed of their unit’s deadlines; renewing the secret ends the old URL', async () => {
    const base = api.url.replace(/\/graphql$/, '');
    const path = await data<string>('camlo.lead', 'mutation { renewCalendarFeed }');
    expect(path).toMatch(/^\/calendar\/[A-Za-z0-9_-]{40,}\.ics$/);
    const feed = await fetch(base + path);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toContain('text/calendar');
    const text = await feed.text();
    expect(text).toContain('BEGIN:VCALENDAR');
    expect(text).toContain('DTSTART;VALUE=DATE:20220525');
    expect(text).toContain('DTSTART;VALUE=DATE:20221125');
    expect(text).not.toContain('Triệu Phong');
    const renewed = await data<string>('camlo.lead', 'mutation { renewCalendarFeed }');
    expect((await fetch(base + path)).status).toBe(404);
    expect((await fetch(base + renewed)).status).toBe(200);
    expectError(await as('public', 'mutation { renewCalendarFeed }'), 'FORBIDDEN');
  });
});
