import 'reflect-metadata';
import { Client } from 'pg';
import { startApp } from '../app';
import { startEmbeddedPostgres } from '../db/embedded';
import { migrate, openOrm } from '../db/orm';
import { loadSeeds } from '../db/seed/load-seeds';
import path from 'node:path';
import { repoRoot } from '../common/repo-root';

/**
 * What the field rules cost: the same nested list (50 plans with activities, participants and budget lines)
 * against two servers on one database, one with graphql-shield and one without (row scopes stay on in both),
 * requests interleaved in pairs so machine noise hits both alike. Prints the median of the per-pair latency ratios.
 * `npm run bench:permissions` (DATABASE_URL for a server database, else embedded PostgreSQL).
 */
const ROUNDS = Number(process.env.ROUNDS ?? 200);
const NESTED = `query { allPlans(perPage: 50, sortField: "id", filter: { status: ISSUED, year: 2024 }) { id title
  administrativeUnit { name parent { name } } issuingAgency { name }
  activities { label title participants { role agency { name } } budgetLines { plannedAmount } }
  budgetLines { fiscalYear source plannedAmount allocatedAmount } budgetTotal } }`;

async function database() {
  const name = `ttdn_bench_${Date.now()}`;
  if (process.env.DATABASE_URL) {
    const admin = new Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`create database "${name}"`);
    await admin.end();
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      stop: async () => {
        const c = new Client({ connectionString: process.env.DATABASE_URL });
        await c.connect();
        await c.query(`drop database "${name}" with (force)`);
        await c.end();
      },
    };
  }
  const pg = await startEmbeddedPostgres(path.join(repoRoot(), '.data', name), false);
  await pg.createDatabase('bench');
  return { url: pg.url('bench'), stop: pg.stop };
}

async function post(url: string, query: string, token?: string) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500));
  return body.data!;
}

async function main() {
  const db = await database();
  const orm = await openOrm({ databaseUrl: db.url });
  await migrate(orm);
  await loadSeeds(orm.em.fork());
  const guarded = await startApp(orm, { jwtSecret: 'bench-only-secret-bench-only-secret-0123456789' });
  const open = await startApp(orm, { jwtSecret: 'bench-only-secret-bench-only-secret-0123456789', fieldRules: false });
  const login = async (u: string) =>
    ((await post(guarded.url, `mutation { login(username: "${u}", password: "demo1234") { token } }`)).login as { token: string }).token;
  const [editor, approver, central] = [await login('quangtri.editor'), await login('quangtri.approver'), await login('trunguong.viewer')];
  const units = await post(
    guarded.url,
    '{ allAdministrativeUnits(filter: { code: "45" }) { id } allAgencies(filter: { q: "Sở Thông tin" }, perPage: 2) { id } }',
  );
  const unit = (units.allAdministrativeUnits as { id: string }[])[0].id;
  const [lead, partner] = (units.allAgencies as { id: string }[]).map((a) => a.id);
  for (let i = 0; i < 50; i++) {
    const created = await post(
      guarded.url,
      `mutation { createPlan(title: "Kế hoạch đo ${i}", startYear: 2024, endYear: 2024, administrativeUnitId: ${unit}, issuingAgencyId: ${lead},
      activities: [${[1, 2, 3].map((n) => `{ label: "${n}", title: "Nội dung ${n}", participants: [{ agencyId: ${lead}, role: LEAD }, { agencyId: ${partner ?? lead}, role: COORDINATING }] }`).join(', ')}],
      budgetLines: [{ fiscalYear: 2024, source: LOCAL_BUDGET, description: "Ngân sách", plannedAmount: "${(i + 1) * 1000000}", activityLabel: "1" },
                    { fiscalYear: 2024, source: CENTRAL_SUPPORT, description: "Hỗ trợ", plannedAmount: "5000000", activityLabel: "2" }]) { id } }`,
      editor,
    );
    const id = (created.createPlan as { id: string }).id;
    // Issued as officials issue it: submitted, then given its number by the approver.
    await post(guarded.url, `mutation { submitPlan(id: ${id}) { id } }`, editor);
    await post(guarded.url, `mutation { issuePlan(id: ${id}) { id } }`, approver);
  }
  const time = async (which: 'guarded' | 'open', token: string) => {
    const started = process.hrtime.bigint();
    const data = await post(which === 'guarded' ? guarded.url : open.url, NESTED, token);
    if ((data.allPlans as unknown[]).length !== 50) throw new Error('expected 50 plans');
    return Number(process.hrtime.bigint() - started) / 1e6;
  };
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`nested list, 50 plans × 3 activities × 2 participants + 100 budget lines, ${ROUNDS} interleaved pairs per caller`);
  for (const [who, token] of [
    ['trunguong.viewer (nationwide scope)', central],
    ['quangtri.editor (province scope)', editor],
  ] as const) {
    for (let i = 0; i < 20; i++) {
      await time('guarded', token);
      await time('open', token);
    } // warm-up
    // Each pair runs back to back, in alternating order, so a burst of load hits both sides of a ratio alike.
    const ratios: number[] = [],
      withRules: number[] = [],
      without: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      let g: number, o: number;
      if (i % 2) {
        g = await time('guarded', token);
        o = await time('open', token);
      } else {
        o = await time('open', token);
        g = await time('guarded', token);
      }
      withRules.push(g);
      without.push(o);
      ratios.push(g / o);
    }
    console.log(
      `${who}: median ${median(without).toFixed(1)} ms without field rules, ${median(withRules).toFixed(1)} ms with; ` +
        `median per-pair ratio ${median(ratios).toFixed(3)} (overhead ${((median(ratios) - 1) * 100).toFixed(1)} %)`,
    );
  }
  await guarded.stop();
  await open.stop();
  await orm.close();
  await db.stop();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
