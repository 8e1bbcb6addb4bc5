import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startApp, type App } from '../server/src/app';
import { migrate, openOrm } from '../server/src/db/orm';
import type { MikroORM } from '@mikro-orm/postgresql';

/**
 * The "replica" here is a database with the schema and none of the rows: a replica infinitely far behind. What the
 * API answers from it shows which reads went there, and what it answers from the primary shows which did not.
 */
const primaryUrl = inject('databaseUrl');
const replicaUrl = (() => {
  const u = new URL(primaryUrl);
  u.pathname = `${u.pathname}_replica`;
  return u.toString();
})();
const server = (() => {
  const u = new URL(primaryUrl);
  u.pathname = '/postgres';
  return u.toString();
})();
const admin = async (sql: string) => {
  const client = new Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
};

let orm: MikroORM;
let app: App;
beforeAll(async () => {
  await admin(`create database "${new URL(replicaUrl).pathname.slice(1)}"`);
  const replicaOrm = await openOrm({ databaseUrl: replicaUrl });
  await migrate(replicaOrm);
  await replicaOrm.close();
  orm = await openOrm({ databaseUrl: primaryUrl, replicaUrls: [replicaUrl] });
  app = await startApp(orm);
});
afterAll(async () => {
  await app?.stop();
  await orm?.close();
  await admin(`drop database if exists "${new URL(replicaUrl).pathname.slice(1)}" with (force)`);
});

const request = async (query: string, token?: string) => {
  const response = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
};

describe('Read replicas', () => {
  it('the public reads lists from a replica; a user signs in and is recognised against the primary', async () => {
    expect((await request('{ allAgencies(perPage: 5) { id } }')).data!.allAgencies).toEqual([]);
    const login = await request('mutation { login(username: "admin", password: "demo1234") { token user { username } } }');
    expect(login.data!.login.user).toEqual({ username: 'admin' });
    expect((await request('{ me { username } }', login.data!.login.token)).data!.me).toEqual({ username: 'admin' });
  });

  it('an admin who creates a row gets it back with its relations read from the primary, in the same request', async () => {
    const token = (await request('mutation { login(username: "admin", password: "demo1234") { token } }')).data!.login.token;
    const client = new Client({ connectionString: primaryUrl });
    await client.connect();
    const [unit] = (await client.query(`select id, name from administrative_unit where code = 'VN'`)).rows as {
      id: number;
      name: string;
    }[];
    await client.end();
    const created = await request(
      `mutation { createAgency(name: "Sở thử bản sao", kind: DEPARTMENT, administrativeUnitId: ${unit.id}) { id name administrativeUnit { name } } }`,
      token,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createAgency).toMatchObject({ name: 'Sở thử bản sao', administrativeUnit: { name: unit.name } });
  });
});
