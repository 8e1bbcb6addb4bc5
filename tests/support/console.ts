import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { repoRoot } from '../../server/src/common/repo-root';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const OUTPUT = path.join(repoRoot(), 'test-output');

/** Builds admin/ into admin/dist with vite, so the tests drive the console as it is in the working tree. */
export function buildConsole() {
  execFileSync(process.execPath, [path.join(repoRoot(), 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'admin/vite.config.mts', '--logLevel', 'error'], {
    cwd: repoRoot(),
    stdio: 'inherit',
  });
}

export function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y --no-install-recommends chromium`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
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
