import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAN_FACTS, REPORT_FACTS, planFacts, reportFacts, score } from './support/document-facts';
import { expectError, startApi, type Api } from './support/api';

/**
 * Documents in and out (issue 13): each seed text imported through `importDocument` gives back the facts of the
 * curated seed, scored fact by fact; each seed plan and report exported as .docx and imported again does too.
 */
const IMPORT = `mutation Import($file: Upload!, $dryRun: Boolean) { importDocument(file: $file, dryRun: $dryRun) {
  kind planId reportId dryRun unmatchedAgencies unplaced { text reason } createdDocuments { id symbol }
  preview { title symbol dateLabel legalBases { kind symbol } activities { label title participants { role name } } recipients { name purpose } signature { signerName } } } }`;

interface ImportAnswer {
  kind: string;
  planId: string | null;
  reportId: string | null;
  unmatchedAgencies: string[];
  unplaced: { text: string }[];
  createdDocuments: { id: string }[];
}

const SOURCES = path.join(__dirname, '..', 'seeds', 'sources');
/** Seed text, the unit that issued it, its editor, and what the seed holds for it. */
const SEEDS = [
  { source: '000_6b3a9102067bfc00.txt', unit: '455', year: 2021, editor: 'botrach.editor', kind: 'PLAN', floor: 0.85 },
  { source: '001_c5196a189b26e883.txt', unit: '331', year: 2023, editor: 'kimdong.editor', kind: 'PLAN', floor: 0.8 },
  { source: '002_b8da6a2ee59bc676.txt', unit: '45', year: 2022, editor: 'quangtri.editor', kind: 'PLAN', floor: 0.85 },
  { source: '003_f1fa00e5c2f64d98.txt', unit: '534', year: 2022, editor: 'ducpho.editor', kind: 'PLAN', floor: 0.85 },
  { source: '004_27313af5209fed80.txt', unit: '575', year: 2019, editor: 'khanhson.editor', kind: 'REPORT', floor: 0.9 },
] as const;

let api: Api;
const tokens: Record<string, string> = {};
const base = () => api.url.replace(/\/graphql$/, '');

async function upload(who: string | undefined, filename: string, content: Buffer | string, dryRun = false) {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query: IMPORT, variables: { file: null, dryRun } }));
  form.append('map', JSON.stringify({ 0: ['variables.file'] }));
  form.append('0', new Blob([typeof content === 'string' ? Buffer.from(content) : new Uint8Array(content)]), filename);
  const response = await fetch(api.url, { method: 'POST', headers: who ? { authorization: `Bearer ${tokens[who]}` } : {}, body: form });
  const body = (await response.json()) as {
    data?: { importDocument: ImportAnswer } | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
  return { status: response.status, ...body };
}

async function stored(kind: string, id: string, who: string) {
  const result = await api.request<Record<string, unknown>>(kind === 'PLAN' ? PLAN_FACTS : REPORT_FACTS, { id }, tokens[who]);
  expect(result.errors).toBeUndefined();
  const row = (kind === 'PLAN' ? result.data!.Plan : result.data!.Report) as object;
  return kind === 'PLAN' ? planFacts(row) : reportFacts(row);
}

const seeded: Record<string, string> = {};
async function seedId(seed: (typeof SEEDS)[number]) {
  const query =
    seed.kind === 'PLAN'
      ? `{ allPlans(perPage: 200) { id startYear administrativeUnit { code } } }`
      : `{ allReports(perPage: 200) { id periodStart administrativeUnit { code } } }`;
  const result = await api.request<{
    allPlans?: { id: string; startYear: number; administrativeUnit: { code: string } }[];
    allReports?: { id: string; periodStart: string; administrativeUnit: { code: string } }[];
  }>(query, {}, tokens['trunguong.viewer']);
  const rows = (result.data!.allPlans ?? result.data!.allReports)!;
  const row = rows.find(
    (r) =>
      r.administrativeUnit.code === seed.unit &&
      ('startYear' in r ? r.startYear === seed.year : r.periodStart.startsWith(String(seed.year))),
  );
  return (seeded[seed.source] ??= row!.id);
}

/** Imports made here are removed again: the test files share one database, and others count plans, reports and citations. */
async function discard(result: ImportAnswer, who: string) {
  const removed = result.planId
    ? await api.request('mutation($id: ID!) { deletePlan(id: $id) { id } }', { id: result.planId }, tokens[who])
    : await api.request('mutation($id: ID!) { deleteReport(id: $id) { id } }', { id: result.reportId }, tokens[who]);
  expect(removed.errors).toBeUndefined();
  for (const { id } of result.createdDocuments) {
    expect((await api.request('mutation($id: ID!) { deleteLegalDocument(id: $id) { id } }', { id }, tokens.admin)).errors).toBeUndefined();
  }
}

