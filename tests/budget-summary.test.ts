import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateAdministrativeUnitDocument, CreatePlanDocument } from './generated/graphql';
import { expectError, startApi, type Api } from './support/api';
import { agencyId, createUser, unitId } from './support/catalogue';

interface Line {
  fiscalYear: number;
  source: string;
  plannedAmount: string | null;
  allocatedAmount: string | null;
  spentAmount: string | null;
  administrativeUnit: { id: string };
}
interface Row {
  administrativeUnit: { id: string; level: string } | null;
  fiscalYear: number | null;
  source: string | null;
  agency: { id: string } | null;
  category: string | null;
  plannedAmount: string;
  allocatedAmount: string;
  spentAmount: string;
  lineCount: number;
}
interface Summary {
  rows: Row[];
  total: Row;
  excludedLineCount: number;
}

const LINES = `query L($filter: BudgetLineFilter) {
  allBudgetLines(perPage: 1000, filter: $filter) { fiscalYear source plannedAmount allocatedAmount spentAmount administrativeUnit { id } }
  _allBudgetLinesMeta(filter: $filter) { count }
}`;
const SUMMARY = `query S($groupBy: [BudgetDimension!]!, $unitLevel: UnitLevel, $filter: BudgetLineFilter) {
  budgetSummary(groupBy: $groupBy, unitLevel: $unitLevel, filter: $filter) {
    excludedLineCount
    total { plannedAmount allocatedAmount spentAmount lineCount }
    rows { administrativeUnit { id level } fiscalYear source agency { id } category plannedAmount allocatedAmount spentAmount lineCount }
  }
}`;

let api: Api;
const tokens: Record<string, string> = {};
// 2^53 + 1 and friends: a float would round them.
const HUGE = ['9007199254740993', '123456789012345678', '1'];

const sum = (values: (string | null)[]) => values.reduce((s, v) => s + BigInt(v ?? 0), 0n).toString();
const lines = async (who: string, filter: object = {}) => {
  const result = await api.request<{ allBudgetLines: Line[]; _allBudgetLinesMeta: { count: number } }>(LINES, { filter }, tokens[who]);
  expect(result.errors, who).toBeUndefined();
  expect(result.data!.allBudgetLines.length, 'the list fits one page').toBe(result.data!._allBudgetLinesMeta.count);
  return result.data!.allBudgetLines;
};
const summary = async (who: string, variables: Record<string, unknown>) => {
  const result = await api.request<{ budgetSummary: Summary }>(SUMMARY, variables, tokens[who]);
  expect(result.errors, who).toBeUndefined();
  return result.data!.budgetSummary;
};

beforeAll(async () => {
  api = await startApi();
  for (const who of ['quangtri.finance', 'botrach.editor', 'trunguong.viewer', 'quangbinh.viewer']) tokens[who] = await api.login(who);
  // A Quảng Trị district with one plan whose amounts are too large for a float.
  const unit = await api.request(
    CreateAdministrativeUnitDocument,
    {
      code: 'TEST-BUDGET',
      name: 'Ngân sách',
      fullName: 'Huyện Ngân sách',
      kind: 'RURAL_DISTRICT',
      level: 'DISTRICT',
      parentId: await unitId(api, '45'),
    },
    await api.login('admin'),
  );
  expect(unit.errors).toBeUndefined();
  const editor = await createUser(api, 'budget.editor', 'TEST-BUDGET', ['EDITOR', 'FINANCE']);
  const created = await api.request(
    CreatePlanDocument,
    {
      title: 'Kế hoạch có số tiền lớn',
      startYear: 2031,
      endYear: 2031,
      administrativeUnitId: unit.data!.createAdministrativeUnit.id,
      issuingAgencyId: await agencyId(api, 'quangtri.stttt'),
      activities: [{ label: '1', title: 'Nội dung', category: 'PRESS' }],
      budgetLines: HUGE.map((amount, i) => ({
        fiscalYear: 2031,
        source: i ? ('CENTRAL_SUPPORT' as const) : ('LOCAL_BUDGET' as const),
        description: `Dòng ${i}`,
        plannedAmount: amount,
        allocatedAmount: amount,
        spentAmount: i === 2 ? null : amount,
        activityLabel: '1',
      })),
    },
    editor,
  );
  expect(created.errors).toBeUndefined();
});
afterAll(() => api.stop());

