import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreatePlanDocument,
  DeletePlanDocument,
  PlanDocument,
  PlanIdsDocument,
  UpdatePlanDocument,
  type ActivityInput,
  type CreatePlanMutationVariables,
} from './generated/graphql';
import { expectError, startApi, withToken, type Api } from './support/api';
import { agencyId, createUser, documentId, unitId } from './support/catalogue';

let api: Api;
let botrach: string, phongVhtt: string, vanPhong: string, decree72: string;

const draft = (overrides: Partial<CreatePlanMutationVariables> = {}): CreatePlanMutationVariables => ({
  title: 'Kế hoạch thông tin đối ngoại năm 2022 (dự thảo kiểm thử)',
  status: 'DRAFT',
  startYear: 2022,
  endYear: 2022,
  administrativeUnitId: botrach,
  issuingAgencyId: phongVhtt,
  objectives: ['Quảng bá hình ảnh Vườn quốc gia Phong Nha - Kẻ Bàng'],
  legalBases: [{ documentId: decree72, kind: 'BASIS' }],
  activities: [
    {
      label: '1',
      title: 'Tuyên truyền trên Trang TTĐT huyện',
      category: 'PROPAGANDA',
      schedule: { label: 'Quý II và IV/2022', startDate: '2022-04-01', endDate: '2022-12-31', quarters: [2, 4] },
      participants: [
        { agencyId: phongVhtt, role: 'LEAD' },
        { agencyId: vanPhong, role: 'COORDINATING' },
      ],
      children: [{ label: '1.a', title: 'Chuyên mục tiếng Anh', category: 'PROMOTION' }],
    },
    { label: '2', title: 'Tập huấn cán bộ', category: 'TRAINING', schedule: { label: 'Thường xuyên', continuous: true } },
  ],
  budgetLines: [
    { fiscalYear: 2022, source: 'LOCAL_BUDGET', description: 'Ngân sách huyện', plannedAmount: '9007199254740993', activityLabel: '1' },
  ],
  ...overrides,
});

const countPlans = async () =>
  (await api.request(PlanIdsDocument, { filter: { administrativeUnitId: botrach } })).data!._allPlansMeta.count;

let lead: string;

beforeAll(async () => {
  api = await startApi();
  // Drafts, then issues: an official who both edits and approves for Bố Trạch.
  lead = await createUser(api, 'botrach.lead', '455', ['EDITOR', 'APPROVER']);
  api = withToken(api, lead);
  botrach = await unitId(api, '455');
  phongVhtt = await agencyId(api, 'botrach.phongvhtt');
  vanPhong = await agencyId(api, 'botrach.vanphong');
  decree72 = await documentId(api, '72/2015/NĐ-CP');
});
afterAll(() => api.stop());

