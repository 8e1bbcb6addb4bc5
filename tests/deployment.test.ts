import { spawn } from 'node:child_process';
import { Client } from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { startApp } from '../server/src/app';
import { openOrm } from '../server/src/db/orm';
import { startServer } from '../server/src/server';
import { startApi } from './support/api';

/** Runs a script with tsx (as `npm run create-admin` does) and returns its output. */
function run(script: string, args: string[], env: Record<string, string>, options: { stdin?: string } = {}) {
  return new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      env: { ...process.env, LOG_LEVEL: 'info', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`timeout: ${output}`));
    }, 90_000);
    const seen = (chunk: Buffer) => {
      output += chunk;
    };
    child.stdout.on('data', seen);
    child.stderr.on('data', seen);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
    child.stdin.end(options.stdin ?? '');
  });
}

const server = new URL(inject('databaseUrl'));
const created: string[] = [];
async function sql<T>(database: string, text: string): Promise<T[]> {
  const url = new URL(server);
  url.pathname = `/${database}`;
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}
async function freshDatabase(): Promise<string> {
  const name = `${server.pathname.slice(1)}_${created.length}`;
  await sql('postgres', `create database "${name}"`);
  created.push(name);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}
afterAll(async () => {
  for (const name of created) await sql('postgres', `drop database if exists "${name}" with (force)`);
});

const units = async (url: string) =>
  Number((await sql<{ n: string }>(new URL(url).pathname.slice(1), 'select count(*) as n from administrative_unit'))[0].n);

describe('Deployment', () => {
  it('a server given a JWT_SECRET shorter than 32 bytes refuses to start', async () => {
    const orm = await openOrm({ databaseUrl: inject('databaseUrl') });
    try {
      await expect(startApp(orm, { jwtSecret: 'x'.repeat(31) })).rejects.toThrow(/32 byte/);
      const api = await startApi({ app: { jwtSecret: 'x'.repeat(32) } });
      expect(await api.login('quangtri.editor')).toMatch(/\./);
      await api.stop();
    } finally {
      await orm.close();
    }
    await expect(startServer({ DATABASE_URL: inject('databaseUrl'), JWT_SECRET: 'too-short', PORT: '0' })).rejects.toThrow(
      /JWT_SECRET phải dài ít nhất 32 byte/,
    );
  });

  it('npm start on a DATABASE_URL loads demo data only with SEED_DEMO=1, and never with NODE_ENV=production', async () => {
    const secret = 'a-deployment-secret-of-at-least-32-bytes';
    const start = async (env: Record<string, string>) => (await startServer({ JWT_SECRET: secret, PORT: '0', ...env })).stop();
    const plain = await freshDatabase();
    await start({ DATABASE_URL: plain });
    expect(await units(plain)).toBe(0);

    const production = await freshDatabase();
    await start({ DATABASE_URL: production, SEED_DEMO: '1', NODE_ENV: 'production' });
    expect(await units(production)).toBe(0);
    await expect(startServer({ DATABASE_URL: production, NODE_ENV: 'production', PORT: '0' })).rejects.toThrow(
      /NODE_ENV=production cần JWT_SECRET/,
    );

    const demo = await freshDatabase();
    await start({ DATABASE_URL: demo, SEED_DEMO: '1' });
    expect(await units(demo)).toBeGreaterThan(10);

    // The first administrator of the empty deployment, password from standard input.
    const short = await run('server/src/scripts/create-admin.ts', ['chief'], { DATABASE_URL: plain }, { stdin: 'short\n' });
    expect(short.code).toBe(1);
    expect(short.output).toMatch(/ít nhất 8 ký tự/);
    const made = await run('server/src/scripts/create-admin.ts', ['chief'], { DATABASE_URL: plain }, { stdin: 'a-long-admin-password\n' });
    expect(made.code, made.output).toBe(0);
    expect(
      (await run('server/src/scripts/create-admin.ts', ['chief'], { DATABASE_URL: plain }, { stdin: 'a-long-admin-password\n' })).output,
    ).toMatch(/đã tồn tại/);
    const orm = await openOrm({ databaseUrl: plain });
    const app = await startApp(orm);
    try {
      const login = await fetch(app.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation { login(username: "chief", password: "a-long-admin-password") { user { roles administrativeUnit { code } } } }',
        }),
      });
      expect(((await login.json()) as { data: unknown }).data).toEqual({
        login: { user: { roles: ['ADMIN'], administrativeUnit: { code: 'VN' } } },
      });
    } finally {
      await app.stop();
      await orm.close();
    }
  });
});
