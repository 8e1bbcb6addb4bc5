import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const QUIET = ['--disable-background-networking', '--disable-component-update', '--no-first-run'];
// The tests check what a real browser enforces, so the packaged build's flags that switch security off are dropped.
const UNSAFE = new Set(['--disable-web-security', '--allow-running-insecure-content']);

/**
 * The machine's Chromium when it has one (CHROMIUM_PATH, then Debian's /usr/bin/chromium); otherwise the build that
 * the npm package @sparticuz/chromium ships inside itself, so `npm ci && npm test` needs neither apt nor a download.
 */
async function chromiumToLaunch(): Promise<{ executablePath: string; args: string[] }> {
  const system = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((candidate) => candidate && fs.existsSync(candidate));
  if (system) return { executablePath: system, args: ['--headless', '--no-sandbox', '--disable-gpu', ...QUIET] };
  if (process.env.CHROMIUM_PATH) throw new Error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist`);
  const { default: packaged } = await import('@sparticuz/chromium');
  return { executablePath: await packaged.executablePath(), args: [...packaged.args.filter((flag) => !UNSAFE.has(flag)), ...QUIET] };
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch(await chromiumToLaunch());
}