describe('Plan', () => {
  it('an official can create a plan with its activities, participants and budget lines in one call', async () => {
    const result = await api.request(CreatePlanDocument, draft());
    expect(result.errors).toBeUndefined();
    const plan = result.data!.createPlan;
    expect(plan.activities.map((a) => [a.label, a.parentId === null])).toEqual([
      ['1', true],
      ['1.a', false],
      ['2', true],
    ]);
    expect(plan.activities[1].parentId).toBe(plan.activities[0].id);
    expect(plan.activities[0].participants.map((p) => [p.role, p.agency.id])).toEqual([
      ['LEAD', phongVhtt],
      ['COORDINATING', vanPhong],
    ]);
    expect(plan.activities[2].schedule).toMatchObject({ label: 'Thường xuyên', continuous: true });
    // Beyond 2^53: exact only if no float is involved anywhere.
    expect(plan.budgetLines![0].plannedAmount).toBe('9007199254740993');
    expect(plan.budgetTotal).toBe('9007199254740993');
    const reread = await api.request(PlanDocument, { id: plan.id });
    expect(reread.data!.Plan!.legalBases[0].document.id).toBe(decree72);
    await api.request(DeletePlanDocument, { id: plan.id });
  });

  it('an official can update a plan: activities keep their ids, removed ones disappear', async () => {
    const created = (await api.request(CreatePlanDocument, draft())).data!.createPlan;
    const [first] = created.activities;
    const result = await api.request(UpdatePlanDocument, {
      id: created.id,
      title: 'Đã sửa',
      activities: [{ id: first.id, label: '1', title: 'Tuyên truyền (sửa)', participants: [{ agencyId: vanPhong, role: 'LEAD' }] }],
    });
    expect(result.errors).toBeUndefined();
    const plan = result.data!.updatePlan;
    expect(plan.title).toBe('Đã sửa');
    expect(plan.activities.map((a) => [a.id, a.title])).toEqual([[first.id, 'Tuyên truyền (sửa)']]);
    expect(plan.activities[0].participants.map((p) => p.agency.id)).toEqual([vanPhong]);
    await api.request(DeletePlanDocument, { id: plan.id });
  });

  it('a participant agency that does not exist is refused with its path, and nothing is written', async () => {
    const before = await countPlans();
    const activities = draft().activities as ActivityInput[];
    activities[0] = { ...activities[0], participants: [{ agencyId: '99999999', role: 'LEAD' }] };
    const result = await api.request(CreatePlanDocument, draft({ activities }));
    expectError(result, 'NOT_FOUND', 'activities[0].participants[0].agencyId');
    expect(await countPlans()).toBe(before);
  });

  it('an end date before the start date is refused, and nothing is written', async () => {
    const before = await countPlans();
    const activities = draft().activities as ActivityInput[];
    activities[1] = { label: '2', title: 'Sai ngày', schedule: { startDate: '2022-06-30', endDate: '2022-01-01' } };
    expectError(await api.request(CreatePlanDocument, draft({ activities })), 'BAD_USER_INPUT', 'activities[1].schedule.endDate');
    expectError(await api.request(CreatePlanDocument, draft({ startYear: 2023, endYear: 2022 })), 'BAD_USER_INPUT', 'endYear');
    expect(await countPlans()).toBe(before);
  });

  it('a negative amount is refused naming the amount field', async () => {
    const result = await api.request(
      CreatePlanDocument,
      draft({ budgetLines: [{ fiscalYear: 2022, source: 'LOCAL_BUDGET', description: 'Âm', plannedAmount: '-1' }] }),
    );
    expectError(result, 'BAD_USER_INPUT', 'budgetLines[0].plannedAmount');
  });

  it('an unknown enum value is refused naming the field', async () => {
    const result = await api.request(CreatePlanDocument, draft({ status: 'PUBLISHED' as never }));
    expectError(result, 'BAD_USER_INPUT', 'status');
  });

  it('an unknown id is refused with NOT_FOUND', async () => {
    expectError(await api.request(PlanDocument, { id: '424242' }), 'NOT_FOUND', 'id');
    expectError(await api.request(CreatePlanDocument, draft({ issuingAgencyId: '424242' })), 'NOT_FOUND', 'issuingAgencyId');
    expectError(await api.request(UpdatePlanDocument, { id: '424242', title: 'x' }), 'NOT_FOUND', 'id');
  });

  it('a number-symbol already used by the same issuer in that year is refused', async () => {
    const issued = { status: 'ISSUED' as const, symbol: '99/KH-UBND', issuedOn: '2022-03-01' };
    const first = await api.request(CreatePlanDocument, draft(issued));
    expect(first.errors).toBeUndefined();
    const before = await countPlans();
    expectError(await api.request(CreatePlanDocument, draft({ ...issued, issuedOn: '2022-09-09' })), 'CONFLICT', 'symbol');
    expect(await countPlans()).toBe(before);
    const nextYear = await api.request(CreatePlanDocument, draft({ ...issued, issuedOn: '2023-01-05', startYear: 2023, endYear: 2023 }));
    expect(nextYear.errors).toBeUndefined();
    for (const plan of [first.data!.createPlan, nextYear.data!.createPlan]) await api.request(DeletePlanDocument, { id: plan.id });
  });

  it('an official creating a plan with empty lists of recipients and duties leaves the reports’ recipients alone', async () => {
    const central = await api.login('trunguong.viewer');
    const recipientsOfReports = async () =>
      (
        await api.request<{ allReports: { recipients: unknown[] }[] }>('{ allReports { recipients { id } } }', {}, central)
      ).data!.allReports.reduce((sum, r) => sum + r.recipients.length, 0);
    const before = await recipientsOfReports();
    expect(before).toBeGreaterThan(0);
    const created = await api.request(CreatePlanDocument, draft({ recipients: [], responsibilities: [], legalBases: [] }));
    expect(created.errors).toBeUndefined();
    expect(await recipientsOfReports()).toBe(before);
    await api.request(DeletePlanDocument, { id: created.data!.createPlan.id });
  });

  it('an issued plan needs its number-symbol and date', async () => {
    expectError(await api.request(CreatePlanDocument, draft({ status: 'ISSUED' })), 'BAD_USER_INPUT', 'symbol');
  });
});

