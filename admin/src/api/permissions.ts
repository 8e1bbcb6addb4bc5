/** What the signed-in user may do, as the API's `myPermissions` says; the console offers nothing beyond it. */

export interface ResourcePermission {
  resource: string;
  operations: string[];
  readableFields: string[];
  writableFields: string[];
}

export interface UnitRef {
  id: string;
  name: string;
  level: string;
}

export interface Permissions {
  principal: string;
  roles: string[];
  administrativeUnit: UnitRef | null;
  resources: ResourcePermission[];
}

export interface Identity {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
  administrativeUnit: UnitRef | null;
}

let current: Permissions | null = null;
const STORE_KEY = 'ttdn.permissions';

export const permissionStore = {
  get(): Permissions | null {
    if (!current) {
      const stored = localStorage.getItem(STORE_KEY);
      current = stored ? (JSON.parse(stored) as Permissions) : null;
    }
    return current;
  },
  set(permissions: Permissions) {
    current = permissions;
    localStorage.setItem(STORE_KEY, JSON.stringify(permissions));
  },
  clear() {
    current = null;
    localStorage.removeItem(STORE_KEY);
  },
};

const ACTION_TO_OPERATION: Record<string, string> = {
  list: 'list',
  show: 'show',
  create: 'create',
  edit: 'update',
  delete: 'delete',
  export: 'list',
};

function resourcePermission(permissions: Permissions | null, resource: string) {
  return permissions?.resources.find((r) => r.resource === resource);
}

// `<rel>Id` comes with `<rel>`: a rule that lets a user read a plan's unit lets them read which unit it is.
const fieldIn = (fields: string[], field: string) =>
  fields.includes(field) || (field.endsWith('Id') && fields.includes(field.slice(0, -2)));

export function canRead(permissions: Permissions | null, resource: string, field: string): boolean {
  const p = resourcePermission(permissions, resource);
  return field === 'id' ? !!p : !!p && fieldIn(p.readableFields, field);
}

export function canWrite(permissions: Permissions | null, resource: string, field: string): boolean {
  const p = resourcePermission(permissions, resource);
  return !!p && fieldIn(p.writableFields, field);
}

/** For forms: without myPermissions (not loaded yet) the API alone decides. */
export function mayWrite(resource: string, field: string): boolean {
  const permissions = permissionStore.get();
  return !permissions || canWrite(permissions, resource, field);
}

/** Documents an editor may still change: a unit's drafts; approvers may change them in any state. */
const EDITABLE_BY_STATUS: Record<string, string[]> = { Plan: ['DRAFT'], Report: ['DRAFT', 'RETURNED'] };

export function canDo(permissions: Permissions | null, resource: string, action: string, record?: Record<string, unknown>): boolean {
  const operation = ACTION_TO_OPERATION[action] ?? action;
  const p = resourcePermission(permissions, resource);
  if (!p || !p.operations.includes(operation)) return false;
  const editable = EDITABLE_BY_STATUS[resource];
  if (!record || !editable || (operation !== 'update' && operation !== 'delete')) return true;
  const roles = permissions!.roles;
  if (roles.includes('ADMIN')) return true;
  if (record.administrativeUnitId !== permissions!.administrativeUnit?.id) return false;
  return roles.includes('APPROVER') || editable.includes(String(record.status));
}
