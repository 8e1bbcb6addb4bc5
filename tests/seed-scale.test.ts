import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

/** `npm run seed:scale` at a small factor, into a database of its own on the tests' server. */
const name = `ttdn_scale_${process.pid}`;
let url: string;
const admin = async (sql: string) => {
  const client = new Client({ connectionString: inject('databaseUrl') });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
};

beforeAll(async () => {
  await admin(`create database ${name}`);
  const u = new URL(inject('databaseUrl'));
  u.pathname = `/${name}`;
  url = u.toString();
}, 60_000);
afterAll(() => admin(`drop database if exists ${name} with (force)`));

describe('Scale seed', () => {
  it('an operator can fill a database with synthetic national data at a chosen size', async () => {
    const run = () => promisify(execFile)('npm', ['run', 'seed:scale', '--', '0.05'], { env: { ...process.env, DATABASE_URL: url } });
    await run();
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      const {
        rows: [n],
      } = await client.query(`select
        (select count(*) from administrative_unit where code like 'S-%')::int as units,
        (select count(*) from plan p join administrative_unit u on u.id = p.administrative_unit_id where u.code like 'S-%')::int as plans,
        (select count(*) from activity a join plan p on p.id = a.plan_id join administrative_unit u on u.id = p.administrative_unit_id where u.code like 'S-%')::int as activities,
        (select count(*) from budget_line b join administrative_unit u on u.id = b.administrative_unit_id where u.code like 'S-%')::int as lines,
        (select count(*) from activity_participant)::int as participants,
        (select count(*) from plan where parent_plan_id is not null)::int as "childPlans"`);
      // Factor 0.05: 4 provinces × 5 districts × 5 communes = 124 units, 5 years each; 10 activities a plan, 3 lines an activity.
      expect(n).toMatchObject({ units: 124, plans: 620, activities: 6200, lines: 18600 });
      expect(n.participants).toBeGreaterThanOrEqual(2 * 6200);
      expect(n.childPlans).toBeGreaterThanOrEqual(600);
      // Amounts are whole đồng and consistent: allocated ≤ planned, spent ≤ allocated.
      const {
        rows: [bad],
      } = await client.query(
        'select count(*)::int as n from budget_line where allocated_amount > planned_amount or spent_amount > allocated_amount',
      );
      expect(bad.n).toBe(0);
    } finally {
      await client.end();
    }
    // A second run refuses rather than doubling the data.
    await expect(run()).rejects.toThrow(/dữ liệu mô phỏng/);
  }, 180_000);
});
