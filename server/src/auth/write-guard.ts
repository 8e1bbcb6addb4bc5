import { Role } from '../common/enums';
import type { DomainError } from '../common/errors';
import { forbidden } from './access';
import type { Principal } from './principal';

/** Per role, the arguments of a resource's create/update mutations that role may set. */
export type WritableFields = Partial<Record<Role, readonly string[]>>;

export function writableBy(table: WritableFields, principal: Principal): Set<string> {
  return new Set(principal.roles.flatMap((role) => table[role] ?? []));
}

/** The names of the arguments a call actually sent (GraphQL leaves the others undefined). */
export const sentFields = (args: object): string[] => Object.keys(args).filter((f) => (args as Record<string, unknown>)[f] !== undefined);

/** The first argument the caller sent but may not set, refused with FORBIDDEN naming it; `id` picks the row. */
export function onlyWritable(args: object, allowed: Set<string>): true | DomainError {
  const refused = sentFields(args).find((field) => field !== 'id' && !allowed.has(field));
  return refused === undefined || forbidden(`Bạn không có quyền đặt trường "${refused}".`, refused);
}

export const notOwnUnit = (field?: string) => forbidden('Chỉ được ghi dữ liệu của đơn vị mình.', field);

/** A write may name only the caller's own unit as the owner. */
export const ownUnitArg = (principal: Principal, administrativeUnitId: string | undefined): true | DomainError =>
  administrativeUnitId === undefined || Number(administrativeUnitId) === principal.unitId || notOwnUnit('administrativeUnitId');
