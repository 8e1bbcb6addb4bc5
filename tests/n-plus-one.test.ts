import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateAdministrativeUnitDocument, CreatePlanDocument, PortalNestedDocument } from './generated/graphql';
import { startApi, withToken, type Api } from './support/api';
import { agencyId, createUser, unitId } from './support/catalogue';

/** Counts the SQL statements the server sends while answering one GraphQL request. */
let statements = 0;
let api: Api;
let benchUnit: string;

beforeAll(async () => {
  api = await startApi({
    onQuery: (message) => {
      if (message.includes('[query]')) statements++;
    },
    as: 'admin',
  });
  // A fresh district so the query sees exactly the plans made here, and an editor of it to write them.
  const quangTri = await unitId(api, '45');
  const unit = await api.request(CreateAdministrativeUnitDocument, {
    code: 'TEST-NPLUS1',
    name: 'Thử nghiệm',
    fullName: 'Huyện Thử nghiệm',
    kind: 'RURAL_DISTRICT',
    level: 'DISTRICT',
    parentId: quangTri,
  });
  benchUnit = unit.data!.createAdministrativeUnit.id;
  api = withToken(api, await createUser(api, 'nplus1.editor', 'TEST-NPLUS1', ['EDITOR']));
  const [lead, partner] = [await agencyId(api, 'quangtri.stttt'), await agencyId(api, 'camlo.ubnd')];
  for (let i = 0; i < 50; i++) {
    const created = await api.request(CreatePlanDocument, {
      title: `Kế hoạch số ${i}`,
      startYear: 2024,
      endYear: 2024,
      administrativeUnitId: benchUnit,
      issuingAgencyId: lead,
      activities: [1, 2, 3].map((n) => ({
        label: `${n}`,
        title: `Nội dung ${n}`,
        participants: [
          { agencyId: lead, role: 'LEAD' as const },
          { agencyId: partner, role: 'COORDINATING' as const },
        ],
      })),
      budgetLines: [
        { fiscalYear: 2024, source: 'LOCAL_BUDGET', description: 'Ngân sách', plannedAmount: `${1000000 * (i + 1)}`, activityLabel: '1' },
      ],
    });
    expect(created.errors).toBeUndefined();
  }
});
afterAll(() => api.stop());

describe('Batching', () => {
  it('the same nested query costs at most two SQL statements, the same for 5 and for 50 plans', async () => {
    const run = async (perPage: number) => {
      statements = 0;
      const result = await api.request(PortalNestedDocument, { filter: { administrativeUnitId: benchUnit }, perPage });
      expect(result.errors).toBeUndefined();
      expect(result.data!.allPlans).toHaveLength(perPage);
      expect(result.data!.allPlans.every((p) => p.activities.length === 3 && p.activities[0].participants.length === 2)).toBe(true);
      return statements;
    };
    const five = await run(5);
    const fifty = await run(50);
    expect(five).toBeGreaterThan(0); // the counter really sees the statements
    expect(five).toBeLessThanOrEqual(2); // the signed-in caller's principal, then one compiled statement
    expect(fifty).toBe(five);
  });
});
