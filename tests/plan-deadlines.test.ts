import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, startApi, type Api } from './support/api';
import { agencyId, unitId } from './support/catalogue';

let api: Api;
let editor: string;
let base: Record<string, unknown>;

const CREATE = `mutation C($title: String, $unit: ID, $agency: ID, $requirements: [ReportingRequirementInput!]) {
  createPlan(title: $title, startYear: 2034, endYear: 2034, administrativeUnitId: $unit, issuingAgencyId: $agency, reportingRequirements: $requirements) {
    id reportingRequirements { dueDates { label dueDate recurringDay recurringMonth } }
  }
}`;
type Created = { createPlan: { id: string; reportingRequirements: { dueDates: Record<string, unknown>[] }[] } };
const requirement = (deadlines: Record<string, unknown>[]) => [{ description: 'Báo cáo kết quả', reportTo: 'UBND tỉnh', deadlines }];
const planCount = async () =>
  (await api.request<{ _allPlansMeta: { count: number } }>('{ _allPlansMeta(filter: { year: 2034 }) { count } }', {}, editor)).data!
    ._allPlansMeta.count;

beforeAll(async () => {
  api = await startApi();
  editor = await api.login('quangtri.editor');
  base = { title: 'Kế hoạch thử nghiệm hạn báo cáo', unit: await unitId(api, '45'), agency: await agencyId(api, 'quangtri.ubnd') };
});
afterAll(() => api.stop());

describe('Plan reporting deadlines', () => {
  it('an editor can add a one-time deadline while the yearly day and month come empty (null), as a form sends them', async () => {
    const result = await api.request<Created>(
      CREATE,
      {
        ...base,
        requirements: requirement([{ label: 'trước ngày 15/12/2034', dueDate: '2034-12-15', recurringDay: null, recurringMonth: null }]),
      },
      editor,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.createPlan.reportingRequirements[0].dueDates).toEqual([
      { label: 'trước ngày 15/12/2034', dueDate: '2034-12-15', recurringDay: null, recurringMonth: null },
    ]);
  });

  it('an editor can add a yearly deadline with its day and month', async () => {
    const result = await api.request<Created>(
      CREATE,
      { ...base, requirements: requirement([{ label: 'trước ngày 29/2', dueDate: null, recurringDay: 29, recurringMonth: 2 }]) },
      editor,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.createPlan.reportingRequirements[0].dueDates).toEqual([
      { label: 'trước ngày 29/2', dueDate: null, recurringDay: 29, recurringMonth: 2 },
    ]);
  });

  it('an editor cannot add a deadline that is half yearly, a day the month does not have, or both kinds at once; nothing is written', async () => {
    const before = await planCount();
    const refused: [Record<string, unknown>, string][] = [
      [{ label: 'hằng năm', recurringDay: 15, recurringMonth: null }, 'reportingRequirements[0].deadlines[0].recurringMonth'],
      [{ label: '31/4', recurringDay: 31, recurringMonth: 4 }, 'reportingRequirements[0].deadlines[0].recurringDay'],
      [{ label: 'tháng 13', recurringDay: 1, recurringMonth: 13 }, 'reportingRequirements[0].deadlines[0].recurringMonth'],
      [{ label: 'cả hai', dueDate: '2034-12-15', recurringDay: 15, recurringMonth: 12 }, 'reportingRequirements[0].deadlines[0].dueDate'],
      [{ label: '  ', dueDate: '2034-12-15' }, 'reportingRequirements[0].deadlines[0].label'],
    ];
    for (const [deadline, field] of refused) {
      const result = await api.request(CREATE, { ...base, requirements: requirement([deadline]) }, editor);
      expect(expectError(result, 'BAD_USER_INPUT', field).message).toMatch(/[À-ỹ]/);
    }
    expect(await planCount()).toBe(before);
  });
});
