import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, expectError, type Api } from './support/api';

/** The citation parser's table of cases: every form the five seed texts and the issue use. */
const QUERY = `query Refs($text: String!) { parseLegalReferences(text: $text) {
  printed printedSymbol symbol documentType issuedOn issuerName name warnings { code message } document { id symbol issuerName } } }`;

interface Ref {
  printed: string;
  printedSymbol: string | null;
  symbol: string | null;
  documentType: string;
  issuedOn: string | null;
  issuerName: string | null;
  name: string | null;
  warnings: { code: string; message: string }[];
  document: { id: string; symbol: string; issuerName: string } | null;
}

let api: Api;
const parse = async (text: string): Promise<Ref[]> => {
  const result = await api.request<{ parseLegalReferences: Ref[] }>(QUERY, { text }, '');
  expect(result.errors).toBeUndefined();
  return result.data!.parseLegalReferences;
};
const codes = (r: Ref) => r.warnings.map((w) => w.code);

beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.stop());

const CASES: [string, string, Partial<Ref> & { warningCodes?: string[]; matched?: boolean }][] = [
  [
    'a decree with date and issuer',
    'Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ về quản lý hoạt động thông tin đối ngoại;',
    {
      printed: 'Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ',
      symbol: '72/2015/NĐ-CP',
      documentType: 'DECREE',
      issuedOn: '2015-09-07',
      issuerName: 'Chính phủ',
      warningCodes: [],
      matched: true,
    },
  ],
  [
    'a Party conclusion with a space after the number',
    'Quán triệt Kết luận số 57- KL/TW của Bộ Chính trị.',
    {
      printedSymbol: '57- KL/TW',
      symbol: '57-KL/TW',
      documentType: 'CONCLUSION',
      issuerName: 'Bộ Chính trị',
      warningCodes: ['NO_YEAR'],
      matched: true,
    },
  ],
  [
    'a Party plan printed in the state form',
    'Kế hoạch số 211/KH-TU của Ban Thường vụ Tỉnh ủy',
    { printedSymbol: '211/KH-TU', symbol: '211-KH/TU', documentType: 'PLAN', issuerName: 'Ban Thường vụ Tỉnh ủy', matched: true },
  ],
  [
    'a directive without "số" and with spaced dashes',
    'Chỉ thị 25 - CT/TW ngày 08/8/2018 của Ban Bí thư về đẩy mạnh',
    {
      printed: 'Chỉ thị 25 - CT/TW ngày 08/8/2018 của Ban Bí thư',
      printedSymbol: '25 - CT/TW',
      symbol: '25-CT/TW',
      documentType: 'DIRECTIVE',
      issuedOn: '2018-08-08',
      issuerName: 'Ban Bí thư',
      warningCodes: [],
      matched: true,
    },
  ],
  [
    'a law with no symbol',
    'theo quy định của Luật Ngân sách nhà nước ngày 25/6/2015 và',
    {
      printed: 'Luật Ngân sách nhà nước ngày 25/6/2015',
      symbol: null,
      name: 'Luật Ngân sách nhà nước',
      documentType: 'LAW',
      issuedOn: '2015-06-25',
      warningCodes: ['NO_SYMBOL'],
    },
  ],
  [
    'a decision without its year and without a date',
    'Quyết định số 368/QĐ-TTg về thông tin đối ngoại',
    { symbol: '368/QĐ-TTg', documentType: 'DECISION', issuedOn: null, warningCodes: ['NO_YEAR'], matched: true },
  ],
  [
    'a circular whose dash was lost',
    'Thông tư số 22/2016/TTBTTTT ngày 19/10/ 2016 của Bộ Thông tin và Truyền thông',
    {
      printedSymbol: '22/2016/TTBTTTT',
      symbol: '22/2016/TT-BTTTT',
      issuedOn: '2016-10-19',
      warningCodes: ['SYMBOL_REPAIRED'],
      matched: true,
    },
  ],
  [
    'a decree dated after its own year, kept as printed',
    'Nghị định số 09/2016/NĐ-CP ngày 9/2/2017 của Chính phủ quy định chi tiết',
    { symbol: '09/2016/NĐ-CP', issuedOn: '2017-02-09', warningCodes: ['DATED_AFTER_SYMBOL_YEAR'], matched: true },
  ],
  [
    'a decision dated before its own year',
    'Quyết định số 12/2020/QĐ-UBND ngày 30/12/2019 của UBND tỉnh',
    { symbol: '12/2020/QĐ-UBND', issuedOn: '2019-12-30', warningCodes: ['DATED_BEFORE_SYMBOL_YEAR'], matched: false },
  ],
  [
    'the issuer printed before the date',
    'Chỉ thị số 28/CT-TTg của Thủ tướng Chính phủ ngày 26/10/2021 về việc',
    { symbol: '28/CT-TTg', issuerName: 'Thủ tướng Chính phủ', issuedOn: '2021-10-26', matched: true },
  ],
  [
    'a joint programme of two ministries',
    'Chương trình phối hợp công tác số 5115/CTr-BTTTT-BTLBP giữa Bộ Thông tin và Truyền thông và Bộ Tư lệnh Bộ đội Biên phòng trong công tác',
    {
      symbol: '5115/CTr-BTTTT-BTLBP',
      documentType: 'PROGRAM',
      issuerName: 'Bộ Thông tin và Truyền thông và Bộ Tư lệnh Bộ đội Biên phòng',
      matched: true,
    },
  ],
  [
    'an official letter with a date in words',
    'Công văn số 15/UBND-VX ngày 3 tháng 4 năm 2024 của UBND huyện',
    { symbol: '15/UBND-VX', documentType: 'OFFICIAL_LETTER', issuedOn: '2024-04-03', issuerName: 'UBND huyện', matched: false },
  ],
];

