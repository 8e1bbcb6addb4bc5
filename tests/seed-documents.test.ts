import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LegalDocumentsDocument, PlansDocument, ReportsDocument, type PlanDetailFragment } from './generated/graphql';
import { startApi, type Api } from './support/api';

/**
 * Each of the five source documents in shared/seed-documents, read back through the API:
 * counts taken from the printed text, and named facts that would break if a part were lost.
 */
let api: Api;
let plans: PlanDetailFragment[];
const plan = (code: string, year: number) => {
  const found = plans.find((p) => p.administrativeUnit.code === code && p.startYear === year);
  expect(found, `plan of unit ${code} for ${year}`).toBeDefined();
  return found!;
};
const activity = (p: PlanDetailFragment, label: string) => p.activities.find((a) => a.label === label)!;
const kinds = (p: PlanDetailFragment) =>
  p.legalBases.reduce<Record<string, number>>((acc, b) => ({ ...acc, [b.kind]: (acc[b.kind] ?? 0) + 1 }), {});
const duties = (p: PlanDetailFragment) => p.responsibilities.reduce((n, r) => n + r.duties.length, 0);

beforeAll(async () => {
  api = await startApi({ as: 'trunguong.viewer' });
  const result = await api.request(PlansDocument, { perPage: 100 });
  expect(result.errors).toBeUndefined();
  plans = result.data!.allPlans;
});
afterAll(() => api.stop());

