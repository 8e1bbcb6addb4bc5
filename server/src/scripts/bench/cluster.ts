import 'reflect-metadata';
import autocannon from 'autocannon';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { repoRoot } from '../../common/repo-root';
import { migrate, openOrm } from '../../db/orm';
import { loadSeeds } from '../../db/seed/load-seeds';
import { seedScale } from '../../db/seed/scale';
import { startBalancer } from './balancer';
import { publicPortal } from './workloads';
import { SERVER_NODE_FLAGS } from './server-flags';

/**
 * `npm run bench:cluster`: on this machine, a PostgreSQL primary and one streaming replica (the installed server
 * binaries), two API processes reading from the replica and writing to the primary, and a round-robin balancer in
 * front. A load test runs through the balancer and one API process is killed (SIGKILL) halfway; the run passes
 * when no request fails beyond those that process was answering at that moment. Figures go into BENCHMARKS.md.
 * Settings (env): CLUSTER_DURATION seconds (30), CLUSTER_CONNECTIONS (8), CLUSTER_SCALE seed factor (0.1).
 */
const DURATION = Number(process.env.CLUSTER_DURATION ?? 30);
const CONNECTIONS = Number(process.env.CLUSTER_CONNECTIONS ?? 8);
const SCALE = Number(process.env.CLUSTER_SCALE ?? 0.1);
const PLANS = 10;
const SECRET = 'bench-cluster-secret-bench-cluster-secret-0123';
const log = (message: string) => console.log(`[cluster] ${new Date().toISOString().slice(11, 19)} ${message}`);

function pgBin(): string {
  const root = '/usr/lib/postgresql';
  const version = fs.readdirSync(root).sort((a, b) => Number(b) - Number(a))[0];
  if (!version) throw new Error('PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin');
  return path.join(root, version, 'bin');
}

/** PostgreSQL refuses to run as root: as root, its commands run as the `postgres` system user. */
const asPostgres = (command: string, args: string[]): [string, string[]] =>
  process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];

function pg(bin: string, tool: string, args: string[]) {
  const [command, full] = asPostgres(path.join(bin, tool), args);
  execFileSync(command, full, { stdio: ['ignore', 'ignore', 'inherit'] });
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const url = (port: number, database = 'ttdn') => `postgres://postgres@127.0.0.1:${port}/${database}`;

async function query<T>(port: number, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url(port) });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Statements run against a database so far (commits, which every autocommit SELECT is). */
const commits = async (port: number) =>
  Number((await query<{ n: string }>(port, `select xact_commit as n from pg_stat_database where datname = 'ttdn'`))[0].n);

