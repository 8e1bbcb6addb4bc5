import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { agencyId, createUser, unitId } from './support/catalogue';
import { consoleSession, pickOption, screenshot, signIn } from './support/console';

/**
 * Each role's job in the console, in Chromium, as issue 11 lists them. The file works on its own copy of the demo
 * data: it edits the Đức Phổ draft and issues plans (numbers come from a register for good).
 */
const session = consoleSession({ ownDatabase: 'console_roles' });
const { open } = session;
const url = (hash: string) => `${session.consoleUrl}#${hash}`;

type Plan = {
  id: string;
  budgetLines: { id: string; plannedAmount: string | null; allocatedAmount: string | null; spentAmount: string | null }[];
};
const PLAN = `mutation C($title: String, $status: PlanStatus, $unit: ID, $agency: ID, $place: String, $dateLabel: String, $preamble: String, $bases: [LegalBasisInput!], $lines: [PlanBudgetLineInput!], $documentId: ID) {
  createPlan(title: $title, status: $status, startYear: 2033, endYear: 2033, administrativeUnitId: $unit, issuingAgencyId: $agency, place: $place, dateLabel: $dateLabel,
    preamble: $preamble, legalBases: $bases, budgetLines: $lines, documentId: $documentId) { id budgetLines { id plannedAmount allocatedAmount spentAmount } }
}`;
const stamp = Date.now() % 100000;
let quangTri: string;
let provincialCommittee: string;
let editor: string;

async function documentIdOf(symbol: string) {
  const result = await session.api.request<{ allLegalDocuments: { id: string }[] }>(
    'query D($s: String) { allLegalDocuments(filter: { symbol: $s }) { id } }',
    { s: symbol },
  );
  return result.data!.allLegalDocuments[0].id;
}

