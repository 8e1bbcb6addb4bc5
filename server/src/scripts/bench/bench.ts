import 'reflect-metadata';
import autocannon from 'autocannon';
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client, Pool } from 'pg';
import { startApp } from '../../app';
import { repoRoot } from '../../common/repo-root';
import { migrate, openOrm } from '../../db/orm';
import { loadSeeds } from '../../db/seed/load-seeds';
import { seedScale } from '../../db/seed/scale';
import { startPostGraphile } from './postgraphile-server';
import { startRawServer } from './raw-server';
import { SERVER_NODE_FLAGS } from './server-flags';
import { BENCH_USER, publicPortal, workloads, type Workload } from './workloads';

/**
 * `npm run bench`: builds a factor-1 database, then starts our API, PostGraphile 4 and a raw-SQL baseline side by
 * side on 127.0.0.1 (each in its own process) and loads them with the same bounded autocannon runs, interleaved: each
 * workload runs in BENCH_ROUNDS rounds, every contender once per round, the order rotating from round to round, so a
 * change in the shared machine's load falls on all three rather than on whichever ran then. Writes BENCHMARKS.md.
 * Settings (env): BENCH_DURATION seconds per contender and workload over all rounds (10; each round gets
 * BENCH_DURATION / BENCH_ROUNDS rounded up, at least 2 s), BENCH_ROUNDS (3), BENCH_CONNECTIONS (10), LOAD_DURATION (60),
 * LOAD_CONNECTIONS (50), BENCH_REUSE=1 to keep an already built database, BENCH_DB its name (`ttdn_bench`),
 * DATABASE_URL the server (local 5432 by default).
 */
const SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DB_NAME = process.env.BENCH_DB ?? 'ttdn_bench';
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const ROUNDS = Math.max(1, Math.floor(Number(process.env.BENCH_ROUNDS ?? 3)));
/** Seconds one contender runs in one round: the total per workload stays about BENCH_DURATION. */
const ROUND_DURATION = Math.max(2, Math.ceil(DURATION / ROUNDS));
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const LOAD_DURATION = Number(process.env.LOAD_DURATION ?? 60);
const LOAD_CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 50);
const LOAD_WARM_UP = 5;
const PLANS = 50;

type Contender = 'ours' | 'postgraphile' | 'raw';
const CONTENDERS: Contender[] = ['ours', 'postgraphile', 'raw'];
const LABEL: Record<Contender, string> = { ours: 'this API', postgraphile: 'PostGraphile 4', raw: 'raw SQL' };

const databaseUrl = (() => {
  const u = new URL(SERVER_URL);
  u.pathname = `/${DB_NAME}`;
  return u.toString();
})();
const log = (message: string) => console.log(`[bench] ${message}`);

