import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateAdministrativeUnitDocument, CreatePlanDocument } from './generated/graphql';
import { startApi, type Api } from './support/api';
import { agencyId, createUser, unitId } from './support/catalogue';

let api: Api;
let finance: string;
let viewer: string;
let unit: string;

const LINE_HEADERS = [
  'Mã dòng',
  'Năm ngân sách',
  'Nguồn kinh phí',
  'Nội dung chi',
  'Mã đơn vị',
  'Đơn vị',
  'Mã kế hoạch',
  'Kế hoạch / báo cáo',
  'Nhiệm vụ',
  'Dự toán (đồng)',
  'Được giao (đồng)',
  'Đã chi (đồng)',
];

const get = (path: string, token?: string) =>
  fetch(api.url.replace('/graphql', path), { headers: token ? { authorization: `Bearer ${token}` } : {} });

/** RFC 4180 CSV, enough for what the server writes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r') continue;
    else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  return rows;
}

const csv = async (path: string, token: string) => {
  const response = await get(path, token);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/text\/csv/);
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM, so Excel reads UTF-8
  return { rows: parseCsv(new TextDecoder().decode(bytes)), response };
};

const workbook = async (path: string, token: string) => {
  const response = await get(path, token);
  expect(response.status).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await response.arrayBuffer());
  return { book, response };
};

const listed = async (token: string, filter: object) => {
  const result = await api.request<{ allBudgetLines: { id: string; plannedAmount: string | null }[] }>(
    'query L($f: BudgetLineFilter) { allBudgetLines(perPage: 1000, filter: $f) { id plannedAmount } }',
    { f: filter },
    token,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.allBudgetLines;
};

beforeAll(async () => {
  api = await startApi();
  const created = await api.request(
    CreateAdministrativeUnitDocument,
    {
      code: 'TEST-EXPORT',
      name: 'Xuất',
      fullName: 'Huyện Xuất số liệu',
      kind: 'RURAL_DISTRICT',
      level: 'DISTRICT',
      parentId: await unitId(api, '45'),
    },
    await api.login('admin'),
  );
  unit = created.data!.createAdministrativeUnit.id;
  const editor = await createUser(api, 'export.editor', 'TEST-EXPORT', ['EDITOR', 'FINANCE']);
  const plan = await api.request(
    CreatePlanDocument,
    {
      title: 'Kế hoạch "xuất", có dấu phẩy',
      startYear: 2032,
      endYear: 2032,
      administrativeUnitId: unit,
      issuingAgencyId: await agencyId(api, 'quangtri.stttt'),
      activities: [{ label: '1', title: 'Hội nghị', category: 'TRAINING' }],
      budgetLines: [
        {
          fiscalYear: 2032,
          source: 'LOCAL_BUDGET',
          description: 'Thuê hội trường, "loa", máy chiếu',
          plannedAmount: '54000000',
          allocatedAmount: '50000000',
          spentAmount: '48500000',
          activityLabel: '1',
        },
        {
          fiscalYear: 2032,
          source: 'SOCIALIZED',
          description: 'Tài trợ',
          plannedAmount: '9007199254740993',
          allocatedAmount: null,
          spentAmount: null,
        },
      ],
    },
    editor,
  );
  expect(plan.errors).toBeUndefined();
  finance = await api.login('quangtri.finance');
  viewer = await api.login('trunguong.viewer');
});
afterAll(() => api.stop());

describe('Budget exports', () => {
  it('finance staff can export exactly the budget lines they can list, as CSV with Vietnamese headers and exact money', async () => {
    const { rows } = await csv('/export/budget-lines.csv', finance);
    expect(rows[0]).toEqual(LINE_HEADERS);
    const lines = await listed(finance, {});
    expect(
      rows
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(lines.map((l) => l.id).sort());
    const mine = rows.filter((r) => r[1] === '2032');
    expect(mine.map((r) => [r[2], r[3], r[7], r[8], r[9], r[10], r[11]])).toEqual([
      [
        'Ngân sách địa phương',
        'Thuê hội trường, "loa", máy chiếu',
        'Kế hoạch "xuất", có dấu phẩy',
        '1. Hội nghị',
        '54000000',
        '50000000',
        '48500000',
      ],
      ['Xã hội hóa', 'Tài trợ', 'Kế hoạch "xuất", có dấu phẩy', '', '9007199254740993', '', ''],
    ]);
  });

  it('the same filters apply as in the API', async () => {
    const { rows } = await csv(`/export/budget-lines.csv?fiscalYear=2032&administrativeUnitId=${unit}&source=SOCIALIZED`, viewer);
    expect(rows.slice(1).map((r) => r[9])).toEqual(['9007199254740993']);
    const quangTri = await unitId(api, '45');
    const { rows: inProvince } = await csv(`/export/budget-lines.csv?administrativeUnitId=${quangTri}`, viewer);
    expect(inProvince.length - 1).toBe((await listed(viewer, { administrativeUnitId: quangTri })).length);
  });

  it('finance staff can export the budget summary as CSV and XLSX, with the same totals as the budgetSummary query', async () => {
    const query = await api.request<{
      budgetSummary: {
        excludedLineCount: number;
        rows: { fiscalYear: number; plannedAmount: string; lineCount: number }[];
        total: { plannedAmount: string };
      };
    }>(
      '{ budgetSummary(groupBy: [FISCAL_YEAR]) { excludedLineCount rows { fiscalYear plannedAmount lineCount } total { plannedAmount } } }',
      {},
      finance,
    );
    const { rows, response } = await csv('/export/budget-summary.csv?groupBy=FISCAL_YEAR', finance);
    expect(rows[0]).toEqual(['Năm ngân sách', 'Dự toán (đồng)', 'Được giao (đồng)', 'Đã chi (đồng)', 'Số dòng kinh phí']);
    expect(rows.slice(1).map((r) => [Number(r[0]), r[1], Number(r[4])])).toEqual(
      query.data!.budgetSummary.rows.map((r) => [r.fiscalYear, r.plannedAmount, r.lineCount]),
    );
    expect(Number(response.headers.get('x-excluded-line-count'))).toBe(query.data!.budgetSummary.excludedLineCount);
    expect(query.data!.budgetSummary.excludedLineCount).toBeGreaterThan(0); // lines of other provinces are left out

    const { book } = await workbook('/export/budget-summary.xlsx?groupBy=FISCAL_YEAR', finance);
    const sheet = book.getWorksheet('Dữ liệu')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Năm ngân sách',
      'Dự toán (đồng)',
      'Được giao (đồng)',
      'Đã chi (đồng)',
      'Số dòng kinh phí',
    ]);
    const last = sheet.getRow(sheet.rowCount);
    expect(last.getCell(1).value).toBe('Tổng cộng');
    // Past 2^53 đồng a spreadsheet number would round, so the total is written as exact text.
    expect(last.getCell(2).value).toBe(query.data!.budgetSummary.total.plannedAmount);
    const notes = book.getWorksheet('Ghi chú')!;
    expect(notes.getRow(2).getCell(2).value).toBe(String(query.data!.budgetSummary.excludedLineCount));
  });

  it('budget lines export as XLSX keeps amounts as numbers when exact and as text beyond 2^53', async () => {
    const { book } = await workbook(`/export/budget-lines.xlsx?fiscalYear=2032&administrativeUnitId=${unit}`, viewer);
    const sheet = book.getWorksheet('Dữ liệu')!;
    expect((sheet.getRow(1).values as string[]).slice(1)).toEqual(LINE_HEADERS);
    expect([sheet.getRow(2).getCell(10).value, sheet.getRow(2).getCell(12).value]).toEqual([54000000, 48500000]);
    expect(sheet.getRow(3).getCell(10).value).toBe('9007199254740993');
    expect(sheet.rowCount).toBe(3);
  });

  it('the public, a bad token and a bad filter are refused with a clear error', async () => {
    const anonymous = await get('/export/budget-lines.csv');
    expect(anonymous.status).toBe(403);
    expect((await anonymous.json()).errors[0].extensions.code).toBe('FORBIDDEN');
    const badToken = await get('/export/budget-summary.xlsx', 'not-a-token');
    expect(badToken.status).toBe(401);
    const badYear = await get('/export/budget-lines.csv?fiscalYear=abc', finance);
    expect(badYear.status).toBe(400);
    expect((await badYear.json()).errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'fiscalYear' });
    const badDimension = await get('/export/budget-summary.csv?groupBy=COLOUR', finance);
    expect((await badDimension.json()).errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'groupBy' });
    expect((await (await get('/export/budget-lines.csv?colour=red', finance)).json()).errors[0].extensions.field).toBe('colour');
  });
});
