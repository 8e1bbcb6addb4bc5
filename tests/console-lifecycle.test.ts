import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type Api } from './support/api';
import { agencyId, unitId } from './support/catalogue';
import { buildConsole, launchChromium, openConsole, screenshot, signIn } from './support/console';
import { ownDatabase } from './support/own-database';

/** The yearly cycle in the console: deadlines on the dashboard, a unit's reporting status, the approver's "Ban hành". */
let api: Api;
let database: Awaited<ReturnType<typeof ownDatabase>>;
let browser: Browser;
let consoleUrl: string;
let page: Page;

beforeAll(async () => {
  buildConsole();
  // Issuing takes numbers from a register for good: this file works on its own copy of the demo data.
  database = await ownDatabase('console_lifecycle');
  api = await startApi({ databaseUrl: database.url });
  consoleUrl = `${api.url.replace(/\/graphql$/, '')}/admin/`;
  browser = await launchChromium();
}, 240_000);

afterEach(async (context) => {
  if (context.task.result?.state === 'fail' && page)
    await screenshot(page, `failed-${context.task.name.slice(0, 60).replace(/[^\p{L}\d]+/gu, '-')}`);
});

afterAll(async () => {
  await browser?.close();
  await api?.stop();
  await database?.drop();
});

/** One page for the file (a second browser context is not to be had everywhere): users change by signing out and in. */
async function as(username: string) {
  if (!page) {
    page = await openConsole(browser, consoleUrl);
    await page.locator('input[name=username]').waitFor({ timeout: 90_000 });
  } else if (await page.getByTestId('identity').count()) {
    await page.getByRole('button', { name: 'Tài khoản' }).click();
    await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
    await page.locator('input[name=username]').waitFor();
  }
  await signIn(page, username);
  await page.getByTestId('identity').waitFor();
}

describe('Console reporting deadlines', () => {
  it('the dashboard lists overdue reports first, with the unit that owes them and a link to the plan', async () => {
    await as('botrach.editor');
    const overdue = page.getByTestId('obligations-overdue');
    await overdue.waitFor();
    const text = await overdue.innerText();
    expect(text).toContain('30/11/2021');
    expect(text).toMatch(/Thị trấn Phong Nha|Xã Thượng Trạch/);
    expect(await overdue.getByRole('link', { name: '65/KH-UBND' }).count()).toBeGreaterThan(0);
    await screenshot(page, 'dashboard-deadlines');
  });

  it('a unit’s page shows how its units below reported in a year', async () => {
    await as('quangbinh.viewer');
    await page.goto(`${consoleUrl}#/AdministrativeUnit/${await unitId(api, '44')}/show`);
    const status = page.getByTestId('reporting-status');
    await status.waitFor();
    await page.getByTestId('reporting-year').fill('2021');
    await expect.poll(async () => status.getByRole('row', { name: /Bố Trạch/ }).count(), { timeout: 30_000 }).toBe(1);
    const row = await status.getByRole('row', { name: /Bố Trạch/ }).innerText();
    const [due, onTime, late, overdue] = row
      .split(/\s+/)
      .filter((c) => /^\d+$/.test(c))
      .map(Number);
    expect(due).toBeGreaterThan(0);
    expect([onTime, late, overdue]).toEqual([0, 0, due]);
    await screenshot(page, 'unit-reporting-status');
  });
});

describe('Console plan lifecycle', () => {
  it('the approver issues a plan in review with the "Ban hành" button; the number comes from the register', async () => {
    const editor = await api.login('quangtri.editor');
    const created = await api.request<{ createPlan: { id: string } }>(
      `mutation C($u: ID!, $a: ID!) { createPlan(title: "Kế hoạch chuyên đề (kiểm thử giao diện)",
      startYear: 2026, endYear: 2026, administrativeUnitId: $u, issuingAgencyId: $a, status: IN_REVIEW) { id } }`,
      { u: await unitId(api, '45'), a: await agencyId(api, 'quangtri.ubnd') },
      editor,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createPlan.id;
    await as('quangtri.approver');
    await page.goto(`${consoleUrl}#/Plan/${id}/show`);
    await page.getByTestId('issuePlan').click();
    await expect
      .poll(
        async () =>
          (
            await api.request<{ Plan: { status: string; symbol: string } }>(
              'query P($id: ID!) { Plan(id: $id) { status symbol } }',
              { id },
              editor,
            )
          ).data!.Plan,
        { timeout: 30_000 },
      )
      .toEqual({ status: 'ISSUED', symbol: '01/KH-UBND' });
    await page.getByText('01/KH-UBND').first().waitFor();
    expect(await page.getByTestId('issuePlan').count()).toBe(0);
    await screenshot(page, 'plan-issued');
  });
});