async function admin(sql: string) {
  const client = new Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

async function buildDatabase() {
  const exists = (await admin(`select 1 from pg_database where datname = '${DB_NAME}'`)).rowCount;
  if (exists && process.env.BENCH_REUSE === '1') {
    // A kept database still gets the migrations added since it was built.
    const orm = await openOrm({ databaseUrl });
    try {
      await migrate(orm);
    } finally {
      await orm.close();
    }
    return log(`reusing ${DB_NAME}`);
  }
  await admin(`drop database if exists ${DB_NAME} with (force)`);
  await admin(`create database ${DB_NAME}`);
  const orm = await openOrm({ databaseUrl });
  try {
    await migrate(orm);
    await loadSeeds(orm.em.fork());
    const started = Date.now();
    await seedScale(orm.em.fork(), 1);
    log(`factor-1 data built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await orm.close();
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

interface Running {
  child: ChildProcess;
  url: string;
}

/** Each contender runs in its own process, so its memory is its own. */
async function launch(who: Contender): Promise<Running> {
  const port = await freePort();
  const dist = path.join(repoRoot(), 'dist', 'server', 'src');
  const script =
    who === 'ours'
      ? path.join(dist, 'main.js')
      : path.join(dist, 'scripts', 'bench', who === 'raw' ? 'raw-server.js' : 'postgraphile-server.js');
  const child = fork(script, [], {
    execArgv: SERVER_NODE_FLAGS,
    env: {
      LOG_LEVEL: 'warn',
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      NODE_ENV: 'production',
      JWT_SECRET: 'bench-only-secret-bench-only-secret-0123456789',
    },
    stdio: 'ignore',
  });
  for (let i = 0; i < 600; i++) {
    const up = await new Promise<boolean>((resolve) => {
      const s = net
        .connect(port, '127.0.0.1', () => {
          s.end();
          resolve(true);
        })
        .on('error', () => resolve(false));
    });
    if (up) return { child, url: `http://127.0.0.1:${port}` };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${who} did not start`);
}

async function stop(running: Running) {
  running.child.kill('SIGTERM');
  await new Promise((resolve) => {
    running.child.once('exit', resolve);
    setTimeout(resolve, 5000);
  });
}

/** Peak and current resident memory of a process, from /proc (Linux). */
function memory(pid: number) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { peakMb: Math.round(kb('VmHWM') / 1024), rssMb: Math.round(kb('VmRSS') / 1024) };
}

function request(who: Contender, workload: Workload, base: string, token: string | undefined, perPage = PLANS) {
  if (who === 'raw')
    return { url: base + workload.raw(perPage), method: 'GET' as const, headers: {} as Record<string, string>, body: undefined };
  const body = JSON.stringify(who === 'ours' ? workload.ours(perPage) : workload.postgraphile!(perPage));
  const bearer: Record<string, string> = token && !workload.anonymous ? { authorization: `Bearer ${token}` } : {};
  return { url: `${base}/graphql`, method: 'POST' as const, headers: { 'content-type': 'application/json', ...bearer }, body };
}

async function fetchOnce(req: ReturnType<typeof request>) {
  const response = await fetch(req.url, { method: req.method, headers: req.headers, body: req.body });
  const json = (await response.json()) as { data?: unknown; errors?: unknown };
  if (!response.ok || json.errors || !json.data)
    throw new Error(`${req.url}: ${response.status} ${JSON.stringify(json.errors ?? json).slice(0, 500)}`);
  return json.data;
}

interface Run {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  requests: number;
}

async function load(req: ReturnType<typeof request>, connections: number, duration: number): Promise<Run> {
  // A generous timeout: a slow answer is recorded in the latencies, not dropped as an error.
  const result = await autocannon({
    url: req.url,
    method: req.method,
    headers: req.headers,
    body: req.body,
    connections,
    duration,
    timeout: 120,
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    requests: result.requests.total,
  };
}

/** SQL statements one request costs, counted in-process at 5 and at 50 plans. */
async function countStatements(): Promise<Record<Contender, Record<string, [number, number]>>> {
  let statements = 0;
  const counts = { ours: {}, postgraphile: {}, raw: {} } as Record<Contender, Record<string, [number, number]>>;
  const orm = await openOrm({
    databaseUrl,
    onQuery: (m) => {
      if (m.includes('[query]')) statements++;
    },
  });
  const ours = await startApp(orm, { jwtSecret: 'bench-only-secret-bench-only-secret-0123456789' });
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });
  // PostGraphile's and the raw server's statements are counted on their pool's clients.
  pool.on('connect', (client) => {
    const query = client.query.bind(client);
    client.query = ((...args: unknown[]) => {
      statements++;
      return (query as (...a: unknown[]) => unknown)(...args);
    }) as never;
  });
  const pg = await startPostGraphile(pool, 0);
  const raw = await startRawServer(pool, 0);
  try {
    const base: Record<Contender, string> = {
      ours: ours.url.replace('/graphql', ''),
      postgraphile: `http://127.0.0.1:${(pg.address() as net.AddressInfo).port}`,
      raw: `http://127.0.0.1:${(raw.address() as net.AddressInfo).port}`,
    };
    const token = await signIn(base.ours);
    for (const workload of workloads) {
      for (const who of CONTENDERS) {
        if (who === 'postgraphile' && !workload.postgraphile) continue;
        const at = async (n: number) => {
          await fetchOnce(request(who, workload, base[who], token, n)); // warm: schema introspection and caches
          statements = 0;
          await fetchOnce(request(who, workload, base[who], token, n));
          return statements;
        };
        counts[who][workload.name] = [await at(5), await at(50)];
      }
    }
  } finally {
    await ours.stop();
    await orm.close();
    await new Promise((r) => pg.close(r));
    await pool.end();
    await new Promise((r) => raw.close(r));
  }
  return counts;
}

async function signIn(base: string): Promise<string> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      variables: { u: BENCH_USER.username, p: BENCH_USER.password },
    }),
  });
  const json = (await response.json()) as { data?: { login: { token: string } }; errors?: unknown };
  if (!json.data) throw new Error(`sign-in failed: ${JSON.stringify(json.errors)}`);
  return json.data.login.token;
}