async function createPlan(variables: Record<string, unknown>): Promise<Plan> {
  const result = await session.api.request<{ createPlan: Plan }>(
    PLAN,
    { unit: quangTri, agency: provincialCommittee, ...variables },
    editor,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.createPlan;
}

beforeAll(async () => {
  quangTri = await unitId(session.api, '45');
  provincialCommittee = await agencyId(session.api, 'quangtri.ubnd');
  editor = await session.api.login('quangtri.editor');
});

describe('Console: the editor', () => {
  it('ducpho.editor drafts next year’s Đức Phổ plan from the issued one, adds a one-time report deadline, is not offered finance amounts, and loses nothing on save', async () => {
    const token = await session.api.login('ducpho.editor');
    const issued = (
      await session.api.request<{ allPlans: { id: string }[] }>('{ allPlans(filter: { q: "duc pho 2022" }) { id } }', {}, token)
    ).data!.allPlans[0];
    const copied = await session.api.request<{ copyPlan: { id: string } }>(
      'mutation C($id: ID!) { copyPlan(id: $id, year: 2023) { id } }',
      { id: issued.id },
      token,
    );
    expect(copied.errors).toBeUndefined();
    const query = `query P($id: ID!) { plan: Plan(id: $id) { id activities { label title schedule { label } } legalBases { kind document { id } }
      responsibilities { agency { id } duties } recipients { name purpose } budgetLines { source description } reportingRequirements { dueDates { label dueDate recurringDay recurringMonth } } } }`;
    type Read = {
      plan: {
        id: string;
        activities: unknown[];
        legalBases: unknown[];
        responsibilities: unknown[];
        recipients: unknown[];
        budgetLines: unknown[];
        reportingRequirements: { dueDates: unknown[] }[];
      };
    };
    const before = (await session.api.request<Read>(query, { id: copied.data!.copyPlan.id }, token)).data!.plan;
    const page = await open('ducpho.editor');
    await page.goto(url(`/Plan/${before.id}`));
    await page.locator('[name="title"]').waitFor();

    await page.getByRole('tab', { name: 'Kinh phí' }).click();
    await page.locator('[name="budgetLines.0.plannedAmount"]').waitFor();
    expect(await page.locator('[name="budgetLines.0.allocatedAmount"]').count()).toBe(0);
    expect(await page.getByLabel('Đã chi').count()).toBe(0);

    await page.getByRole('tab', { name: 'Tổ chức thực hiện' }).click();
    await page.locator('[class~="button-add-reportingRequirements.0.dueDates"]').click();
    await page.locator('[name="reportingRequirements.0.dueDates.1.label"]').fill('trước ngày 15/12/2022');
    await page.locator('[name="reportingRequirements.0.dueDates.1.dueDate"]').fill('15/12/2022');
    await screenshot(page, 'role-editor-deadline');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByTestId('plan-title').waitFor();
    expect(await page.getByTestId('plan-reporting').innerText()).toContain('trước ngày 15/12/2022');
    await screenshot(page, 'role-editor-saved');

    const after = (await session.api.request<Read>(query, { id: before.id }, token)).data!.plan;
    expect(after.reportingRequirements[0].dueDates).toEqual([
      ...before.reportingRequirements[0].dueDates,
      { label: 'trước ngày 15/12/2022', dueDate: '2022-12-15', recurringDay: null, recurringMonth: null },
    ]);
    for (const part of ['activities', 'legalBases', 'responsibilities', 'recipients', 'budgetLines'] as const)
      expect(after[part], part).toEqual(before[part]);
  });
});

describe('Console: finance', () => {
  it('quangtri.finance enters allocated and spent amounts on a plan’s budget page and sees the totals', async () => {
    const plan = await createPlan({
      title: `Kế hoạch thử nghiệm kinh phí ${stamp}`,
      lines: [
        { fiscalYear: 2033, source: 'LOCAL_BUDGET', description: 'Hội nghị tuyên truyền biển đảo', plannedAmount: '25000000' },
        { fiscalYear: 2033, source: 'CENTRAL_SUPPORT', description: 'In ấn tài liệu', plannedAmount: '10000000' },
      ],
    });
    const [first, second] = plan.budgetLines;
    const page = await open('quangtri.finance');
    await page.goto(url(`/Plan/${plan.id}/show`));
    await page.getByTestId('plan-title').waitFor();
    expect(await page.getByRole('link', { name: 'Sửa' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Kinh phí' }).click();
    await page.getByTestId('budget-lines').waitFor();
    // Nothing entered yet reads as empty, not "0 đ".
    expect((await page.getByTestId('budget-totals').innerText()).split('\t')).toEqual(['Tổng cộng', '35.000.000 đ', '', '']);
    await page.locator(`[name="allocatedAmount.${first.id}"]`).fill('25000000');
    await page.locator(`[name="spentAmount.${first.id}"]`).fill('24.500.000');
    await page.locator(`[name="allocatedAmount.${second.id}"]`).fill('10000000');
    expect(await page.locator(`[name="allocatedAmount.${first.id}"]`).inputValue()).toBe('25.000.000');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu số được giao và đã chi.').waitFor();
    const totals = await page.getByTestId('budget-totals').innerText();
    expect(totals).toMatch(/Tổng cộng\s+35\.000\.000 đ\s+35\.000\.000 đ\s+24\.500\.000 đ/);
    await screenshot(page, 'role-finance-budget');

    const stored = await session.api.request<{ Plan: Plan }>(
      `{ Plan(id: "${plan.id}") { id budgetLines { id plannedAmount allocatedAmount spentAmount } } }`,
      {},
      await session.api.login('quangtri.finance'),
    );
    expect(stored.data!.Plan.budgetLines).toEqual([
      { id: first.id, plannedAmount: '25000000', allocatedAmount: '25000000', spentAmount: '24500000' },
      { id: second.id, plannedAmount: '10000000', allocatedAmount: '10000000', spentAmount: null },
    ]);
  });

  it('an editor sees the budget page read-only', async () => {
    const plan = await createPlan({
      title: `Kế hoạch thử nghiệm kinh phí chỉ xem ${stamp}`,
      lines: [{ fiscalYear: 2033, source: 'LOCAL_BUDGET', description: 'Tọa đàm', plannedAmount: '5000000' }],
    });
    const page = await open('quangtri.editor');
    await page.goto(url(`/Plan/${plan.id}/budget`));
    await page.getByTestId('budget-lines').waitFor();
    expect(await page.locator(`[name="allocatedAmount.${plan.budgetLines[0].id}"]`).count()).toBe(0);
    expect(await page.getByTestId('budget-totals').innerText()).toContain('5.000.000 đ');
  });
});

describe('Console: the approver', () => {
  it('quangtri.approver issues a plan in review; the date line then reads from the issue date and each basis is cited once, as officials write it', async () => {
    const plan = await createPlan({
      title: `Kế hoạch thử nghiệm ban hành ${stamp}`,
      status: 'IN_REVIEW',
      place: 'Quảng Trị',
      dateLabel: 'Quảng Trị, ngày    tháng 02 năm 2022',
      bases: [
        { kind: 'BASIS', documentId: await documentIdOf('72/2015/NĐ-CP') },
        { kind: 'BASIS', documentId: await documentIdOf('22/2016/TT-BTTTT') },
      ],
      preamble:
        'Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ về quản lý hoạt động thông tin đối ngoại; Thông tư số 22/2016/TT-BTTTT ngày 19/10/2016 của Bộ Thông tin và Truyền thông; UBND tỉnh xây dựng Kế hoạch với các nội dung cụ thể như sau:',
    });
    const page = await open('quangtri.approver');
    await page.goto(url(`/Plan/${plan.id}/show`));
    await page.getByTestId('plan-title').waitFor();
    // Before issue, the line reads as the draft has it.
    expect(await page.getByTestId('plan-date-line').textContent()).toBe('Quảng Trị, ngày    tháng 02 năm 2022');
    await page.getByTestId('issuePlan').click();
    await expect.poll(() => page.getByTestId('plan-status').innerText(), { timeout: 30_000 }).toBe('Đã ban hành');
    const issued = (
      await session.api.request<{ Plan: { issuedOn: string; symbol: string } }>(
        `{ Plan(id: "${plan.id}") { issuedOn symbol } }`,
        {},
        editor,
      )
    ).data!.Plan;
    const [year, month, day] = issued.issuedOn.split('-');
    // Day below 10 and months 1 and 2 take a leading zero, as administrative documents write them.
    expect(await page.getByTestId('plan-date-line').innerText()).toBe(
      `Quảng Trị, ngày ${day} tháng ${Number(month) < 3 ? month : Number(month)} năm ${year}`,
    );
    expect(await page.getByTestId('plan-symbol').innerText()).toContain(issued.symbol);
    const bases = await page.getByTestId('plan-bases').innerText();
    expect(bases.split('\n').filter(Boolean)).toEqual([
      'Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ về quản lý hoạt động thông tin đối ngoại;',
      'Căn cứ Thông tư số 22/2016/TT-BTTTT ngày 19/10/2016 của Bộ Thông tin và Truyền thông hướng dẫn quản lý hoạt động thông tin đối ngoại của các tỉnh, thành phố trực thuộc Trung ương;',
    ]);
    const documentText = await page.locator('.ttdn-document').innerText();
    expect(documentText.split('72/2015/NĐ-CP')).toHaveLength(2);
    expect(documentText).toContain('UBND tỉnh xây dựng Kế hoạch với các nội dung cụ thể như sau:');
    await screenshot(page, 'role-approver-issued');

    try {
      // Printed, the document stands alone on A4: no app bar, menu or buttons.
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('header.MuiAppBar-root').isVisible()).toBe(false);
      expect(await page.getByRole('link', { name: 'Danh sách' }).isVisible()).toBe(false);
      expect(await page.getByTestId('plan-title').isVisible()).toBe(true);
      await screenshot(page, 'role-approver-print');
      await page.emulateMedia({ media: 'screen' });
      // On a phone the page does not scroll sideways; wide tables scroll inside their box.
      await page.setViewportSize({ width: 390, height: 844 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await screenshot(page, 'role-approver-phone');
    } finally {
      await page.emulateMedia({ media: 'screen' });
      await page.setViewportSize({ width: 1400, height: 900 });
    }
  });
});

describe('Console: reports', () => {
  it('quangtri.editor opens a report from its plan, edits it without re-picking its agency, adds and reorders sections, and is offered no status it cannot set', async () => {
    const admin = await session.api.login('admin');
    const doc = await session.api.request<{ createLegalDocument: { id: string } }>(
      'mutation D($s: String) { createLegalDocument(documentType: PLAN, symbol: $s, issuedOn: "2033-01-10", issuerName: "UBND tỉnh Quảng Trị", title: "Kế hoạch thử nghiệm báo cáo") { id } }',
      { s: `${stamp}/KH-TN` },
      admin,
    );
    expect(doc.errors).toBeUndefined();
    const plan = await createPlan({ title: `Kế hoạch thử nghiệm báo cáo ${stamp}`, documentId: doc.data!.createLegalDocument.id });
    const stttt = await agencyId(session.api, 'quangtri.stttt');
    const reportTitle = `Báo cáo thử nghiệm ${stamp}`;
    const created = await session.api.request<{ createReport: { id: string } }>(
      `mutation R($unit: ID, $agency: ID, $doc: ID, $title: String) { createReport(title: $title, kind: PERIODIC, periodStart: "2033-01-01", periodEnd: "2033-06-30",
        administrativeUnitId: $unit, issuingAgencyId: $agency, respondsToId: $doc, status: DRAFT, sections: [{ heading: "Kết quả thực hiện", body: "Đã tổ chức hội nghị." }]) { id } }`,
      { unit: quangTri, agency: stttt, doc: doc.data!.createLegalDocument.id, title: reportTitle },
      editor,
    );
    expect(created.errors).toBeUndefined();
    const reportId = created.data!.createReport.id;

    const page = await open('quangtri.editor');
    await page.goto(url(`/Plan/${plan.id}/show`));
    await page
      .getByTestId('plan-reports')
      .getByRole('link', { name: new RegExp(reportTitle) })
      .click();
    await page.waitForURL(new RegExp(`/Report/${reportId}/show`));
    await page.getByText(reportTitle).first().waitFor();
    await page.getByRole('link', { name: 'Sửa' }).click();
    await page.waitForURL(new RegExp(`/Report/${reportId}$`));
    await page.locator('[name="title"]').waitFor();
    // The agency the report was made with is there, not emptied.
    await expect.poll(() => page.locator('.ra-input-issuingAgencyId input').inputValue()).toContain('Sở Thông tin');
    await page.locator('.ra-input-status [role="combobox"]').click();
    expect(await page.getByRole('option').allInnerTexts()).toEqual(['Dự thảo']);
    await page.keyboard.press('Escape');
    await page.locator('[name="title"]').fill(`${reportTitle} (sửa)`);

    await page.getByRole('tab', { name: 'Nội dung báo cáo' }).click();
    await page.locator('.button-add-sections').click();
    await page.locator('[name="sections.1.heading"]').fill('Đánh giá chung');
    await page.locator('[name="sections.1.body"]').fill('Hoàn thành các nhiệm vụ đề ra.');
    await page.locator('.ra-input-sections .RaSimpleFormIterator-line').nth(1).getByRole('button', { name: 'Chuyển lên' }).click();
    await page.getByRole('tab', { name: 'Kết quả' }).click();
    await page.locator('.button-add-results').click();
    await page.locator('[name="results.0.heading"]').fill('Hội nghị tuyên truyền');
    await page.locator('[name="results.0.outcome"]').fill('02 hội nghị, 300 lượt người');
    await page.getByRole('tab', { name: 'Kinh phí' }).click();
    await page.locator('.button-add-spendingLines').click();
    await page.locator('[name="spendingLines.0.description"]').fill('Hội nghị');
    await page.locator('[name="spendingLines.0.plannedAmount"]').fill('12000000');
    expect(await page.locator('[name="spendingLines.0.spentAmount"]').count()).toBe(0);
    await screenshot(page, 'role-editor-report');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.waitForURL(/\/show$/);
    await page.getByRole('link', { name: 'Sửa' }).waitFor();

    const stored = await session.api.request<{ Report: Record<string, unknown> }>(
      `{ Report(id: "${reportId}") { title issuingAgency { id } sections { heading } results { heading status } spendingLines { description plannedAmount } } }`,
      {},
      editor,
    );
    expect(stored.data!.Report).toEqual({
      title: `${reportTitle} (sửa)`,
      issuingAgency: { id: stttt },
      sections: [{ heading: 'Đánh giá chung' }, { heading: 'Kết quả thực hiện' }],
      results: [{ heading: 'Hội nghị tuyên truyền', status: 'DONE' }],
      spendingLines: [{ description: 'Hội nghị', plannedAmount: '12000000' }],
    });
    await page.getByRole('tab', { name: 'Nội dung báo cáo' }).click();
    expect(await page.getByTestId('report-sections').innerText()).toMatch(/Đánh giá chung[\s\S]*Kết quả thực hiện/);
    await screenshot(page, 'role-editor-report-saved');
  });
});

describe('Console: refusals on the field', () => {
  it('an editor sees the API’s refusal naming a field under that field', async () => {
    const plan = await createPlan({ title: `Kế hoạch thử nghiệm lỗi trường ${stamp}` });
    const page = await open('quangtri.editor');
    await page.goto(url(`/Plan/${plan.id}`));
    await page.locator('[name="endYear"]').fill('2030');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.locator('.ra-input-endYear').getByText('Năm kết thúc không được trước năm bắt đầu.').waitFor();
    await screenshot(page, 'role-field-error');
  });
});

describe('Console: deleting', () => {
  it('an editor deletes a draft and is told it was deleted', async () => {
    const plan = await createPlan({ title: `Kế hoạch thử nghiệm xóa ${stamp}` });
    const page = await open('quangtri.editor');
    await page.goto(url(`/Plan/${plan.id}`));
    await page.locator('[name="title"]').waitFor();
    await page.getByRole('button', { name: 'Xóa' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Xác nhận' }).click();
    await page.getByText('Đã xóa').waitFor();
    const after = await session.api.request(`{ Plan(id: "${plan.id}") { id } }`, {}, editor);
    expect(after.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('Console: findability', () => {
  it('quangtri.editor finds the plan with "quang tri 2022" and exports the list with Vietnamese headers, labels and a byte-order mark', async () => {
    const page = await open('quangtri.editor');
    await page.goto(url('/Plan'));
    await page.getByText(`Kế hoạch thử nghiệm kinh phí ${stamp}`).waitFor();
    await page.getByPlaceholder('Tìm theo tên, số ký hiệu, nội dung').fill('quang tri 2022');
    // Plans without those words leave the list; the Quảng Trị plan stays.
    await expect.poll(() => page.getByText(`Kế hoạch thử nghiệm kinh phí ${stamp}`).count(), { timeout: 30_000 }).toBe(0);
    await page.getByText('Công tác thông tin đối ngoại của tỉnh Quảng Trị năm 2022').waitFor();
    await screenshot(page, 'role-search');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất dữ liệu' }).click()]);
    const csv = fs.readFileSync(await download.path(), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = csv.slice(1).split('\r\n');
    expect(header).toBe(
      'Số, ký hiệu,Tên kế hoạch,Đơn vị,Từ năm,Đến năm,Trạng thái,Ngày ban hành,Cơ quan ban hành,Tổng dự toán'.replace(
        'Số, ký hiệu',
        '"Số, ký hiệu"',
      ),
    );
    expect(rows.join('\n')).toContain('Công tác thông tin đối ngoại của tỉnh Quảng Trị năm 2022');
    expect(rows.join('\n')).not.toContain('thử nghiệm kinh phí');
    expect(rows.join('\n')).toContain('Dự thảo');
    expect(rows.join('\n')).not.toContain('DRAFT');
  });

  it('a unit picker tells the two Phong Nha apart by kind, parent and validity', async () => {
    const page = await open('quangbinh.viewer');
    await page.goto(url('/Plan'));
    const input = page.locator('.ra-input-administrativeUnitId input');
    await input.click();
    await input.fill('Phong Nha');
    await expect.poll(() => page.getByRole('option').allInnerTexts()).toContain('Phong Nha — thị trấn, Bố Trạch (đến 30/6/2025)');
    await screenshot(page, 'role-unit-picker');
  });
});

describe('Console: own account', () => {
  it('a user changes their own password; a wrong current password is shown on its field', async () => {
    await createUser(session.api, 'doimatkhau.console', '45', ['VIEWER']);
    const page = await open('doimatkhau.console');
    await page.getByRole('button', { name: 'Tài khoản' }).click();
    await page.getByRole('menuitem', { name: 'Đổi mật khẩu' }).click();
    await page.locator('[name="currentPassword"]').fill('sai-mat-khau');
    await page.locator('[name="newPassword"]').fill('mat-khau-moi-2026');
    await page.locator('[name="confirmation"]').fill('mat-khau-moi-2026');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.locator('.ra-input-currentPassword').getByText('Mật khẩu hiện tại không đúng.').waitFor();
    await screenshot(page, 'role-password-refused');
    await page.locator('[name="currentPassword"]').fill('demo1234');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.getByText('Đã đổi mật khẩu.').waitFor();
    await session.signOut();
    await signIn(page, 'doimatkhau.console', 'mat-khau-moi-2026');
    await page.getByTestId('identity').waitFor();
  });
});

void pickOption;