describe('Plan filters', () => {
  // A central viewer sees every unit's drafts, so the filters alone decide what comes back.
  let central: string;
  beforeAll(async () => {
    central = await api.login('trunguong.viewer');
  });
  // Issued plans made by the tests above cannot be deleted any more; the filters are checked on the seeded ones.
  const ids = async (filter: object) =>
    (await api.request(PlanIdsDocument, { filter, perPage: 100 }, central))
      .data!.allPlans.map((p) => p.title)
      .filter((t) => !t.includes('kiểm thử'));

  it('a province filter includes the plans of every unit below it', async () => {
    const quangBinh = await unitId(api, '44');
    const titles = await ids({ administrativeUnitId: quangBinh });
    expect(titles).toEqual(expect.arrayContaining(['Thông tin đối ngoại trên địa bàn huyện Bố Trạch năm 2021']));
    expect(titles.some((t) => t.includes('Quảng Trị'))).toBe(false);
  });

  it('filters by year, status, category, agency, cited document and text', async () => {
    expect(await ids({ year: 2019 })).toEqual([]);
    expect(await ids({ year: 2023 })).toHaveLength(2);
    const drafts2023 = await ids({ year: 2023, status: 'DRAFT' });
    expect(drafts2023).toHaveLength(1);
    expect(drafts2023[0]).toMatch(/Kế hoạch số 211-KH\/TU/);
    expect(await ids({ category: 'EXHIBITION' })).toEqual(['Công tác thông tin đối ngoại của tỉnh Quảng Trị năm 2022']);
    const camLo = await agencyId(api, 'camlo.ubnd');
    expect(await ids({ agencyId: camLo, year: 2022 })).toEqual(['Công tác thông tin đối ngoại của tỉnh Quảng Trị năm 2022']);
    const conclusion57 = await documentId(api, '57-KL/TW');
    expect(await ids({ legalDocumentId: conclusion57 })).toHaveLength(2); // Kim Động's draft and Hưng Yên's plan 139
    // Every word in any order (issue 11): longer plans that use both words elsewhere ("thường xuyên", "trách nhiệm")
    // match too; the plan whose activity names the commune Thượng Trạch is among them, and a nonsense word finds none.
    expect(await ids({ q: 'Thượng Trạch' })).toContain('Thông tin đối ngoại trên địa bàn huyện Bố Trạch năm 2021');
    expect(await ids({ q: 'Thượng Trạch xyzzy' })).toEqual([]);
  });

  it('sorting by a field that is not sortable is refused', async () => {
    expectError(await api.request('query { allPlans(sortField: "internalNote") { id } }'), 'BAD_USER_INPUT', 'sortField');
  });
});