const counts = async () =>
  (
    await api.request<{ _allPlansMeta: { count: number }; _allReportsMeta: { count: number } }>(
      '{ _allPlansMeta { count } _allReportsMeta { count } }',
      {},
      tokens['trunguong.viewer'],
    )
  ).data!;

beforeAll(async () => {
  api = await startApi();
  for (const who of ['admin', 'trunguong.viewer', 'quangtri.approver', ...SEEDS.map((s) => s.editor)]) tokens[who] = await api.login(who);
});
afterAll(() => api.stop());

describe('Document import', () => {
  for (const seed of SEEDS) {
    it(`an editor can import seed text ${seed.source.slice(0, 3)} as a draft of their unit with the seed's facts`, async () => {
      const answer = await upload(seed.editor, seed.source, fs.readFileSync(path.join(SOURCES, seed.source)));
      expect(answer.errors).toBeUndefined();
      const result = answer.data!.importDocument;
      expect(result.kind).toBe(seed.kind);
      const importedId = result.planId ?? result.reportId!;
      const expected = await stored(seed.kind, await seedId(seed), 'trunguong.viewer');
      const fidelity = score(expected, await stored(seed.kind, importedId, seed.editor));
      console.log(
        `fidelity ${seed.source.slice(0, 3)} (text): ${fidelity.found}/${fidelity.total} = ${(fidelity.ratio * 100).toFixed(1)}%; unmatched agencies: ${result.unmatchedAgencies.length}; unplaced: ${result.unplaced.length}`,
      );
      console.log(
        `  missed: ${fidelity.missed
          .slice(0, 12)
          .map((m) => m.slice(0, 90))
          .join('\n          ')}`,
      );
      expect(fidelity.ratio).toBeGreaterThanOrEqual(seed.floor);
      const draft = await api.request<{
        Plan?: { status: string; administrativeUnit: { code: string } };
        Report?: { status: string; administrativeUnit: { code: string } };
      }>(
        seed.kind === 'PLAN'
          ? `query($id: ID!) { Plan(id: $id) { status administrativeUnit { code } } }`
          : `query($id: ID!) { Report(id: $id) { status administrativeUnit { code } } }`,
        { id: importedId },
        tokens[seed.editor],
      );
      expect(draft.data!.Plan ?? draft.data!.Report).toEqual({ status: 'DRAFT', administrativeUnit: { code: seed.unit } });
      await discard(result, seed.editor);
    });
  }

  it("an editor can import a .docx, and another province's 194/KH-UBND becomes a second document", async () => {
    const before = await api.request<{ _allLegalDocumentsMeta: { count: number } }>(
      '{ _allLegalDocumentsMeta(filter: { symbol: "194/KH-UBND" }) { count } }',
    );
    const text = fs
      .readFileSync(path.join(SOURCES, '000_6b3a9102067bfc00.txt'), 'utf8')
      .replace(
        'UBND tỉnh Quảng Bình về công tác thông tin đối ngoại tỉnh Quảng Bình',
        'của UBND tỉnh Quảng Trị về công tác thông tin đối ngoại tỉnh Quảng Trị',
      )
      .replace('Số: **65** /KH-UBND', 'Số: /KH-UBND');
    const answer = await upload('quangtri.editor', 'ke-hoach.txt', text);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.importDocument.kind).toBe('PLAN');
    const after = await api.request<{ _allLegalDocumentsMeta: { count: number } }>(
      '{ _allLegalDocumentsMeta(filter: { symbol: "194/KH-UBND" }) { count } }',
    );
    expect(after.data!._allLegalDocumentsMeta.count).toBe(before.data!._allLegalDocumentsMeta.count + 1);
    await discard(answer.data!.importDocument, 'quangtri.editor');
  });

  const REFUSALS: [string, string, Buffer | string, RegExp][] = [
    ['a corrupt .docx', 'hong.docx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('không phải zip')]), /bị hỏng/],
    [
      'a password-protected .docx',
      'mat-khau.docx',
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]),
      /mật khẩu/,
    ],
    ['a file over 10 MB', 'lon.txt', Buffer.alloc(10 * 1024 * 1024 + 1, 0x61), /10 MB/],
    ['a file of another type', 'ke-hoach.pdf', '%PDF-1.4', /\.docx hoặc \.txt/],
    [
      'a text that is neither a plan nor a report',
      'thu.txt',
      'Kính gửi các đồng chí,\nĐây là một lá thư.',
      /không phải kế hoạch hay báo cáo/,
    ],
  ];
  for (const [what, filename, content, message] of REFUSALS) {
    it(`an editor cannot import ${what}, and nothing is created`, async () => {
      const before = await counts();
      const answer = await upload('botrach.editor', filename, content);
      const error = expectError(answer, 'BAD_USER_INPUT', 'file');
      expect(error.message).toMatch(message);
      expect(await counts()).toEqual(before);
    });
  }

  it('an editor can preview an import for review: the facts as read come back and nothing is saved', async () => {
    const before = await counts();
    const answer = await upload('quangtri.editor', '002.txt', fs.readFileSync(path.join(SOURCES, '002_b8da6a2ee59bc676.txt')), true);
    expect(answer.errors).toBeUndefined();
    const result = answer.data!.importDocument as ImportAnswer & {
      dryRun: boolean;
      preview: {
        title: string;
        dateLabel: string;
        legalBases: { kind: string; symbol: string }[];
        activities: unknown[];
        signature: { signerName: string };
      };
    };
    expect(result).toMatchObject({ dryRun: true, planId: null, createdDocuments: [] });
    expect(result.preview).toMatchObject({
      title: 'Công tác thông tin đối ngoại của tỉnh Quảng Trị năm 2022',
      dateLabel: 'Quảng Trị, ngày tháng 02 năm 2022',
      signature: { signerName: 'Hoàng Nam' },
    });
    expect(result.preview.activities).toHaveLength(14);
    expect(result.preview.legalBases.filter((b) => b.kind === 'BASIS').map((b) => b.symbol)).toEqual([
      '72/2015/NĐ-CP',
      '22/2016/TT-BTTTT',
      '25/2019/QĐ-UBND',
      '5406/BTTTT-TTĐN',
    ]);
    expect(await counts()).toEqual(before);
  });

  it('a viewer and the public cannot import', async () => {
    const text = fs.readFileSync(path.join(SOURCES, '000_6b3a9102067bfc00.txt'));
    expectError(await upload('trunguong.viewer', 'a.txt', text), 'FORBIDDEN');
    expectError(await upload(undefined, 'a.txt', text), 'FORBIDDEN');
  });
});

