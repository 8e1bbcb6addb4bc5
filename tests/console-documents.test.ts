import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type Api } from './support/api';
import { buildConsole, launchChromium, openConsole, screenshot, signIn } from './support/console';

/** The console's document pages (issue 13): import with review, download as .docx, inferred facts marked. */
let api: Api;
let browser: Browser;
let consoleUrl: string;
let page: Page;

beforeAll(async () => {
  buildConsole();
  api = await startApi();
  consoleUrl = `${api.url.replace(/\/graphql$/, '')}/admin/`;
  browser = await launchChromium();
  page = await openConsole(browser, consoleUrl);
  await page.locator('input[name=username]').waitFor({ timeout: 90_000 });
  await signIn(page, 'kimdong.editor');
  await page.getByTestId('identity').waitFor();
}, 240_000);

afterEach(async (context) => {
  if (context.task.result?.state === 'fail')
    await screenshot(page, `failed-documents-${context.task.name.slice(0, 50).replace(/[^\p{L}\d]+/gu, '-')}`);
});

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

describe('Console documents', () => {
  it('kimdong.editor can import a Word-processed text: review what was read, save it as a draft, and download it as .docx', async () => {
    await page.goto(`${consoleUrl}#/Plan`);
    await page.getByTestId('import-button').click();
    await page.getByTestId('import-file').setInputFiles(path.join(__dirname, '..', 'seeds', 'sources', '001_c5196a189b26e883.txt'));
    await page.getByTestId('import-read').click();
    const review = page.getByTestId('import-review');
    await review.waitFor();
    expect(await review.innerText()).toContain('Triển khai thực hiện Kết luận số 57-KL/TW');
    expect(await review.innerText()).toContain('Vũ Thị Chanh');
    await screenshot(page, 'import-review');

    await page.getByTestId('import-save').click();
    await page.getByTestId('plan-title').waitFor();
    expect(await page.getByTestId('plan-status').innerText()).toBe('Dự thảo');
    const id = /#\/Plan\/(\d+)\/show/.exec(page.url())![1];

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-docx').click()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);

    const token = await api.login('kimdong.editor');
    expect((await api.request('mutation($id: ID!) { deletePlan(id: $id) { id } }', { id }, token)).errors).toBeUndefined();
  });

  it('kimdong.editor sees the import refuse a file of another type, in Vietnamese', async () => {
    await page.goto(`${consoleUrl}#/import`);
    await page
      .getByTestId('import-file')
      .setInputFiles({ name: 'ke-hoach.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
    await page.getByTestId('import-read').click();
    expect(await page.getByTestId('import-error').innerText()).toContain('Chỉ nhận tệp .docx hoặc .txt');
  });

  it('kimdong.editor sees inferred participants marked "(suy ra)" on the plan page', async () => {
    await page.goto(`${consoleUrl}#/Plan`);
    await page
      .getByRole('row', { name: /Kim Động/ })
      .first()
      .click();
    await page.getByTestId('plan-activities').waitFor();
    expect(await page.getByTestId('inferred').count()).toBeGreaterThan(0);
  });
});
