import { PrincipalKind, Role, UnitLevel } from '../common/enums';

export { PrincipalKind };

/**
 * Who is calling: the anonymous portal, a reporting client bound to a unit, or a user bound to a unit.
 * `unitPath` is the unit's ancestor path ('/1/5/'), so "my scope contains unit D" is a prefix test.
 */
export interface Principal {
  kind: PrincipalKind;
  id?: number;
  unitId?: number;
  unitPath?: string;
  unitLevel?: UnitLevel;
  roles: readonly Role[];
}

export const PUBLIC: Principal = Object.freeze({ kind: PrincipalKind.PUBLIC, roles: Object.freeze([]) });

export const isUser = (p: Principal) => p.kind === PrincipalKind.USER;
export const hasRole = (p: Principal, ...roles: Role[]) => isUser(p) && roles.some((r) => p.roles.includes(r));
/** Users and reporting clients have a scope; the public has none. */
export const hasScope = (p: Principal) => p.unitPath !== undefined;
export const scopeContainsPath = (p: Principal, unitPath: string | undefined) =>
  p.unitPath !== undefined && unitPath !== undefined && unitPath.startsWith(p.unitPath);
/** A root unit's path has one id ('/1/'): its scope is every unit, so no row needs a lookup. */
export const isNationwide = (p: Principal) => p.unitPath !== undefined && p.unitPath.split('/').length === 3;