describe('Document export', () => {
  const download = (kind: 'plans' | 'reports', id: string, who?: string) =>
    fetch(`${base()}/export/${kind}/${id}.docx`, { headers: who ? { authorization: `Bearer ${tokens[who]}` } : {} });

  it('the public can download an issued plan laid out as Decree 30 prescribes', async () => {
    const response = await download('plans', await seedId(SEEDS[0]));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/wordprocessingml/);
    const buffer = Buffer.from(await response.arrayBuffer());
    const xml = await (await JSZip.loadAsync(buffer)).file('word/document.xml')!.async('string');
    expect(xml).toMatch(/w:pgSz w:w="11906" w:h="16838"/); // A4
    expect(xml).toContain('Times New Roman');
    const { value: text } = await mammoth.extractRawText({ buffer });
    for (const printed of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 65/KH-UBND',
      'Bố Trạch, ngày 14 tháng 01 năm 2021',
      'KẾ HOẠCH',
      'Nơi nhận:',
      'TM. ỦY BAN NHÂN DÂN',
      'Nguyễn Hữu Hồng',
    ]) {
      expect(text).toContain(printed);
    }
    expect(text).not.toContain('DỰ THẢO');
  });

  it('the public cannot download a draft plan or a report: they answer 404 like a missing one', async () => {
    for (const [kind, id] of [
      ['plans', await seedId(SEEDS[1])],
      ['reports', await seedId(SEEDS[4])],
      ['plans', '999999'],
    ] as const) {
      const response = await download(kind, id);
      expect(response.status).toBe(404);
      expect((await response.json()).errors[0].extensions.code).toBe('NOT_FOUND');
    }
  });

  it("an editor can download their unit's draft, marked DỰ THẢO", async () => {
    const response = await download('plans', await seedId(SEEDS[1]), 'kimdong.editor');
    expect(response.status).toBe(200);
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(await response.arrayBuffer()) });
    expect(text).toContain('DỰ THẢO');
  });

  for (const seed of SEEDS) {
    it(`an editor can round-trip seed ${seed.source.slice(0, 3)}: export as .docx, import, same facts`, async () => {
      const id = await seedId(seed);
      const response = await download(seed.kind === 'PLAN' ? 'plans' : 'reports', id, seed.editor);
      expect(response.status).toBe(200);
      const answer = await upload(seed.editor, 'ban-xuat.docx', Buffer.from(await response.arrayBuffer()));
      expect(answer.errors).toBeUndefined();
      const result = answer.data!.importDocument;
      const expected = await stored(seed.kind, id, 'trunguong.viewer');
      const fidelity = score(expected, await stored(seed.kind, result.planId ?? result.reportId!, seed.editor));
      console.log(
        `fidelity ${seed.source.slice(0, 3)} (round trip): ${fidelity.found}/${fidelity.total} = ${(fidelity.ratio * 100).toFixed(1)}%`,
      );
      console.log(
        `  missed: ${fidelity.missed
          .slice(0, 12)
          .map((m) => m.slice(0, 90))
          .join('\n          ')}`,
      );
      expect(fidelity.ratio).toBeGreaterThanOrEqual(seed.floor);
      await discard(result, seed.editor);
    });
  }
});
