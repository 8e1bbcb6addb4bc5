import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import http from 'node:http';
import { readSettings } from '../server/src/settings';
import { startApi, expectError, type Api } from './support/api';
import { createUser } from './support/catalogue';

let api: Api;
let admin: string;
const PROXY = '127.0.0.1';

beforeAll(async () => {
  // The test client is the trusted proxy, so each test can sign in from its own client address.
  api = await startApi({ app: { settings: { ...readSettings({}), trustProxy: [PROXY] } } });
  admin = await api.login('admin');
});
afterAll(() => api.stop());

const LOGIN = 'mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';

/** A sign-in attempt as a client at `address` behind the proxy. */
async function signIn(username: string, password: string, address: string) {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ query: LOGIN, variables: { u: username, p: password } }),
  });
  return (await response.json()) as { data?: { login: { token: string } } | null; errors?: { extensions: Record<string, unknown> }[] };
}
/** A POST from a chosen local address (fetch cannot choose one). */
function post(url: string, body: unknown, headers: Record<string, string>, localAddress: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: 'POST', localAddress, headers: { 'content-type': 'application/json', ...headers } },
      (response) => {
        let text = '';
        response
          .setEncoding('utf8')
          .on('data', (chunk: string) => (text += chunk))
          .on('end', () => resolve(text));
      },
    );
    request.on('error', reject).end(JSON.stringify(body));
  });
}
const code = (result: Awaited<ReturnType<typeof signIn>>) => (result.data?.login ? 'OK' : result.errors?.[0]?.extensions.code);
const me = async (token: string) => api.request<{ me: { id: string } | null }>('{ me { id } }', {}, token);