async function waitFor(check: () => Promise<boolean>, what: string, seconds = 60) {
  for (let i = 0; i < seconds * 4; i++) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function startApi(port: number, primary: number, replica: number): ChildProcess {
  return spawn(process.execPath, [...SERVER_NODE_FLAGS, path.join(repoRoot(), 'dist', 'server', 'src', 'main.js')], {
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: url(primary),
      DATABASE_REPLICA_URLS: url(replica),
      JWT_SECRET: SECRET,
      LOG_LEVEL: 'warn',
      SEED_DEMO: '0',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

async function main() {
  const bin = pgBin();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ttdn-cluster-'));
  if (process.getuid?.() === 0) execFileSync('chown', ['postgres', dir]);
  const [primary, replica] = [await freePort(), await freePort()];
  const apis: ChildProcess[] = [];
  const cleanups: (() => unknown)[] = [() => fs.rmSync(dir, { recursive: true, force: true })];
  try {
    log(`primary on ${primary}, replica on ${replica}, data under ${dir}`);
    const primaryDir = path.join(dir, 'primary');
    const replicaDir = path.join(dir, 'replica');
    pg(bin, 'initdb', ['-D', primaryDir, '--auth=trust', '-U', 'postgres', '--encoding=UTF8', '--locale=C.UTF-8']);
    const serverOptions = (port: number) =>
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c wal_level=replica -c max_wal_senders=4 -c hot_standby=on -c max_connections=100`;
    pg(bin, 'pg_ctl', ['-D', primaryDir, '-o', serverOptions(primary), '-l', path.join(dir, 'primary.log'), '-w', 'start']);
    cleanups.unshift(() => pg(bin, 'pg_ctl', ['-D', primaryDir, '-m', 'immediate', 'stop']));
    await query(primary, 'select 1').catch(() => undefined);
    const admin = new Client({ connectionString: url(primary, 'postgres') });
    await admin.connect();
    await admin.query('create database ttdn');
    await admin.end();

    log(`migrating and seeding (demo data + scale factor ${SCALE})`);
    const orm = await openOrm({ databaseUrl: url(primary) });
    await migrate(orm);
    await loadSeeds(orm.em.fork());
    await seedScale(orm.em.fork(), SCALE);
    await orm.close();

    log('streaming replica from pg_basebackup');
    pg(bin, 'pg_basebackup', [
      '-D',
      replicaDir,
      '-h',
      '127.0.0.1',
      '-p',
      String(primary),
      '-U',
      'postgres',
      '-R',
      '-X',
      'stream',
      '--checkpoint=fast',
    ]);
    pg(bin, 'pg_ctl', ['-D', replicaDir, '-o', serverOptions(replica), '-l', path.join(dir, 'replica.log'), '-w', 'start']);
    cleanups.unshift(() => pg(bin, 'pg_ctl', ['-D', replicaDir, '-m', 'immediate', 'stop']));
    await waitFor(async () => (await query<{ r: boolean }>(replica, 'select pg_is_in_recovery() as r'))[0].r, 'the replica in recovery');
    const streaming = await query<{ state: string }>(primary, 'select state from pg_stat_replication');
    log(`replication: ${JSON.stringify(streaming)}`);

    const apiPorts = [await freePort(), await freePort()];
    for (const port of apiPorts) apis.push(startApi(port, primary, replica));
    cleanups.unshift(() => apis.forEach((api) => api.exitCode === null && api.kill('SIGKILL')));
    for (const port of apiPorts) await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/health`)).ok, `API on ${port}`);
    const balancer = await startBalancer(apiPorts);
    cleanups.unshift(() => balancer.close());
    const target = `http://127.0.0.1:${balancer.port}/graphql`;
    const body = JSON.stringify(publicPortal(PLANS));
    const check = (await (await fetch(target, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).json()) as {
      data?: { allPlans: unknown[] };
      errors?: unknown;
    };
    if (!check.data?.allPlans.length) throw new Error(`the portal list answered nothing: ${JSON.stringify(check.errors)}`);
    log(`portal list through the balancer: ${check.data.allPlans.length} plans`);

    const before = { primary: await commits(primary), replica: await commits(replica) };
    let killedInFlight = 0;
    // In flight on the killed process: every request it had been sent and not answered when it was gone (including
    // connections still in its accept queue); after that, new connections are refused and go to the other process.
    apis[0].once('exit', () => {
      const killed = balancer.backends[0];
      killedInFlight = killed.inFlight + killed.failed;
      log(`API process 1 gone with ${killedInFlight} requests in flight on it`);
    });
    const killAt = setTimeout(
      () => {
        apis[0].kill('SIGKILL');
        log(`killed API process 1 (pid ${apis[0].pid})`);
      },
      (DURATION * 1000) / 2,
    );
    log(`load: ${CONNECTIONS} connections for ${DURATION} s, anonymous portal list of ${PLANS} plans`);
    const result = await autocannon({
      url: target,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      connections: CONNECTIONS,
      duration: DURATION,
      timeout: 30,
    });
    clearTimeout(killAt);
    const after = { primary: await commits(primary), replica: await commits(replica) };
    const replicaShare = (after.replica - before.replica) / (after.replica - before.replica + after.primary - before.primary);
    const failed = result.errors + result.timeouts + result.non2xx;
    const figures = {
      requests: result.requests.total,
      rps: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      failed,
      killedInFlight,
      failedAtBalancer: balancer.failedInFlight,
      replicaShare,
      scale: SCALE,
    };
    log(JSON.stringify(figures));
    writeBenchmarks(figures);
    if (failed > killedInFlight) {
      process.exitCode = 1;
      log(`FAILED: ${failed} failed requests, more than the ${killedInFlight} in flight on the killed process`);
    } else {
      log(`passed: ${failed} failed requests, at most the ${killedInFlight} in flight on the killed process`);
    }
  } finally {
    for (const cleanup of cleanups) {
      try {
        await cleanup();
      } catch (error) {
        log(`cleanup: ${(error as Error).message}`);
      }
    }
  }
}

interface Figures {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  failed: number;
  killedInFlight: number;
  failedAtBalancer: number;
  replicaShare: number;
  scale: number;
}

const BEGIN = '<!-- bench:cluster begin -->';
const END = '<!-- bench:cluster end -->';

/** Replaces (or appends) the cluster section of BENCHMARKS.md; the rest of the file belongs to `npm run bench`. */
function writeBenchmarks(f: Figures) {
  const file = path.join(repoRoot(), 'BENCHMARKS.md');
  const section = `${BEGIN}
## Cluster: two API processes, a streaming replica, one process killed (\`npm run bench:cluster\`)

Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on this machine (${os.cpus().length} CPUs shared with the
load generator, the balancer and both PostgreSQL servers; load average ${os.loadavg()[0].toFixed(1)} at the end, other work included): a primary and one streaming replica (\`initdb\`,
\`pg_basebackup -R\`), demo data plus scale factor ${f.scale}, two API processes (\`DATABASE_REPLICA_URLS\` = the replica),
a round-robin Node balancer that resends a request whose connection is refused (like nginx's
\`proxy_next_upstream error\`). Load: autocannon, ${CONNECTIONS} connections for ${DURATION} s, the anonymous portal list of
${PLANS} plans (POST, so no HTTP cache is involved); API process 1 is killed with SIGKILL after ${DURATION / 2} s.

| measure | value |
|---|---|
| requests answered | ${f.requests.toLocaleString('en-US')} |
| mean throughput | ${f.rps.toFixed(1)} req/s |
| latency p50 / p99 | ${f.p50} ms / ${f.p99} ms |
| requests in flight on the killed process | ${f.killedInFlight} |
| failed requests (errors, timeouts, non-2xx) | **${f.failed}** (${f.failed <= f.killedInFlight ? 'none beyond those in flight' : 'MORE than those in flight'}) |
| transactions served by the replica during the load | ${(f.replicaShare * 100).toFixed(0)} % |

The throughput is not comparable with the single-process figures above: two API processes, two PostgreSQL
servers, the balancer and autocannon share ${os.cpus().length} CPUs, and half the run has one API process.
${END}`;
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const start = current.indexOf(BEGIN);
  const end = current.indexOf(END);
  const next =
    start >= 0 && end > start
      ? current.slice(0, start) + section + current.slice(end + END.length)
      : `${current.trimEnd()}\n\n${section}\n`;
  fs.writeFileSync(file, next);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
