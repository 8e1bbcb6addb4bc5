import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startApp } from '../server/src/app';
import { openOrm } from '../server/src/db/orm';
import { readSettings } from '../server/src/settings';
import { startApi, expectError, type Api } from './support/api';

const PORTAL = 'https://cttdt.quangtri.gov.vn';
let api: Api;
let adminDir: string;
const origin = () => api.url.replace('/graphql', '');

beforeAll(async () => {
  // A stand-in for the built console: Vite's layout, an index and a hashed asset.
  adminDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ttdn-admin-'));
  fs.mkdirSync(path.join(adminDir, 'assets'));
  fs.writeFileSync(
    path.join(adminDir, 'index.html'),
    '<!doctype html><div id="root"></div><script type="module" src="/admin/assets/index-4f2a9c.js"></script>',
  );
  fs.writeFileSync(path.join(adminDir, 'assets', 'index-4f2a9c.js'), `console.log(${JSON.stringify('x'.repeat(20_000))});`);
  api = await startApi({ app: { adminDir, settings: { ...readSettings({}), corsOrigins: [PORTAL] } } });
});
afterAll(async () => {
  await api.stop();
  fs.rmSync(adminDir, { recursive: true, force: true });
});

describe('Browser clients', () => {
  it('the portal origin listed in CORS_ORIGINS may call the API from a browser; any other origin gets no CORS headers', async () => {
    const preflight = (from: string) =>
      fetch(api.url, {
        method: 'OPTIONS',
        headers: { origin: from, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
      });
    const listed = await preflight(PORTAL);
    expect(listed.status).toBeLessThan(300);
    expect(listed.headers.get('access-control-allow-origin')).toBe(PORTAL);
    expect(listed.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    const other = await preflight('https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();

    const simple = await fetch(api.url, {
      method: 'POST',
      headers: { origin: PORTAL, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(simple.headers.get('access-control-allow-origin')).toBe(PORTAL);
  });

  it('the console is served with a Content-Security-Policy, hashed assets cached for a year, index.html revalidated', async () => {
    const index = await fetch(`${origin()}/admin/`);
    expect(index.status).toBe(200);
    const csp = index.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(index.headers.get('cache-control')).toBe('no-cache');

    const asset = await fetch(`${origin()}/admin/assets/index-4f2a9c.js`, { headers: { 'accept-encoding': 'br' } });
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-encoding')).toBe('br');
    expect(await asset.text()).toContain('console.log');

    // A client-side route gets the index; a missing file does not.
    const route = await fetch(`${origin()}/admin/plans/12/show`);
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<div id="root">');
    expect(route.headers.get('cache-control')).toBe('no-cache');
    expect((await fetch(`${origin()}/admin/assets/missing-000.js`)).status).toBe(404);
    expect((await fetch(`${origin()}/admin/../package.json`)).status).toBe(404);
  });

  it('anyone asking for the schema by introspection is refused when INTROSPECTION=false', async () => {
    const closed = await startApi({ app: { settings: { ...readSettings({ INTROSPECTION: 'false' }) } } });
    try {
      const refused = await closed.request('{ __schema { queryType { name } } }');
      expectError(refused, 'GRAPHQL_VALIDATION_FAILED');
      expect(refused.errors![0].message).toMatch(/introspection/i);
      expect((await closed.request('{ allAgencies(perPage: 1) { id } }')).errors).toBeUndefined();
    } finally {
      await closed.stop();
    }
    expect((await api.request('{ __schema { queryType { name } } }')).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('answers larger than a kilobyte are compressed for clients that accept it', async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
      body: JSON.stringify({ query: '{ allAgencies(perPage: 100) { id name } }' }),
    });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(((await response.json()) as { data: { allAgencies: unknown[] } }).data.allAgencies.length).toBeGreaterThan(5);
  });
});

describe('Internal errors', () => {
  it('anyone hitting a server fault gets a generic message with the request id, and the log has the cause under the same id', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    const orm = await openOrm({ databaseUrl: inject('databaseUrl') });
    const broken = await startApp(orm, { logger: pino({ level: 'info' }, sink) });
    // The database going away under a running server is a fault no input can cause or fix.
    await orm.close(true);
    const response = await fetch(broken.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ allAgencies(perPage: 1) { id } }' }),
    });
    const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    const error = body.errors[0];
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId });
    expect(error.message).not.toMatch(/select|agency|pool|knex/i);
    const logged = lines.find((line) => line.reqId === requestId && line.msg === 'internal error');
    expect(logged).toBeDefined();
    expect(logged!.level).toBe(50);
    expect(JSON.stringify(logged!.err)).toMatch(/agency|pool|knex|connection/i);
    await broken.stop();
  });
});

describe('Public caching', () => {
  const QUERY = 'query PortalAgencies { allAgencies(perPage: 3, sortField: "id", sortOrder: ASC) { id name } }';
  const persisted = (withQuery: boolean) => {
    const hash = createHash('sha256').update(QUERY).digest('hex');
    const params = new URLSearchParams({ extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }) });
    if (withQuery) params.set('query', QUERY);
    return `${api.url}?${params}`;
  };

  it('the public gets persisted-query GET answers cacheable by anyone, with an ETag that a conditional GET turns into 304', async () => {
    const first = await fetch(persisted(true));
    expect(first.status).toBe(200);
    const again = await fetch(persisted(false));
    expect(again.status).toBe(200);
    expect(again.headers.get('cache-control')).toBe('public, max-age=30');
    const etag = again.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    const body = await again.text();
    expect(JSON.parse(body).data.allAgencies).toHaveLength(3);

    const conditional = await fetch(persisted(false), { headers: { 'if-none-match': etag! } });
    expect(conditional.status).toBe(304);
    expect(await conditional.text()).toBe('');
    const stale = await fetch(persisted(false), { headers: { 'if-none-match': '"something-else"' } });
    expect(stale.status).toBe(200);
    expect(await stale.text()).toBe(body);
  });

  it('a signed-in user gets private, no-store answers for the same request; POSTs and errors are never stored', async () => {
    await fetch(persisted(true));
    const token = await api.login('quangtri.editor');
    const signedIn = await fetch(persisted(false), { headers: { authorization: `Bearer ${token}` } });
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers.get('cache-control')).toBe('private, no-store');
    expect(signedIn.headers.get('etag')).toBeNull();

    const post = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY }),
    });
    expect(post.headers.get('cache-control')).toBe('no-store');
    const failing = await fetch(
      `${api.url}?${new URLSearchParams({ query: '{ Plan(id: "999999") { id } }', extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: createHash('sha256').update('{ Plan(id: "999999") { id } }').digest('hex') } }) })}`,
    );
    expect(failing.headers.get('cache-control')).toBe('no-store');
  });
});