describe('Legal references', () => {
  for (const [name, text, expected] of CASES) {
    it(`anyone can parse ${name}`, async () => {
      const [ref, ...others] = await parse(text);
      expect(others).toHaveLength(0);
      const { warningCodes, matched, ...fields } = expected;
      expect(ref).toMatchObject(fields);
      if (warningCodes) expect(codes(ref)).toEqual(warningCodes);
      if (matched !== undefined) expect(Boolean(ref.document)).toBe(matched);
      if (ref.document && ref.symbol) expect([ref.symbol, '09/2017/NĐ-CP']).toContain(ref.document.symbol);
    });
  }

  it("anyone can parse a citation nested in another one's title, each counted once", async () => {
    const refs = await parse(
      'Thực hiện Kế hoạch số 110-KH/HU ngày 03/8/2023 của Ban Thường vụ Huyện ủy về triển khai thực hiện Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị; Kết luận số 57-KL/TW của Bộ Chính trị.',
    );
    expect(refs.map((r) => r.symbol)).toEqual(['110-KH/HU', '57-KL/TW']);
    expect(refs[1]).toMatchObject({ issuedOn: '2023-06-15', issuerName: 'Bộ Chính trị' });
  });

  it('anyone can parse the misprinted decree of the Khánh Sơn report and get the corrected catalogue entry', async () => {
    const [ref] = await parse('Nghị định số 09/2016/NĐ-CP ngày 9/2/2017 của Chính phủ');
    expect(ref.document).toMatchObject({ symbol: '09/2017/NĐ-CP' });
  });

  it("anyone can tell two provinces' 194/KH-UBND apart only by the issuer", async () => {
    const [ref] = await parse('Kế hoạch số 194/KH-UBND ngày 16/11/2020 của UBND tỉnh Quảng Bình');
    expect(ref.document).toMatchObject({ symbol: '194/KH-UBND', issuerName: 'UBND tỉnh Quảng Bình' });
  });

  it('anyone can parse each seed text and find the documents its seed file catalogues', async () => {
    const dir = path.join(__dirname, '..', 'seeds');
    const pairs = [
      ['000_6b3a9102067bfc00.txt', '000-botrach-2021.json'],
      ['001_c5196a189b26e883.txt', '001-kimdong-2023.json'],
      ['002_b8da6a2ee59bc676.txt', '002-quangtri-2022.json'],
      ['003_f1fa00e5c2f64d98.txt', '003-ducpho-2022.json'],
      ['004_27313af5209fed80.txt', '004-khanhson-2019.json'],
    ];
    for (const [source, seed] of pairs) {
      const refs = await parse(fs.readFileSync(path.join(dir, 'sources', source), 'utf8'));
      const catalogued = (
        JSON.parse(fs.readFileSync(path.join(dir, 'documents', seed), 'utf8')).legalDocuments as { symbol?: string }[]
      ).flatMap((d) => (d.symbol ? [d.symbol] : []));
      const found = refs.map((r) => r.document?.symbol).filter(Boolean);
      expect(found, source).toEqual(expect.arrayContaining(catalogued));
    }
  });

  it('nobody can send a text over the limit', async () => {
    const result = await api.request(QUERY, { text: 'x'.repeat(200_001) }, '');
    expectError(result, 'BAD_USER_INPUT', 'text');
  });
});