describe('BudgetSummary', () => {
  it('finance, editors and viewers get totals equal to the sum of the lines they can list, and the count of lines left out', async () => {
    const everyLine = (await lines('trunguong.viewer')).length;
    for (const who of ['quangtri.finance', 'botrach.editor', 'trunguong.viewer', 'quangbinh.viewer']) {
      const listed = await lines(who);
      const result = await summary(who, { groupBy: ['FISCAL_YEAR', 'SOURCE'] });
      expect(result.total, who).toEqual({
        plannedAmount: sum(listed.map((l) => l.plannedAmount)),
        allocatedAmount: sum(listed.map((l) => l.allocatedAmount)),
        spentAmount: sum(listed.map((l) => l.spentAmount)),
        lineCount: listed.length,
      });
      expect(result.excludedLineCount, who).toBe(everyLine - listed.length);
      for (const row of result.rows) {
        const group = listed.filter((l) => l.fiscalYear === row.fiscalYear && l.source === row.source);
        expect(row.lineCount, `${who} ${row.fiscalYear} ${row.source}`).toBe(group.length);
        expect(row.plannedAmount, `${who} ${row.fiscalYear} ${row.source}`).toBe(sum(group.map((l) => l.plannedAmount)));
      }
    }
    expect((await summary('trunguong.viewer', { groupBy: [] })).excludedLineCount).toBe(0);
    expect((await lines('botrach.editor')).length).toBeLessThan(everyLine); // the callers' scopes really differ
  });

  it('finance staff get money summed exactly, beyond what a float can hold', async () => {
    const result = await summary('quangtri.finance', { groupBy: ['SOURCE'], filter: { fiscalYear: 2031 } });
    expect(result.rows.map((r) => [r.source, r.plannedAmount, r.spentAmount, r.lineCount])).toEqual([
      ['LOCAL_BUDGET', '9007199254740993', '9007199254740993', 1],
      ['CENTRAL_SUPPORT', '123456789012345679', '123456789012345678', 2],
    ]);
    expect(result.total.plannedAmount).toBe('132463988267086672');
  });

  it('a viewer can roll districts up into their province, and the same filters as the list apply', async () => {
    const quangTri = await unitId(api, '45');
    const result = await summary('trunguong.viewer', { groupBy: ['ADMINISTRATIVE_UNIT'], unitLevel: 'PROVINCE' });
    expect(result.rows.every((r) => ['PROVINCE', 'CENTRAL'].includes(r.administrativeUnit!.level))).toBe(true);
    const row = result.rows.find((r) => r.administrativeUnit!.id === quangTri)!;
    const inQuangTri = await lines('trunguong.viewer', { administrativeUnitId: quangTri });
    expect(inQuangTri.some((l) => l.administrativeUnit.id !== quangTri)).toBe(true); // district lines are really rolled up
    expect([row.lineCount, row.plannedAmount]).toEqual([inQuangTri.length, sum(inQuangTri.map((l) => l.plannedAmount))]);
    const filtered = await summary('trunguong.viewer', { groupBy: [], filter: { administrativeUnitId: quangTri, fiscalYear: 2022 } });
    expect(filtered.total.lineCount).toBe((await lines('trunguong.viewer', { administrativeUnitId: quangTri, fiscalYear: 2022 })).length);
  });

  it('grouping by agency, category or plan counts every line exactly once', async () => {
    const total = (await summary('trunguong.viewer', { groupBy: [] })).total;
    for (const dimension of ['AGENCY', 'CATEGORY', 'PLAN', 'ADMINISTRATIVE_UNIT']) {
      const rows = (await summary('trunguong.viewer', { groupBy: [dimension] })).rows;
      expect(
        rows.reduce((n, r) => n + r.lineCount, 0),
        dimension,
      ).toBe(total.lineCount);
      expect(sum(rows.map((r) => r.plannedAmount)), dimension).toBe(total.plannedAmount);
    }
    const byCategory = await summary('quangtri.finance', { groupBy: ['CATEGORY'], filter: { fiscalYear: 2031 } });
    expect(byCategory.rows.map((r) => [r.category, r.lineCount])).toEqual([['PRESS', 3]]);
  });

  it('the public cannot get budget summaries', async () => {
    expectError(await api.request(SUMMARY, { groupBy: ['FISCAL_YEAR'] }, ''), 'FORBIDDEN');
  });
});
