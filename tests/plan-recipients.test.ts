import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreatePlanDocument, ReportsDocument } from './generated/graphql';
import { startApi, type Api } from './support/api';
import { agencyId, unitId } from './support/catalogue';

let api: Api;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.stop());

describe('Plan', () => {
  it('an editor creating a plan with recipients leaves the recipients of reports alone', async () => {
    const viewer = await api.login('trunguong.viewer');
    const recipients = async () =>
      (await api.request(ReportsDocument, { filter: {} }, viewer)).data!.allReports.map((r) => r.recipients?.length ?? 0);
    const before = await recipients();
    expect(before.some((n) => n > 0)).toBe(true);
    const created = await api.request(
      CreatePlanDocument,
      {
        title: 'Kế hoạch có nơi nhận',
        startYear: 2026,
        endYear: 2026,
        administrativeUnitId: await unitId(api, '455'),
        issuingAgencyId: await agencyId(api, 'botrach.ubnd'),
        recipients: [{ name: 'Lưu: VT', purpose: 'ARCHIVE' }],
      },
      await api.login('botrach.editor'),
    );
    expect(created.errors).toBeUndefined();
    expect(await recipients()).toEqual(before);
  });
});
