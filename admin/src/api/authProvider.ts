import type { AuthProvider } from 'react-admin';
import { ApiError, request, session } from './graphql';
import { canDo, permissionStore, type Identity, type Permissions } from './permissions';

const UNIT = 'administrativeUnit { id name level }';
const USER = `id username displayName roles ${UNIT}`;
const ME = `query Me {
  me { ${USER} }
  myPermissions { principal roles ${UNIT} resources { resource operations readableFields writableFields } }
}`;
const IDENTITY_KEY = 'ttdn.identity';

async function loadSession() {
  const data = await request<{ me: Identity | null; myPermissions: Permissions }>(ME);
  if (!data.me) throw new ApiError('Phiên đăng nhập đã hết, vui lòng đăng nhập lại.', 'UNAUTHENTICATED', undefined, 401);
  permissionStore.set(data.myPermissions);
  localStorage.setItem(IDENTITY_KEY, JSON.stringify(data.me));
  return data.me;
}

function signOut() {
  session.clear();
  permissionStore.clear();
  localStorage.removeItem(IDENTITY_KEY);
}

export const ROLE_LABELS: Record<string, string> = {
  VIEWER: 'Xem',
  EDITOR: 'Soạn thảo',
  FINANCE: 'Tài chính',
  APPROVER: 'Phê duyệt',
  ADMIN: 'Quản trị',
};

export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    signOut();
    const data = await request<{ login: { token: string } }>(
      'mutation Login($username: String!, $password: String!) { login(username: $username, password: $password) { token } }',
      { username: username.trim(), password },
    );
    session.setToken(data.login.token);
    await loadSession();
  },
  async logout() {
    signOut();
  },
  async checkAuth() {
    // No session is the normal start, not an error: straight to the sign-in form, without a warning.
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- react-admin reads { message: false } as "sign in, no warning"
    if (!session.token()) throw { message: false };
    if (!permissionStore.get()) await loadSession();
  },
  async checkError(error: { status?: number; body?: { status?: number; token?: string | null } }) {
    const status = error?.body?.status ?? error?.status;
    // An answer to a request sent before the last sign-out or sign-in says nothing about the current session.
    const stale = error?.body?.token !== undefined && error.body.token !== session.token();
    if (status === 401 && !stale) {
      signOut();
      throw new Error('ra.notification.logged_out');
    }
    // A refusal (403) is shown as the API's message; the user stays signed in.
  },
  async getIdentity() {
    const stored = localStorage.getItem(IDENTITY_KEY);
    const me = stored ? (JSON.parse(stored) as Identity) : await loadSession();
    return {
      id: me.id,
      fullName: me.displayName,
      username: me.username,
      unit: me.administrativeUnit?.name ?? '',
      unitId: me.administrativeUnit?.id ?? null,
      roles: me.roles,
      roleLabel: me.roles.map((r) => ROLE_LABELS[r] ?? r).join(', '),
    };
  },
  async getPermissions() {
    return permissionStore.get();
  },
  async canAccess({ resource, action, record }) {
    return canDo(permissionStore.get(), resource, action, record);
  },
};
