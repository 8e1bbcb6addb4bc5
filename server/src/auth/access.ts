import { Role } from '../common/enums';
import { DomainError } from '../common/errors';
import type { Context } from '../context';
import { scopeUnit } from '../kernel/access/scope-unit';
import { hasRole, hasScope, isNationwide, isUser, scopeContainsPath } from './principal';

/**
 * One access rule: `check` gets the request context and, for field rules, the row being read
 * (for mutation rules, the arguments). `row` is undefined when `myPermissions` asks "for a row of
 * my own unit", so a row-dependent rule answers for the caller's best case there.
 * A check returns true, false (a plain FORBIDDEN) or a DomainError naming the refused field.
 */
export interface Access {
  name: string;
  check: (ctx: Context, row?: unknown) => boolean | DomainError | Promise<boolean | DomainError>;
}

export const access = (name: string, check: Access['check']): Access => ({ name, check });

export const forbidden = (message = 'Bạn không có quyền truy cập dữ liệu này.', field?: string) =>
  new DomainError('FORBIDDEN', message, field);

export const everyone = access('everyone', () => true);
export const signedIn = access('signedIn', (ctx) => isUser(ctx.auth));
export const userOrClient = access('userOrClient', (ctx) => hasScope(ctx.auth));
export const withRole = (...roles: Role[]) => access(`role(${roles.join('|')})`, (ctx) => hasRole(ctx.auth, ...roles));

/** A unit id of the row, for rules that depend on who owns it. */
export type UnitOf<T> = (row: T) => number | undefined | Promise<number | undefined>;

/** Decided without a lookup where possible: the caller's own unit, or a caller whose scope is the whole country. */
export function unitInScope(ctx: Context, unitId: number | undefined): boolean | Promise<boolean> {
  if (!hasScope(ctx.auth) || unitId === undefined) return false;
  if (unitId === ctx.auth.unitId || isNationwide(ctx.auth)) return true;
  return ctx.loaders.one(scopeUnit(), { id: unitId }).then((unit) => scopeContainsPath(ctx.auth, unit?.path));
}

/** The row's unit is the caller's unit or below it. */
export const inScope = <T>(unitOf: UnitOf<T>) => access('inScope', (ctx, row) => {
  if (!hasScope(ctx.auth)) return false;
  if (row === undefined) return true;
  const unit = unitOf(row as T);
  return unit instanceof Promise ? unit.then((u) => unitInScope(ctx, u)) : unitInScope(ctx, unit);
});

export const when = <T>(name: string, test: (row: T, ctx: Context) => boolean) =>
  access(name, (ctx, row) => row === undefined || test(row as T, ctx));

export const allOf = (...rules: Access[]) => access(rules.map((r) => r.name).join('&'), async (ctx, row) => {
  for (const rule of rules) {
    const pending = rule.check(ctx, row);
    const result = pending instanceof Promise ? await pending : pending;
    if (result !== true) return result;
  }
  return true;
});

export const anyOf = (...rules: Access[]) => access(rules.map((r) => r.name).join('|'), async (ctx, row) => {
  let refusal: boolean | DomainError = false;
  for (const rule of rules) {
    const result = await rule.check(ctx, row);
    if (result === true) return true;
    if (result instanceof DomainError) refusal = result;
  }
  return refusal;
});

/** `X(id)`, `allXs` and `_allXsMeta` of one resource (react-admin's grammar) under one rule: they read the same rows. */
export const readQueries = (type: string, plural: string, rule: Access): Record<string, Access> =>
  ({ [type]: rule, [`all${plural}`]: rule, [`_all${plural}Meta`]: rule });

/** `createX`, `updateX` and `deleteX` of one resource, each with the rule `ruleFor` makes for that mutation's name. */
export const writeMutations = (type: string, ruleFor: (mutation: string) => Access): Record<string, Access> =>
  Object.fromEntries(['create', 'update', 'delete'].map((op) => [`${op}${type}`, ruleFor(`${op}${type}`)]));
