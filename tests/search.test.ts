import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AgenciesDocument, CreateAdministrativeUnitDocument, CreatePlanDocument, PlanIdsDocument } from './generated/graphql';
import { startApi, type Api } from './support/api';
import { agencyId, createUser, unitId } from './support/catalogue';

let api: Api;
let unit: string;

const titles = async (filter: object) => {
  const result = await api.request(PlanIdsDocument, { filter, perPage: 100 });
  expect(result.errors).toBeUndefined();
  return result.data!.allPlans.map((p) => p.title);
};

beforeAll(async () => {
  api = await startApi();
  // A district of its own, so the ranking tests see only the plans made here; its official issues them for the portal.
  const unitResult = await api.request(
    CreateAdministrativeUnitDocument,
    {
      code: 'TEST-SEARCH',
      name: 'Tìm kiếm',
      fullName: 'Huyện Tìm kiếm',
      kind: 'RURAL_DISTRICT',
      level: 'DISTRICT',
      parentId: await unitId(api, '45'),
    },
    await api.login('admin'),
  );
  unit = unitResult.data!.createAdministrativeUnit.id;
  const official = await createUser(api, 'search.official', 'TEST-SEARCH', ['EDITOR', 'APPROVER']);
  const issuingAgencyId = await agencyId(api, 'quangtri.stttt');
  let number = 0;
  const plan = (title: string, activities: { title: string; confidential?: boolean }[]) =>
    api.request(
      CreatePlanDocument,
      {
        title,
        startYear: 2024,
        endYear: 2024,
        administrativeUnitId: unit,
        issuingAgencyId,
        status: 'ISSUED',
        symbol: `${++number}/KH-TK`,
        issuedOn: '2024-01-10',
        activities: activities.map((a, i) => ({ label: `${i + 1}`, ...a })),
      },
      official,
    );
  for (const created of [
    await plan('Kế hoạch năm 2024 của huyện', [{ title: 'Quảng bá hình ảnh cộng đồng các dân tộc' }]),
    await plan('Tăng cường thông tin đối ngoại vùng Đồng Hới', [{ title: 'Hội nghị tập huấn' }]),
    await plan('Kế hoạch riêng', [{ title: 'Đồng chí phụ trách bảo vệ', confidential: true }]),
  ])
    expect(created.errors).toBeUndefined();
});
afterAll(() => api.stop());

describe('Plan search', () => {
  it('anyone can search without diacritics or case and gets the same plans', async () => {
    const exact = await titles({ q: 'thông tin đối ngoại' });
    expect(exact.length).toBeGreaterThan(3);
    expect(await titles({ q: 'thong tin doi ngoai' })).toEqual(exact);
    expect(await titles({ q: 'THÔNG TIN  ĐỐI NGOẠI' })).toEqual(exact);
    expect(await titles({ q: 'THONG TIN DOI NGOAI' })).toEqual(exact);
  });

  it('anyone can find "đồng" by typing "dong", best matches first, never through a confidential activity', async () => {
    // The title hit ranks above the hit in an activity; "Đồng chí…" is confidential and does not count.
    expect(await titles({ q: 'dong', administrativeUnitId: unit })).toEqual([
      'Tăng cường thông tin đối ngoại vùng Đồng Hới',
      'Kế hoạch năm 2024 của huyện',
    ]);
    expect(await titles({ q: 'dong hoi', administrativeUnitId: unit })).toEqual(['Tăng cường thông tin đối ngoại vùng Đồng Hới']);
    expect(await titles({ q: 'phu trach bao ve' })).toEqual([]);
  });

  it('anyone can still sort search results by another field', async () => {
    const byTitle = await api.request(
      `query { allPlans(filter: { q: "dong", administrativeUnitId: "${unit}" }, sortField: "title") { title } }`,
    );
    expect((byTitle.data as { allPlans: { title: string }[] }).allPlans.map((p) => p.title)).toEqual([
      'Kế hoạch năm 2024 của huyện',
      'Tăng cường thông tin đối ngoại vùng Đồng Hới',
    ]);
  });

  it('search uses a trigram index, not a scan', async () => {
    const client = new Client({ connectionString: inject('databaseUrl') });
    await client.connect();
    try {
      // With few rows PostgreSQL would rightly prefer a scan; forbidding it shows an index can serve the query.
      await client.query('set enable_seqscan = off');
      for (const table of ['plan', 'activity', 'agency', 'legal_document', 'report', 'app_user']) {
        const plan = await client.query(`explain select id from ${table} where search_text like ttdn_fold('%Đồng Hới%')`);
        expect(plan.rows.map((r) => r['QUERY PLAN']).join('\n')).toContain(`${table}_search_text_trgm`);
      }
    } finally {
      await client.end();
    }
  });
});

