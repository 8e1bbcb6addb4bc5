import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, startApi, type Api } from './support/api';
import { createUser } from './support/catalogue';

let api: Api;
const CHANGE = 'mutation P($current: String!, $next: String!) { changeMyPassword(currentPassword: $current, newPassword: $next) }';

beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.stop());

describe('Session password', () => {
  it('a user can change their own password, then signs in with the new one and not the old', async () => {
    const token = await createUser(api, 'doimatkhau.api', '45', ['VIEWER']);
    const result = await api.request<{ changeMyPassword: boolean }>(CHANGE, { current: 'demo1234', next: 'mat-khau-moi-2026' }, token);
    expect(result.errors).toBeUndefined();
    expect(result.data!.changeMyPassword).toBe(true);
    await expect(api.login('doimatkhau.api', 'mat-khau-moi-2026')).resolves.toBeTruthy();
    await expect(api.login('doimatkhau.api', 'demo1234')).rejects.toThrow();
  });

  it('a user cannot change it without the current password, nor to a short one; the password stays', async () => {
    const token = await createUser(api, 'doimatkhau.sai', '45', ['VIEWER']);
    expectError(
      await api.request(CHANGE, { current: 'khong-dung', next: 'mat-khau-moi-2026' }, token),
      'BAD_USER_INPUT',
      'currentPassword',
    );
    expectError(await api.request(CHANGE, { current: 'demo1234', next: 'ngan' }, token), 'BAD_USER_INPUT', 'newPassword');
    await expect(api.login('doimatkhau.sai', 'demo1234')).resolves.toBeTruthy();
  });

  it('the public cannot change a password', async () => {
    const result = await api.request(CHANGE, { current: 'demo1234', next: 'mat-khau-moi-2026' }, '');
    expect(result.data?.changeMyPassword ?? null).toBeNull();
    expect(result.errors?.[0].extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
  });
});