describe('Sign-in throttle', () => {
  it('anyone sending 20 wrong passwords at once gets at most 5 checked; the rest are refused with retryAfter, and then even the right password waits', async () => {
    await createUser(api, 'throttle.race', 'VN', ['VIEWER']);
    const results = await Promise.all(Array.from({ length: 20 }, () => signIn('throttle.race', 'wrong-password', '203.0.113.1')));
    const codes = results.map(code);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(15);
    const refused = results.find((r) => code(r) === 'TOO_MANY_REQUESTS')!;
    expect(refused.errors![0].extensions.retryAfter).toBeGreaterThan(0);
    expect(refused.errors![0].extensions.retryAfter).toBeLessThanOrEqual(15 * 60);
    // From another address too: the account's count is shared, wherever the guesses come from.
    expect(code(await signIn('throttle.race', 'demo1234', '203.0.113.2'))).toBe('TOO_MANY_REQUESTS');
  });

  it('an admin can unlock a locked account, a user of a unit without rights cannot', async () => {
    await createUser(api, 'throttle.locked', '45', ['VIEWER']);
    for (let i = 0; i < 6; i++) await signIn('throttle.locked', 'wrong-password', '203.0.113.3');
    expect(code(await signIn('throttle.locked', 'demo1234', '203.0.113.3'))).toBe('TOO_MANY_REQUESTS');

    const editor = await api.login('quangtri.editor');
    expectError(await api.request('mutation { unlockSignIn(username: "throttle.locked") }', {}, editor), 'FORBIDDEN');
    const provincialAdmin = await createUser(api, 'throttle.unlocker', '45', ['ADMIN']);
    expect((await api.request('mutation { unlockSignIn(username: "throttle.locked") }', {}, provincialAdmin)).data).toEqual({
      unlockSignIn: true,
    });
    expect(code(await signIn('throttle.locked', 'demo1234', '203.0.113.3'))).toBe('OK');
  });

  it('an admin cannot unlock an account outside their scope: it answers like a missing one', async () => {
    const provincialAdmin = await createUser(api, 'throttle.qt.admin', '45', ['ADMIN']);
    expectError(await api.request('mutation { unlockSignIn(username: "admin") }', {}, provincialAdmin), 'NOT_FOUND', 'username');
    expectError(await api.request('mutation { unlockSignIn(username: "no.such.user") }', {}, provincialAdmin), 'NOT_FOUND', 'username');
  });

  it('a client address is counted from X-Forwarded-For only when the proxy is trusted', async () => {
    const direct = await startApi({ app: { settings: { ...readSettings({}), trustProxy: [] } } });
    try {
      // Untrusted: 51 different forwarded addresses are all one client (the peer), so the address limit is reached.
      const results: string[] = [];
      for (let i = 0; i < 51; i++) {
        // From its own loopback address, so this client's count does not touch other tests' 127.0.0.1.
        const body = await post(
          direct.url,
          { query: LOGIN, variables: { u: `nobody.${i}`, p: 'wrong-password' } },
          { 'x-forwarded-for': `198.51.100.${i}` },
          '127.0.0.77',
        );
        results.push((JSON.parse(body) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code);
      }
      expect(results.slice(0, 50).every((c) => c === 'UNAUTHENTICATED')).toBe(true);
      expect(results[50]).toBe('TOO_MANY_REQUESTS');
    } finally {
      await direct.stop();
      // Behind the trusted proxy the same peer is many clients: a fresh forwarded address is not refused.
      expect(code(await signIn('nobody.x', 'wrong-password', '198.51.100.200'))).toBe('UNAUTHENTICATED');
    }
  });
});

describe('Tokens', () => {
  it('a user whose password an admin changes loses their existing tokens; the new password signs in', async () => {
    const token = await createUser(api, 'token.password', '45', ['VIEWER']);
    const { data } = await me(token);
    expect(data?.me?.id).toBeDefined();
    const changed = await api.request(
      'mutation ($id: ID!) { updateUser(id: $id, password: "new-password-1") { id } }',
      { id: data!.me!.id },
      admin,
    );
    expect(changed.errors).toBeUndefined();
    const after = await me(token);
    expect(after.status).toBe(401);
    expectError(after, 'UNAUTHENTICATED');
    expect((await me(await api.login('token.password', 'new-password-1'))).data?.me?.id).toBe(data!.me!.id);
  });

  it('a disabled user loses their existing tokens; an unrelated change (display name) keeps them', async () => {
    const token = await createUser(api, 'token.disabled', '45', ['VIEWER']);
    const id = (await me(token)).data!.me!.id;
    await api.request('mutation ($id: ID!) { updateUser(id: $id, displayName: "Tên mới") { id } }', { id }, admin);
    expect((await me(token)).data?.me?.id).toBe(id);
    await api.request('mutation ($id: ID!) { updateUser(id: $id, disabled: true) { id } }', { id }, admin);
    expectError(await me(token), 'UNAUTHENTICATED');
    // Enabling the account again does not bring the old token back.
    await api.request('mutation ($id: ID!) { updateUser(id: $id, disabled: false) { id } }', { id }, admin);
    expectError(await me(token), 'UNAUTHENTICATED');
  });

  it('a user whose account another API instance disables, or whose roles it changes, is refused or re-read on the next requests here', async () => {
    const token = await createUser(api, 'token.elsewhere', '45', ['VIEWER', 'EDITOR']);
    const roles = async () => (await api.request<{ myPermissions: { roles: string[] } }>('{ myPermissions { roles } }', {}, token)).data;
    expect((await roles())?.myPermissions.roles).toEqual(['VIEWER', 'EDITOR']);
    expect((await roles())?.myPermissions.roles).toEqual(['VIEWER', 'EDITOR']); // now remembered by this instance
    // Another instance's write reaches this one only through the database's announcement.
    const elsewhere = new Client({ connectionString: inject('databaseUrl') });
    await elsewhere.connect();
    try {
      await elsewhere.query(`update app_user set roles = '["VIEWER"]' where username = 'token.elsewhere'`);
      await expect.poll(async () => (await roles())?.myPermissions.roles, { timeout: 3000 }).toEqual(['VIEWER']);
      await elsewhere.query(`update app_user set disabled = true where username = 'token.elsewhere'`);
      await expect.poll(async () => (await me(token)).status, { timeout: 3000 }).toBe(401);
    } finally {
      await elsewhere.end();
    }
  });
});