describe('Search by words', () => {
  const found = async <T>(query: string, q: string, who: string) => {
    const result = await api.request<Record<string, T[]>>(query, { q }, await api.login(who));
    expect(result.errors).toBeUndefined();
    return Object.values(result.data!)[0];
  };
  const planTitles = (q: string, who = 'quangtri.editor') =>
    found<{ title: string }>('query S($q: String) { allPlans(filter: { q: $q }) { title } }', q, who).then((r) => r.map((p) => p.title));

  it('anyone can find a plan by its words in any order, without diacritics or case, best match first', async () => {
    for (const q of ['quang tri 2022', '2022 QUẢNG trị', 'Tri Quang 2022']) {
      expect((await planTitles(q))[0], q).toBe('Công tác thông tin đối ngoại của tỉnh Quảng Trị năm 2022');
    }
    // A word must start a word of the text: "tri" is not found inside "triển khai".
    expect(await planTitles('quang tri 2023')).toEqual([]);
  });

  it('an editor can find reports, an admin users, and anyone legal documents by type name ("nghi dinh"), units and agencies', async () => {
    expect(
      (
        await found<{ title: string }>('query S($q: String) { allReports(filter: { q: $q }) { title } }', 'khanh son', 'khanhson.editor')
      ).map((r) => r.title),
    ).toEqual([expect.stringContaining('huyện Khánh Sơn')]);
    expect(
      (await found<{ username: string }>('query S($q: String) { allUsers(filter: { q: $q }) { username } }', 'khanh son', 'admin')).map(
        (u) => u.username,
      ),
    ).toEqual(['khanhson.editor']);
    const decrees = await found<{ symbol: string; documentType: string }>(
      'query S($q: String) { allLegalDocuments(filter: { q: $q }) { symbol documentType } }',
      'nghi dinh',
      'admin',
    );
    expect(decrees.map((d) => d.symbol)).toContain('72/2015/NĐ-CP');
    expect(decrees.every((d) => d.documentType === 'DECREE')).toBe(true);
    expect(
      (
        await found<{ name: string }>('query S($q: String) { allAdministrativeUnits(filter: { q: $q }) { name } }', 'KHANH son', 'admin')
      ).map((u) => u.name),
    ).toContain('Khánh Sơn');
    expect(
      (await found<{ name: string }>('query S($q: String) { allAgencies(filter: { q: $q }) { name } }', 'son khanh uy ban', 'admin')).map(
        (a) => a.name,
      ),
    ).toEqual(['Ủy ban nhân dân huyện Khánh Sơn']);
  });

  it('an editor of another unit does not find a report by its words', async () => {
    expect(await found('query S($q: String) { allReports(filter: { q: $q }) { title } }', 'khanh son', 'quangtri.editor')).toEqual([]);
  });
});

describe('Catalogue search', () => {
  it('anyone can find agencies without diacritics', async () => {
    const result = await api.request(AgenciesDocument, { filter: { q: 'so thong tin va truyen thong' }, perPage: 100 });
    expect(result.data!.allAgencies.map((a) => a.key)).toContain('quangtri.stttt');
    expect(result.data!.allAgencies.every((a) => a.name.startsWith('Sở Thông tin'))).toBe(true);
  });
});