describe('Seed documents', () => {
  it('000: plan 65/KH-UBND of Bố Trạch is complete', () => {
    const p = plan('455', 2021);
    expect(p).toMatchObject({ symbol: '65/KH-UBND', issuedOn: '2021-01-14', status: 'ISSUED', place: 'Bố Trạch' });
    expect(p.activities.filter((a) => !a.parentId)).toHaveLength(3);
    expect(p.activities).toHaveLength(12);
    expect(kinds(p)).toEqual({ IMPLEMENTS: 1 });
    expect(p.legalBases[0].document.symbol).toBe('194/KH-UBND');
    expect(p.parentPlan?.symbol).toBe('194/KH-UBND');
    expect(p.responsibilities).toHaveLength(4);
    expect(duties(p)).toBe(11);
    expect(p.recipients).toHaveLength(10);
    expect(p.reportingRequirements.flatMap((r) => r.dueDates)).toEqual([
      expect.objectContaining({ label: 'trước ngày 30/11/2021', dueDate: '2021-11-30' }),
    ]);
    expect(p.reportingRequirements.map((r) => r.reportTo)).toContain('Sở Thông tin và Truyền thông');
    const thuongTrach = activity(p, '2.3');
    expect(thuongTrach.location).toBe('xã Thượng Trạch');
    expect(thuongTrach.participants).toContainEqual(
      expect.objectContaining({ role: 'COORDINATING', agency: expect.objectContaining({ administrativeUnit: { code: 'VN' } }) }),
    );
    // As printed: the Phòng coordinates with the Centre; nobody is printed as leading.
    expect(thuongTrach.participants.map((x) => x.role)).toEqual(['COORDINATING', 'COORDINATING']);
    expect(activity(p, '1.2').location).toBe('thị trấn Phong Nha');
    expect(p.signature).toEqual({
      authority: 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH',
      position: 'PHÓ CHỦ TỊCH',
      signerName: 'Nguyễn Hữu Hồng',
    });
  });

  it('001: the Kim Động draft implementing 57-KL/TW is complete and stays a draft', () => {
    const p = plan('331', 2023);
    expect(p).toMatchObject({ status: 'DRAFT', symbol: null, issuedOn: null, endYear: null });
    expect(p.activities.filter((a) => !a.parentId)).toHaveLength(5);
    expect(p.activities).toHaveLength(20);
    expect(kinds(p)).toEqual({ IMPLEMENTS: 4, REFERENCES: 6 });
    expect(p.legalBases.map((b) => b.document.symbol)).toEqual(
      expect.arrayContaining(['57-KL/TW', '211-KH/TU', '139/KH-UBND', '110-KH/HU']),
    );
    expect(p.parentPlan?.symbol).toBe('139/KH-UBND');
    expect(p.responsibilities).toHaveLength(8);
    expect(duties(p)).toBe(28);
    expect(p.recipients).toHaveLength(5);
    expect(activity(p, '3.4').participants).toContainEqual(expect.objectContaining({ role: 'LEAD' }));
    expect(p.signature?.signerName).toBe('Vũ Thị Chanh');
  });

  it('002: the Quảng Trị 2022 draft has its 14 activities with agencies and quarters', () => {
    const p = plan('45', 2022);
    expect(p).toMatchObject({ status: 'DRAFT', symbol: null, dateLabel: 'Quảng Trị, ngày tháng 02 năm 2022' });
    expect(p.activities.filter((a) => !a.parentId)).toHaveLength(14);
    expect(p.activities).toHaveLength(14);
    expect(kinds(p)).toEqual({ BASIS: 4, REFERENCES: 7 });
    expect(p.legalBases.filter((b) => b.kind === 'BASIS').map((b) => b.document.symbol)).toEqual([
      '72/2015/NĐ-CP',
      '22/2016/TT-BTTTT',
      '25/2019/QĐ-UBND',
      '5406/BTTTT-TTĐN',
    ]);
    expect(activity(p, '6').schedule).toEqual({
      label: 'Quý II và IV/2022',
      startDate: '2022-04-01',
      endDate: '2022-12-31',
      quarters: [2, 4],
      continuous: false,
    });
    expect(activity(p, '6').participants.map((x) => x.role)).toEqual(['LEAD', 'ADVISORY', 'ADVISORY']);
    const camLo = activity(p, '5');
    expect(camLo.participants.filter((x) => x.role === 'LEAD')).toHaveLength(3);
    expect(camLo.participants.map((x) => x.agency.administrativeUnit.code)).toContain('468');
    expect(activity(p, '13').schedule.label).toBeNull();
    expect(activity(p, '13').citedDocuments.map((d) => d.symbol)).toContain('28/CT-TTg');
    // Báo Quảng Trị, the Đài and Tạp chí Cửa Việt share one printed duty: one responsibility, not three copies.
    expect(p.responsibilities).toHaveLength(6);
    expect(duties(p)).toBe(6);
    expect(p.recipients).toHaveLength(9);
    expect(p.budgetLines!.map((l) => l.source).sort()).toEqual(['CENTRAL_SUPPORT', 'LOCAL_BUDGET', 'OTHER_LEGAL', 'SOCIALIZED']);
    expect(p.reportingRequirements[0].dueDates.map((d) => [d.recurringDay, d.recurringMonth])).toEqual([
      [25, 5],
      [25, 11],
    ]);
    expect(p.signature?.signerName).toBe('Hoàng Nam');
  });

  it('003: the Đức Phổ 2022 plan implements provincial plan 37/KH-UBND', () => {
    const p = plan('534', 2022);
    expect(p.parentPlan?.symbol).toBe('37/KH-UBND');
    expect(p.activities.filter((a) => !a.parentId)).toHaveLength(7);
    expect(p.activities).toHaveLength(9);
    expect(p.activities.map((a) => a.label)).toEqual(expect.arrayContaining(['7.a', '7.b']));
    expect(kinds(p)).toEqual({ BASIS: 3, IMPLEMENTS: 1, REFERENCES: 1 });
    expect(activity(p, '2').schedule.quarters).toEqual([2]);
    expect(activity(p, '3').schedule.continuous).toBe(true);
    expect(p.responsibilities).toHaveLength(7);
    expect(duties(p)).toBe(14);
    expect(p).toMatchObject({ status: 'ISSUED', symbol: null, issuedOn: null, place: null });
    expect(p.recipients).toHaveLength(11);
    expect(p.budgetLines!.map((l) => l.source).sort()).toEqual(['LOCAL_BUDGET', 'OTHER_LEGAL']);
    expect(p.reportingRequirements.flatMap((r) => r.dueDates)).toContainEqual(expect.objectContaining({ dueDate: '2022-11-20' }));
    expect(p.signature?.signerName).toBe('Võ Thanh Hùng');
  });

  it('004: the Khánh Sơn 2019 report keeps its figures exact: 54,000,000 = 24,000,000 + 30,000,000', async () => {
    const result = await api.request(ReportsDocument, { filter: {} });
    const report = result.data!.allReports.find((r) => r.administrativeUnit!.code === '575')!;
    // "đã bố trí 54.000.000đ" is an allocation, not spending.
    expect(report).toMatchObject({ kind: 'THEMATIC', symbol: null, periodStart: '2019-01-01', periodEnd: '2019-12-31', spending: null });
    expect(report.respondsTo?.symbol).toBe('2337/STTTT-TTBCXB');
    expect(report.subjects!.map((d) => d.symbol).sort()).toEqual(['1486/QĐ-TTg', '368/QĐ-TTg']);
    expect(report.spendingLines!.map((l) => [l.allocatedAmount, l.spentAmount])).toEqual([
      ['24000000', null],
      ['30000000', null],
    ]);
    expect(report.metrics).toContainEqual({ name: 'Đoàn phóng viên, báo chí nước ngoài đến làm việc', value: 0, unit: 'đoàn' });
    expect(report.results).toHaveLength(9);
    expect(report.results!.find((r) => r.heading.startsWith('đ)'))?.status).toBe('NONE');
    expect(report.results!.filter((r) => r.status === null)).toHaveLength(8);
    expect(report.nextTasks).toHaveLength(5);
    expect(report.nextTasks![0]).toMatch(/^Xây dựng Kế hoạch thông tin đối ngoại huyện Khánh Sơn năm 2020/);
    expect(report.recommendations).toBe('Không');
    expect(report.recipients).toHaveLength(3);
    expect(report.signature?.signerName).toBe('Bồ Bồ Thị Yến');
  });

  it('a document cited by several texts is stored once and knows who cites it', async () => {
    const result = await api.request(LegalDocumentsDocument, { filter: { symbol: '72/2015/NĐ-CP' } });
    expect(result.data!._allLegalDocumentsMeta.count).toBe(1);
    const [decree] = result.data!.allLegalDocuments;
    expect(decree).toMatchObject({
      number: '72',
      symbolYear: 2015,
      typeCode: 'NĐ',
      issuerCode: 'CP',
      issuedOn: '2015-09-07',
      documentType: 'DECREE',
    });
    // Other test files may add plans citing it too; the two seeded texts must be there, each once.
    const citing = decree.citedBy.map((p) => p.id);
    expect(citing).toEqual(expect.arrayContaining([plan('45', 2022).id, plan('534', 2022).id]));
    expect(new Set(citing).size).toBe(citing.length);
  });

  it('what a document only implies is marked inferred: the 36 participants of 000 and 001 taken from "Tổ chức thực hiện"', async () => {
    const result = await api.request<{
      allPlans: { administrativeUnit: { code: string }; activities: { participants: { source: string }[] }[] }[];
    }>(`{ allPlans(perPage: 100) { administrativeUnit { code } activities { participants { source } } } }`);
    const sources = (code: string) =>
      result
        .data!.allPlans.filter((p) => p.administrativeUnit.code === code)
        .flatMap((p) => p.activities.flatMap((a) => a.participants.map((x) => x.source)));
    expect([...sources('455'), ...sources('331')].filter((s) => s === 'INFERRED')).toHaveLength(36);
    expect(sources('45')).not.toContain('INFERRED');
  });

  it('several agencies on one line, joint issuers, inferred issuers and misprinted symbols are kept as printed', async () => {
    const result = await api.request<{
      allPlans: {
        administrativeUnit: { code: string };
        recipients: { name: string; agencies: { key: string }[] }[];
        responsibilities: { agency: { key: string }; sharedWith: { key: string }[] }[];
        reportingRequirements: { reportTo: string; reportToAgencies: { key: string }[] }[];
      }[];
      allLegalDocuments: {
        key: string;
        symbol: string | null;
        printedSymbol: string | null;
        symbolNote: string | null;
        issuerSource: string;
        coIssuers: { key: string }[];
        citedByReports: { id: string }[];
      }[];
    }>(
      `{ allPlans(perPage: 100, filter: { year: 2022 }) { administrativeUnit { code } recipients { name agencies { key } }
          responsibilities { agency { key } sharedWith { key } } reportingRequirements { reportTo reportToAgencies { key } } }
         allLegalDocuments(perPage: 500) { key symbol printedSymbol symbolNote issuerSource coIssuers { key } citedByReports { id } } }`,
    );
    expect(result.errors).toBeUndefined();
    const quangTri = result.data!.allPlans.find((p) => p.administrativeUnit.code === '45')!;
    expect(
      quangTri.recipients
        .find((r) => r.name.startsWith('TT/Tỉnh ủy'))!
        .agencies.map((a) => a.key)
        .sort(),
    ).toEqual(['quangtri.hdnd', 'quangtri.tinhuy']);
    expect(
      quangTri.responsibilities
        .find((r) => r.agency.key === 'quangtri.baoquangtri')!
        .sharedWith.map((a) => a.key)
        .sort(),
    ).toEqual(['quangtri.daiptth', 'quangtri.tapchicuaviet']);
    expect(quangTri.reportingRequirements.map((r) => r.reportTo)).toEqual(['UBND tỉnh', 'UBND tỉnh']);
    const doc = (key: string) => result.data!.allLegalDocuments.find((d) => d.key === key)!;
    expect(doc('5115/CTr-BTTTT-BTLBP').coIssuers.map((a) => a.key)).toEqual(['vn.btlbp']);
    expect(doc('04-CT/TW').issuerSource).toBe('INFERRED');
    expect(doc('luat-ngan-sach-nha-nuoc').issuerSource).toBe('INFERRED');
    expect(doc('72/2015/NĐ-CP').issuerSource).toBe('PRINTED');
    expect(doc('25-CT/TW')).toMatchObject({ symbol: '25-CT/TW', printedSymbol: '25 - CT/TW' });
    expect(doc('09/2016/NĐ-CP')).toMatchObject({
      symbol: '09/2017/NĐ-CP',
      printedSymbol: '09/2016/NĐ-CP',
      symbolNote: expect.stringContaining('09/2017/NĐ-CP'),
    });
    // The Khánh Sơn report cites 72/2015/NĐ-CP and answers 2337/STTTT-TTBCXB; a viewer of the whole country sees both links.
    expect(doc('72/2015/NĐ-CP').citedByReports).toHaveLength(1);
    expect(doc('2337/STTTT-TTBCXB').citedByReports).toHaveLength(1);
  });

  it('the public cannot see through citedByReports a report it may not read', async () => {
    const result = await api.request<{ allLegalDocuments: { citedByReports: unknown[] }[] }>(
      `{ allLegalDocuments(filter: { symbol: "72/2015/NĐ-CP" }) { citedByReports { id } } }`,
      {},
      '',
    );
    expect(result.data!.allLegalDocuments[0].citedByReports).toEqual([]);
  });

  it('the Đức Phổ plan, in force with its number lost, is issued and public', async () => {
    const result = await api.request<{
      allPlans: { numberUnknown: boolean; symbol: string | null; place: string | null; status: string }[];
    }>(
      `{ allPlans(filter: { administrativeUnitId: "${plan('534', 2022).administrativeUnit.id}" }) { numberUnknown symbol place status } }`,
      {},
      '',
    );
    expect(result.data!.allPlans).toContainEqual({ numberUnknown: true, symbol: null, place: null, status: 'ISSUED' });
  });

  it('a schedule is a set of periods: "Quý II và IV/2022" is found in the second quarter, not the third', async () => {
    const during = async (startDate: string, endDate: string) => {
      const result = await api.request<{ allActivities: { label: string; schedule: { periods: { startDate: string }[] } }[] }>(
        `query A($planId: ID, $during: PeriodInput) { allActivities(perPage: 100, filter: { planId: $planId, during: $during }) { label schedule { periods { startDate } } } }`,
        { planId: plan('45', 2022).id, during: { startDate, endDate } },
      );
      expect(result.errors).toBeUndefined();
      return result.data!.allActivities;
    };
    const q2 = await during('2022-04-01', '2022-06-30');
    expect(q2.find((a) => a.label === '6')?.schedule.periods.map((p) => p.startDate)).toEqual(['2022-04-01', '2022-10-01']);
    expect((await during('2022-07-01', '2022-09-30')).map((a) => a.label)).not.toContain('6');
  });

  it('demo rows are marked and stay out of budget figures unless the filter asks for them', async () => {
    const query = `query S($filter: BudgetLineFilter) { budgetSummary(groupBy: [PLAN], filter: $filter) { rows { plan { title demo } } } }`;
    const demoIn = async (filter: object) => {
      const result = await api.request<{ budgetSummary: { rows: { plan: { demo: boolean } | null }[] } }>(query, { filter });
      expect(result.errors).toBeUndefined();
      return result.data!.budgetSummary.rows.some((r) => r.plan?.demo);
    };
    expect(await demoIn({})).toBe(false);
    expect(await demoIn({ includeDemo: true })).toBe(true);
  });
});
