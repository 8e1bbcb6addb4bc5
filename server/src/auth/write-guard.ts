import { Role } from '../common/enums';
import type { DomainError } from '../common/errors';
import { forbidden } from './access';
import type { Principal } from './principal';

/** Per role, the arguments of a resource's create/update mutations that role may set. */
export type WritableFields = Partial<Record<Role, readonly string[]>>;

export function writableBy(table: WritableFields, principal: Principal): Set<string> {
  return new Set(principal.roles.flatMap((role) => table[role] ?? []));
}

/** The first argument the caller sent but may not set, refused with FORBIDDEN naming it; `id` picks the row. */
export function onlyWritable(args: object, allowed: Set<string>): true | DomainError {
  for (const [field, value] of Object.entries(args)) {
    if (value === undefined || field === 'id' || allowed.has(field)) continue;
    return forbidden(`Bạn không có quyền đặt trường "${field}".`, field);
  }
  return true;
}

export const notOwnUnit = (field?: string) =>
  forbidden('Chỉ được ghi dữ liệu của đơn vị mình.', field);
