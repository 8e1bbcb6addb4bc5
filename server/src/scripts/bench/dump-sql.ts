import { startApp } from '../../app';
import { openOrm } from '../../db/orm';
import { BENCH_USER, workloads } from './workloads';

/**
 * The SQL each benchmark workload sends, to read or `explain analyze` it:
 * `DATABASE_URL=postgres://…/ttdn_bench node dist/server/src/scripts/bench/dump-sql.js`.
 */
async function main() {
  const lines: string[] = [];
  const orm = await openOrm({ databaseUrl: process.env.DATABASE_URL!, onQuery: (message) => lines.push(message) });
  const app = await startApp(orm, { jwtSecret: 'dump-only-secret-dump-only-secret-0123456789' });
  const post = (body: object, token?: string) =>
    fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    }).then((r) => r.json() as Promise<{ data?: { login?: { token: string } } }>);
  const signedIn = await post({
    query: 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
    variables: { u: BENCH_USER.username, p: BENCH_USER.password },
  });
  for (const workload of workloads) {
    lines.length = 0;
    await post(workload.ours(50), workload.anonymous ? undefined : signedIn.data?.login?.token);
    console.log(`=== ${workload.name}\n${lines.join('\n')}\n`);
  }
  await app.stop();
  await orm.close();
}

void main();
