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
const kinds = (p: PlanDetailFragment) => p.legalBases.reduce<Record<string, number>>((acc, b) => ({ ...acc, [b.kind]: (acc[b.kind] ?? 0) + 1 }), {});
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
    expect(p.reportingRequirements.flatMap((r) => r.dueDates)).toEqual([expect.objectContaining({ label: 'trước ngày 30/11/2021', dueDate: '2021-11-30' })]);
    const thuongTrach = activity(p, '2.3');
    expect(thuongTrach.location).toBe('xã Thượng Trạch');
    expect(thuongTrach.participants).toContainEqual(expect.objectContaining({ role: 'COORDINATING', agency: expect.objectContaining({ administrativeUnit: { code: 'VN' } }) }));
    expect(activity(p, '1.2').location).toBe('thị trấn Phong Nha');
    expect(p.signature).toEqual({ authority: 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', signerName: 'Nguyễn Hữu Hồng' });
  });

  it('001: the Kim Động draft implementing 57-KL/TW is complete and stays a draft', () => {
    const p = plan('331', 2023);
    expect(p).toMatchObject({ status: 'DRAFT', symbol: null, issuedOn: null });
    expect(p.activities.filter((a) => !a.parentId)).toHaveLength(5);
    expect(p.activities).toHaveLength(20);
    expect(kinds(p)).toEqual({ IMPLEMENTS: 4, REFERENCES: 6 });
    expect(p.legalBases.map((b) => b.document.symbol)).toEqual(expect.arrayContaining(['57-KL/TW', '211-KH/TU', '139/KH-UBND', '110-KH/HU']));
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
    expect(p.activities).toHaveLength(17);
    expect(kinds(p)).toEqual({ BASIS: 4, REFERENCES: 7 });
    expect(p.legalBases.filter((b) => b.kind === 'BASIS').map((b) => b.document.symbol)).toEqual(['72/2015/NĐ-CP', '22/2016/TT-BTTTT', '25/2019/QĐ-UBND', '5406/BTTTT-TTĐN']);
    expect(activity(p, '6').schedule).toEqual({ label: 'Quý II và IV/2022', startDate: '2022-04-01', endDate: '2022-12-31', quarters: [2, 4], continuous: false });
    expect(activity(p, '6').participants.map((x) => x.role)).toEqual(['LEAD', 'ADVISORY', 'ADVISORY']);
    const camLo = activity(p, '5');
    expect(camLo.participants.filter((x) => x.role === 'LEAD')).toHaveLength(3);
    expect(camLo.participants.map((x) => x.agency.administrativeUnit.code)).toContain('468');
    expect(activity(p, '13').schedule.label).toBeNull();
    expect(activity(p, '13').citedDocuments.map((d) => d.symbol)).toContain('28/CT-TTg');
    expect(p.responsibilities).toHaveLength(7);
    expect(duties(p)).toBe(8);
    expect(p.recipients).toHaveLength(9);
    expect(p.budgetLines!.map((l) => l.source).sort()).toEqual(['CENTRAL_SUPPORT', 'LOCAL_BUDGET', 'OTHER_LEGAL', 'SOCIALIZED']);
    expect(p.reportingRequirements[0].dueDates.map((d) => [d.recurringDay, d.recurringMonth])).toEqual([[25, 5], [25, 11]]);
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
    expect(p.recipients).toHaveLength(11);
    expect(p.budgetLines!.map((l) => l.source).sort()).toEqual(['LOCAL_BUDGET', 'OTHER_LEGAL']);
    expect(p.reportingRequirements.flatMap((r) => r.dueDates)).toContainEqual(expect.objectContaining({ dueDate: '2022-11-20' }));
    expect(p.signature?.signerName).toBe('Võ Thanh Hùng');
  });

  it('004: the Khánh Sơn 2019 report keeps its figures exact: 54,000,000 = 24,000,000 + 30,000,000', async () => {
    const result = await api.request(ReportsDocument, { filter: {} });
    const report = result.data!.allReports.find((r) => r.administrativeUnit!.code === '575')!;
    expect(report).toMatchObject({ kind: 'THEMATIC', symbol: null, periodStart: '2019-01-01', periodEnd: '2019-12-31', spending: '54000000' });
    expect(report.respondsTo?.symbol).toBe('2337/STTTT-TTBCXB');
    expect(report.subjects!.map((d) => d.symbol).sort()).toEqual(['1486/QĐ-TTg', '368/QĐ-TTg']);
    expect(report.spendingLines!.map((l) => l.spentAmount)).toEqual(['24000000', '30000000']);
    expect(report.spendingLines!.reduce((sum, l) => sum + BigInt(l.spentAmount!), 0n)).toBe(BigInt(report.spending!));
    expect(report.metrics).toContainEqual({ name: 'Đoàn phóng viên, báo chí nước ngoài đến làm việc', value: 0, unit: 'đoàn' });
    expect(report.results).toHaveLength(9);
    expect(report.results!.find((r) => r.heading.startsWith('đ)'))?.status).toBe('NONE');
    expect(report.nextTasks).toHaveLength(5);
    expect(report.nextTasks![0]).toMatch(/^Xây dựng Kế hoạch thông tin đối ngoại huyện Khánh Sơn năm 2020/);
    expect(report.recommendations).toBe('Không');
    expect(report.recipients).toHaveLength(3);
    expect(report.signature?.signerName).toBe('Bồ Thị Yến');
  });

  it('a document cited by several texts is stored once and knows who cites it', async () => {
    const result = await api.request(LegalDocumentsDocument, { filter: { symbol: '72/2015/NĐ-CP' } });
    expect(result.data!._allLegalDocumentsMeta.count).toBe(1);
    const [decree] = result.data!.allLegalDocuments;
    expect(decree).toMatchObject({ number: '72', symbolYear: 2015, typeCode: 'NĐ', issuerCode: 'CP', issuedOn: '2015-09-07', documentType: 'DECREE' });
    // Other test files may add plans citing it too; the two seeded texts must be there, each once.
    const citing = decree.citedBy.map((p) => p.id);
    expect(citing).toEqual(expect.arrayContaining([plan('45', 2022).id, plan('534', 2022).id]));
    expect(new Set(citing).size).toBe(citing.length);
  });
});