/** The three contenders at once, each in its own process; if one fails to start, the others are stopped. */
async function launchAll(): Promise<Record<Contender, Running>> {
  const started = await Promise.allSettled(CONTENDERS.map((who) => launch(who)));
  const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) {
    await Promise.all(started.flatMap((s) => (s.status === 'fulfilled' ? [stop(s.value)] : [])));
    throw failed.reason;
  }
  return Object.fromEntries(CONTENDERS.map((who, i) => [who, (started[i] as PromiseFulfilledResult<Running>).value])) as Record<
    Contender,
    Running
  >;
}

/** The round with the median req/s (with an even number of rounds, the lower of the two middle ones): a run that happened. */
function medianRun(runs: Run[]): Run {
  return [...runs].sort((a, b) => a.rps - b.rps)[Math.floor((runs.length - 1) / 2)];
}

interface Spread {
  median: number;
  min: number;
  max: number;
  /** Rounds that gave a ratio: one where the other server completed no request within its run gives none. */
  rounds: number;
}

function spread(values: number[]): Spread | undefined {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return undefined;
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], rounds: sorted.length };
}

/**
 * Waits (at most 5 s) until no statement runs on the bench database but this check's own. autocannon stops at the end
 * of its duration with requests still in flight; their statements go on in PostgreSQL and would load the next
 * server's run, which in these rounds is another contender's.
 */
