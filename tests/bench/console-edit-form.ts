/**
 * `npm run bench:console` — how long the console takes to open the edit form of the Quảng Trị 2022 plan (14 activities,
 * bases, duties, deadlines), against opening its show page, in one run of Chromium against a running server
 * (`npm start`; BASE_URL, default http://localhost:4000). Prints each measurement and the medians; not part of
 * `npm test`, since timings depend on the machine.
 */
import { launchChromium } from '../support/chromium';

const BASE = (process.env.BASE_URL ?? 'http://localhost:4000').replace(/\/$/, '');
const RUNS = Number(process.env.RUNS ?? 7);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  const browser = await launchChromium();
  const page = await (await browser.newContext({ locale: 'vi-VN', viewport: { width: 1400, height: 900 } })).newPage();
  await page.goto(`${BASE}/admin/`);
  await page.locator('input[name=username]').fill('quangtri.editor');
  await page.locator('input[name=password]').fill('demo1234');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('identity').waitFor({ timeout: 60_000 });
  const id = await page.evaluate(async (base) => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${localStorage.getItem('ttdn.token')}` },
      body: JSON.stringify({ query: '{ allPlans(filter: { q: "quang tri 2022" }) { id } }' }),
    });
    return (await response.json()).data.allPlans[0].id as string;
  }, BASE);

  const timings = { show: [] as number[], edit: [] as number[] };
  for (let run = 0; run < RUNS; run++) {
    for (const [kind, hash, ready] of [
      ['show', `#/Plan/${id}/show`, '[data-testid="plan-title"]'],
      ['edit', `#/Plan/${id}`, '[name="title"]'],
    ] as const) {
      await page.goto(`${BASE}/admin/#/`);
      await page.getByTestId('identity').waitFor();
      const started = Date.now();
      await page.evaluate((h) => {
        window.location.hash = h;
      }, hash);
      await page.locator(ready).waitFor({ timeout: 60_000 });
      // Ready when the loaded values are in the form and nothing is still being fetched.
      await page.waitForLoadState('networkidle');
      timings[kind].push(Date.now() - started);
    }
  }
  await browser.close();
  console.log(
    JSON.stringify(
      {
        plan: id,
        runs: RUNS,
        showMs: timings.show,
        editMs: timings.edit,
        medianShowMs: median(timings.show),
        medianEditMs: median(timings.edit),
        editToShow: +(median(timings.edit) / median(timings.show)).toFixed(2),
      },
      null,
      2,
    ),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
