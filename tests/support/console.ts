import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, vi } from 'vitest';
import { repoRoot } from '../../server/src/common/repo-root';
import { startApi, type Api } from './api';
import { launchChromium } from './chromium';
import { ownDatabase } from './own-database';

export { launchChromium };

export const OUTPUT = path.join(repoRoot(), 'test-output');

/** Builds admin/ into admin/dist with vite, so the tests drive the console as it is in the working tree. */
export function buildConsole() {
  execFileSync(
    process.execPath,
    [path.join(repoRoot(), 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'admin/vite.config.mts', '--logLevel', 'error'],
    {
      cwd: repoRoot(),
      stdio: 'inherit',
    },
  );
}

/** A fresh browser context (own storage, so own session) in Vietnamese, with a page open on the console. */
export async function openConsole(browser: Browser, baseUrl: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  await page.goto(baseUrl);
  return page;
}

export async function signIn(page: Page, username: string, password = 'demo1234') {
  await page.locator('input[name=username]').fill(username);
  await page.locator('input[name=password]').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

export async function screenshot(page: Page, name: string) {
  fs.mkdirSync(OUTPUT, { recursive: true });
  await page.screenshot({ path: path.join(OUTPUT, `${name}.png`), fullPage: true });
}

/** Types into the react-admin autocomplete in `field` and takes the first suggestion containing `text`. */
export async function pickOption(page: Page, field: Locator, text: string) {
  const input = field.locator('input');
  await input.click();
  await input.fill(text);
  await page
    .getByRole('option', { name: new RegExp(text) })
    .first()
    .click();
  await expect.poll(() => input.inputValue()).toMatch(new RegExp(text));
}

export interface ConsoleSession {
  api: Api;
  page: Page;
  origin: string;
  consoleUrl: string;
  /** Signs `username` in, after signing out whoever was signed in; without a username, stops at the sign-in form. */
  open(username?: string, password?: string): Promise<Page>;
  signOut(): Promise<void>;
}

/**
 * The console built from the working tree, the API and one browser page for a whole test file: users change by
 * signing out and in, as at a shared desk, so the console's JavaScript is loaded once (on a busy machine a cold
 * start takes many seconds). A failing test leaves a picture of where it stopped. With `ownDatabase`, the file
 * works on its own copy of the demo data (for stories that change seeded rows for good).
 */
export function consoleSession(options: { ownDatabase?: string } = {}): ConsoleSession {
  // A browser test walks through many pages; on a machine shared by many runs each can take tens of seconds.
  vi.setConfig({ testTimeout: 180_000 });
  let browser: Browser | undefined;
  let database: Awaited<ReturnType<typeof ownDatabase>> | undefined;
  const session = {
    async signOut() {
      const page = session.page;
      if ((await page.getByTestId('identity').count()) === 0) return;
      await page.getByRole('button', { name: 'Tài khoản' }).click();
      await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
      await page.locator('input[name=username]').waitFor();
    },
    async open(username?: string, password?: string) {
      const page = session.page;
      await session.signOut();
      if (!(await page.locator('input[name=username]').count())) await page.goto(session.consoleUrl);
      if (username) {
        await signIn(page, username, password);
        await page.getByTestId('identity').waitFor();
      }
      return page;
    },
  } as ConsoleSession;

  beforeAll(async () => {
    buildConsole();
    if (options.ownDatabase) database = await ownDatabase(options.ownDatabase);
    session.api = await startApi({ databaseUrl: database?.url });
    session.origin = session.api.url.replace(/\/graphql$/, '');
    session.consoleUrl = `${session.origin}/admin/`;
    browser = await launchChromium();
    session.page = await openConsole(browser, session.consoleUrl);
    await session.page.locator('input[name=username]').waitFor({ timeout: 90_000 });
  }, 240_000);

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail' && session.page) {
      await screenshot(session.page, `failed-${context.task.name.slice(0, 60).replace(/[^\p{L}\d]+/gu, '-')}`);
    }
  });

  afterAll(async () => {
    await browser?.close();
    await session.api?.stop();
    await database?.drop();
  });

  return session;
}