async function settle(monitor: Client) {
  for (let i = 0; i < 50; i++) {
    const { rows } = await monitor.query<{ n: number }>(
      `select count(*)::int as n from pg_stat_activity where datname = $1 and state = 'active' and pid <> pg_backend_pid()`,
      [DB_NAME],
    );
    if (rows[0].n === 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  log('statements still running on the bench database after 5 s; going on');
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

async function main() {
  const startedAt = new Date();
  await buildDatabase();
  const statementCounts = await countStatements();
  log(`statements: ${JSON.stringify(statementCounts)}`);

  const results: Record<string, Partial<Record<Contender, Run>>> = {};
  const ratios: Record<string, Partial<Record<Contender, Spread | undefined>>> = {};
  const memoryOf: Partial<Record<Contender, { peakMb: number; rssMb: number }>> = {};
  const shapes: Record<string, Partial<Record<Contender, number[]>>> = {};
  const running = await launchAll();
  const monitor = new Client({ connectionString: databaseUrl });
  try {
    await monitor.connect();
    const token = await signIn(running.ours.url);
    for (const workload of workloads) {
      const present = CONTENDERS.filter((who) => who !== 'postgraphile' || workload.postgraphile);
      const req = Object.fromEntries(present.map((who) => [who, request(who, workload, running[who].url, token)])) as Record<
        Contender,
        ReturnType<typeof request>
      >;
      for (const who of present) {
        (shapes[workload.name] ??= {})[who] = workload.shape(await fetchOnce(req[who]), who);
        await load(req[who], CONNECTIONS, 2); // warm-up, not recorded
        await settle(monitor);
      }
      // Rounds: every contender once per round, the order rotating, so none always runs first (or last).
      const rounds: Partial<Record<Contender, Run>>[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const order = [...present.slice(round % present.length), ...present.slice(0, round % present.length)];
        const runs: Partial<Record<Contender, Run>> = {};
        for (const who of order) {
          runs[who] = await load(req[who], CONNECTIONS, ROUND_DURATION);
          await settle(monitor);
        }
        rounds.push(runs);
        log(
          `${workload.name} · round ${round + 1}/${ROUNDS}: ${order.map((who) => `${LABEL[who]} ${fmt(runs[who]!.rps, 1)}`).join(', ')} req/s`,
        );
      }
      for (const who of present) {
        (results[workload.name] ??= {})[who] = medianRun(rounds.map((runs) => runs[who]!));
        if (who === 'ours') continue;
        // The ratio is taken within each round (both measured under the same load), then the median of those.
        const ratio = spread(rounds.map((runs) => runs.ours!.rps / runs[who]!.rps));
        (ratios[workload.name] ??= {})[who] = ratio;
        log(
          `${workload.name} · this API ÷ ${LABEL[who]}: ${ratio ? `${ratio.median.toFixed(2)}× (rounds ${ratio.min.toFixed(2)}–${ratio.max.toFixed(2)}, ${ratio.rounds} of ${ROUNDS})` : 'n/a (no round measured both)'}`,
        );
      }
    }
    for (const who of CONTENDERS) memoryOf[who] = memory(running[who].child.pid!);
  } finally {
    await monitor.end().catch(() => undefined);
    await Promise.all(CONTENDERS.map((who) => stop(running[who])));
  }

  // Load: the anonymous portal's list, 50 clients for 60 s, on our API alone, in a fresh process.
  const alone = await launch('ours');
  let loadRun: Run;
  let loadMemory: { peakMb: number; rssMb: number };
  try {
    const req = {
      url: `${alone.url}/graphql`,
      method: 'POST' as const,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(publicPortal(PLANS)),
    };
    const plans = ((await fetchOnce(req)) as { allPlans: unknown[] }).allPlans.length;
    if (plans !== PLANS) throw new Error(`the public portal list returned ${plans} plans`);
    // Steady state, as in the comparison: the first answers of a fresh process (connections opened, code compiled) are not counted.
    await load(req, LOAD_CONNECTIONS, LOAD_WARM_UP);
    loadRun = await load(req, LOAD_CONNECTIONS, LOAD_DURATION);
    loadMemory = memory(alone.child.pid!);
    log(`load: ${fmt(loadRun.rps)} req/s, p99 ${loadRun.p99} ms, errors ${loadRun.errors}, non-2xx ${loadRun.non2xx}`);
  } finally {
    await stop(alone);
  }

  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const counts = (
    await client.query(`select (select count(*) from plan)::int as plans, (select count(*) from activity)::int as activities,
    (select count(*) from activity_participant)::int as participants, (select count(*) from budget_line)::int as lines`)
  ).rows[0];
  await client.end();
  writeReport(renderReport({ startedAt, counts, statementCounts, results, ratios, memoryOf, shapes, loadRun, loadMemory }));
  log('BENCHMARKS.md written');
}

interface ReportInput {
  startedAt: Date;
  counts: { plans: number; activities: number; participants: number; lines: number };
  statementCounts: Record<Contender, Record<string, [number, number]>>;
  /** Per workload, the median round of each contender. */
  results: Record<string, Partial<Record<Contender, Run>>>;
  /** Per workload, this API ÷ each other contender, taken within each round: median and min–max over the rounds. */
  ratios: Record<string, Partial<Record<Contender, Spread | undefined>>>;
  memoryOf: Partial<Record<Contender, { peakMb: number; rssMb: number }>>;
  shapes: Record<string, Partial<Record<Contender, number[]>>>;
  loadRun: Run;
  loadMemory: { peakMb: number; rssMb: number };
}

function renderReport(r: ReportInput): string {
  const rows: string[] = [];
  for (const workload of workloads) {
    for (const who of CONTENDERS) {
      const run = r.results[workload.name]?.[who];
      if (!run) {
        rows.push(`| ${workload.name} | ${LABEL[who]} | — | — | — | — | — | — | — | — |`);
        continue;
      }
      const [five, fifty] = r.statementCounts[who][workload.name] ?? [NaN, NaN];
      const ratio = r.ratios[workload.name]?.[who];
      const [median, range] =
        who === 'ours'
          ? ['—', '—']
          : ratio
            ? [
                `${ratio.median.toFixed(2)}×`,
                `${ratio.min.toFixed(2)}–${ratio.max.toFixed(2)}×${ratio.rounds < ROUNDS ? ` (${ratio.rounds} of ${ROUNDS} rounds)` : ''}`,
              ]
            : ['n/a', 'no round measured both'];
      rows.push(
        `| ${workload.name} | ${LABEL[who]} | ${fmt(run.rps, 1)} | ${run.p50} | ${run.p99} | ${run.errors + run.non2xx} | ${five} / ${fifty} | ${median} | ${range} | ${r.memoryOf[who]?.peakMb ?? '—'} |`,
      );
    }
  }
  const ours = (name: string, who: Contender) => r.ratios[name]?.[who]?.median;
  const target = (label: string, value: number | undefined, goal: number) =>
    value === undefined
      ? `- ${label}: **n/a** (no round measured both; target ≥ ${goal}×) — missed`
      : `- ${label}: **${value.toFixed(2)}×** (target ≥ ${goal}×) — ${value >= goal ? 'met' : 'missed'}`;
  const counts = workloads.map((w) => {
    const [five, fifty] = r.statementCounts.ours[w.name];
    return { name: w.name, five, fifty };
  });
  const load = r.loadRun;
  const targets = [
    target('nested list vs PostGraphile', ours('portal nested list', 'postgraphile'), 1.5),
    target('nested list vs raw SQL', ours('portal nested list', 'raw'), 0.6),
    target('anonymous portal list vs PostGraphile', ours('anonymous portal list', 'postgraphile'), 1.5),
    target('plan page vs PostGraphile', ours('plan page', 'postgraphile'), 1.0),
    target('budget summary vs raw SQL', ours('budget summary by province and year', 'raw'), 0.8),
    `- SQL statements per request of this API, 5 / 50 plans: ${counts.map((c) => `${c.name} ${c.five} / ${c.fifty}`).join('; ')} — ${counts.every((c) => c.five === c.fifty && (c.five <= 2 || !['portal nested list', 'plan page'].includes(c.name))) ? 'the same, and at most 2 for the nested list and the plan page: met' : 'missed'}`,
    `- load, ${LOAD_CONNECTIONS} clients × ${LOAD_DURATION} s on the anonymous list: ${load.errors + load.non2xx} errors, p99 ${load.p99} ms, peak RSS ${r.loadMemory.peakMb} MB (targets 0, ≤ 1000 ms, ≤ 300 MB) — ${load.errors + load.non2xx === 0 && load.p99 <= 1000 && r.loadMemory.peakMb <= 300 ? 'met' : 'missed'}`,
  ];
  const shapeRows = workloads.map(
    (w) => `| ${w.name} | ${CONTENDERS.map((who) => (r.shapes[w.name]?.[who] ?? ['—']).join(' / ')).join(' | ')} |`,
  );
  return TEMPLATE({ ...r, table: rows.join('\n'), shapeTable: shapeRows.join('\n'), targets: targets.join('\n') });
}

// The measured part of BENCHMARKS.md; the analysis around it is written by hand from the figures of the same run.
const TEMPLATE = (r: ReportInput & { table: string; shapeTable: string; targets: string }) => `
Command: \`npm run bench\` (script: \`server/src/scripts/bench/bench.ts\`). Run on ${r.startedAt.toISOString()},
${os.cpus().length} CPU (${os.cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, PostgreSQL at ${new URL(SERVER_URL).host}.
The machine is shared and noisy: compare the ratios within this run, not the absolute figures across runs.

Data: \`seed:scale\` factor 1 on top of the demo data — ${fmt(r.counts.plans)} plans, ${fmt(r.counts.activities)} activities,
${fmt(r.counts.participants)} participants, ${fmt(r.counts.lines)} budget lines.

The three run side by side on 127.0.0.1, each in its own process, against the same database. For each workload, each
gets a 2 s warm-up; then the workload runs in ${ROUNDS} rounds, each round running every server once in turn with
autocannon (${CONNECTIONS} connections, ${ROUND_DURATION} s), the order rotating from round to round (${LABEL.ours}, ${LABEL.postgraphile}, ${LABEL.raw};
then ${LABEL.postgraphile}, ${LABEL.raw}, ${LABEL.ours}; …; a workload PostGraphile cannot express rotates the
other two) so none always goes first. A server's figures (req/s, p50, p99, errors) are those of its median round by req/s.
**This API ÷ server** is taken within each round (the two runs at most ${(CONTENDERS.length - 1) * ROUND_DURATION} s apart, so under much the same
load on the shared machine) and given as the median over the rounds, with the lowest and highest
round beside it to show the spread; the targets below use these medians. After every run (warm-ups too) the bench
waits, up to 5 s, until no statement of the requests cut off at its end still runs in PostgreSQL.
Our API is called as \`${BENCH_USER.username}\`
(signed in, national scope, so field rules and row scopes run), and anonymously for the anonymous portal list (row scope on:
issued plans, public activities; field rules refuse budget lines). **PostGraphile runs with its defaults and without any row
security or field rules** (for the anonymous list its query spells out the public's filters instead);
the raw-SQL server runs one hand-written statement per workload that builds the JSON answer in PostgreSQL.
SQL statements per request are counted in-process on the ORM's / pool's query path (at 5 and at 50 plans).
Memory is each server process's peak resident set (VmHWM) after all the workloads (each its own process, so its own memory).

| workload | server | req/s (median round) | p50 ms | p99 ms | errors | SQL statements (5 / 50 plans) | this API ÷ server (req/s, median of rounds) | rounds min–max | peak RSS MB |
|---|---|---:|---:|---:|---:|---:|---:|---:|---:|
${r.table}

Same work check (plans / activities / participants / budget lines returned; summary: rows / lines counted):

| workload | this API | PostGraphile 4 | raw SQL |
|---|---|---|---|
${r.shapeTable}

## Load

The anonymous portal's list (${PLANS} issued plans with activities, participants and \`budgetTotal\` — the public may not read
budget lines), ${LOAD_CONNECTIONS} concurrent clients for ${LOAD_DURATION} s on this API alone, in a fresh process after the comparison, after a ${LOAD_WARM_UP} s warm-up at the same concurrency that is not counted (autocannon timeout 120 s, so slow answers count in the latencies):
${fmt(r.loadRun.requests)} requests, ${fmt(r.loadRun.rps, 1)} req/s, p50 ${r.loadRun.p50} ms, **p99 ${r.loadRun.p99} ms**,
errors ${r.loadRun.errors}, non-2xx ${r.loadRun.non2xx}; server peak RSS ${r.loadMemory.peakMb} MB.

## Targets (this run)

${r.targets}
`;

const START = '<!-- measured:start (written by npm run bench) -->';
const END = '<!-- measured:end -->';

/** Replaces the measured part of BENCHMARKS.md and keeps the hand-written analysis around it. */
function writeReport(measured: string) {
  const file = path.join(repoRoot(), 'BENCHMARKS.md');
  const previous = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const block = `${START}\n${measured}${END}`;
  const next =
    previous.includes(START) && previous.includes(END)
      ? previous.slice(0, previous.indexOf(START)) + block + previous.slice(previous.indexOf(END) + END.length)
      : `# Benchmarks\n\n${block}\n\n## Analysis\n\n(written by hand from the run above)\n`;
  fs.writeFileSync(file, next);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
