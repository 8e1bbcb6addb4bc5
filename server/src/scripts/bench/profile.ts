import autocannon from 'autocannon';
import { fork } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../common/repo-root';
import { SERVER_NODE_FLAGS } from './server-flags';
import { BENCH_USER, workloads } from './workloads';

/**
 * Where the server's CPU time goes: `node dist/server/src/scripts/bench/profile.js` starts the API (as `npm start`
 * runs it, plus `--cpu-prof`) on the bench database (BENCH_DB, built by `npm run bench`), sends one workload
 * (BENCH_WORKLOAD, default the signed-in nested list) with 4 connections for PROFILE_SECONDS (20), stops it and sums
 * the profile's self time by the part of the stack it was spent in. Only the server is profiled, not the client.
 */
const SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SECONDS = Number(process.env.PROFILE_SECONDS ?? 20);

/** Buckets by script; eval'd code without a file is graphql-jit's compiled query. */
const BUCKETS: [string, RegExp][] = [
  ['graphql-jit runtime', /graphql-jit/],
  ['graphql-js (parse, validate, scalars)', /node_modules\/graphql\//],
  ['our field wrappers and compiler', /server\/src\/(kernel|auth)\//],
  ['Apollo Server (pipeline, JSON.stringify of the response)', /@apollo\//],
  ['pg driver (protocol, rows, JSON.parse of the answer)', /node_modules\/(pg|pg-protocol|pg-types)\//],
  ['MikroORM and knex (principal, query builder)', /@mikro-orm|knex/],
  ['node:http and streams', /node:(_http|http|net|stream|internal\/stream|internal\/streams)/],
];

async function run() {
  const url = new URL(SERVER_URL);
  url.pathname = `/${process.env.BENCH_DB ?? 'ttdn_bench'}`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ttdn-profile-'));
  const port = 40000 + Math.floor(Math.random() * 20000);
  const server = fork(path.join(repoRoot(), 'dist', 'server', 'src', 'main.js'), [], {
    execArgv: [...SERVER_NODE_FLAGS, '--cpu-prof', `--cpu-prof-dir=${dir}`],
    env: {
      ...process.env,
      DATABASE_URL: url.toString(),
      PORT: String(port),
      NODE_ENV: 'production',
      JWT_SECRET: 'profile-only-secret-profile-only-secret-0123',
    },
    stdio: 'ignore',
  });
  for (let up = false; !up;) {
    await new Promise((r) => setTimeout(r, 200));
    up = await new Promise<boolean>((resolve) => {
      const s = net
        .connect(port, '127.0.0.1', () => {
          s.end();
          resolve(true);
        })
        .on('error', () => resolve(false));
    });
  }
  const api = `http://127.0.0.1:${port}/graphql`;
  const workload = workloads.find((w) => w.name === (process.env.BENCH_WORKLOAD ?? 'portal nested list'))!;
  const login = (await fetch(api, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      variables: { u: BENCH_USER.username, p: BENCH_USER.password },
    }),
  }).then((r) => r.json())) as { data: { login: { token: string } } };
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    ...(workload.anonymous ? {} : { authorization: `Bearer ${login.data.login.token}` }),
  };
  const result = await autocannon({
    url: api,
    method: 'POST',
    headers,
    body: JSON.stringify(workload.ours(50)),
    connections: 4,
    duration: SECONDS,
    timeout: 120,
  });
  console.log(`${workload.name}: ${result.requests.average} req/s, p50 ${result.latency.p50} ms`);
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
  summary(dir);
}

interface Node {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

function summary(dir: string) {
  const file = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => path.join(dir, f))
    .sort()
    .pop()!;
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as { nodes: Node[]; samples: number[]; timeDeltas: number[] };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const totals = new Map<string, number>();
  let all = 0;
  for (const [id, time] of self) {
    const { functionName, url } = byId.get(id)!.callFrame;
    const name =
      functionName === '(garbage collector)'
        ? 'garbage collector'
        : functionName === '(idle)'
          ? 'idle'
          : functionName === '(program)'
            ? 'V8 (program)'
            : !url && /__field|Handler|^query$|^$/.test(functionName)
              ? 'graphql-jit compiled query'
              : (BUCKETS.find(([, re]) => re.test(url))?.[0] ??
                (url.startsWith('node:') || !url ? `node / native: ${functionName || '(anonymous)'}` : 'other'));
    totals.set(name, (totals.get(name) ?? 0) + time);
    if (name !== 'idle') all += time;
  }
  const rows = [...totals]
    .filter(([n]) => n !== 'idle')
    .sort((a, b) => b[1] - a[1])
    .slice(0, 16);
  for (const [name, time] of rows) console.log(`${((100 * time) / all).toFixed(1).padStart(5)} %  ${name}`);
}

run().catch((error) => {
  console.error(error);
  process.exit(1);
});
