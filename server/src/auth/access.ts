import { Role } from '../common/enums';
import { DomainError } from '../common/errors';
import type { Context } from '../context';
import { scopeUnit } from '../kernel/access/scope-unit';
import { hasRole, hasScope, isNationwide, isUser, type Principal, scopeContainsPath } from './principal';
import { type SqlCondition, unitColumnInScope } from './row-scope';

/**
 * One access rule: `check` gets the request context and, for field rules, the row being read
 * (for mutation rules, the arguments). `row` is undefined when `myPermissions` asks "for a row of
 * my own unit", so a row-dependent rule answers for the caller's best case there.
 * A check returns true, false (a plain FORBIDDEN) or a DomainError naming the refused field.
 */
export interface Access {
  name: string;
  check: (ctx: Context, row?: unknown) => boolean | DomainError | Promise<boolean | DomainError>;
  /**
   * The same rule for the compiled read path, decided without a promise: a boolean when the caller alone decides,
   * else a condition on the row (`row.column('administrativeUnit')` is its unit column, by property path) that is
   * computed in the same SQL statement. A rule without it sends queries that read its field down the loader path.
   */
  compiled?: (principal: Principal, row: RowSql) => boolean | SqlCondition;
  /** Set when the caller alone decides the rule, whatever the row: it is then checked without a promise. */
  byCaller?: (principal: Principal) => boolean;
}

/** The row a compiled rule is decided on: SQL for one of its columns, by property path (`plan.administrativeUnit`). */
export interface RowSql {
  column: (path: string) => string;
}

export const access = (name: string, check: Access['check'], compiled?: Access['compiled']): Access => ({ name, check, compiled });

export const forbidden = (message = 'Bạn không có quyền truy cập dữ liệu này.', field?: string) =>
  new DomainError('FORBIDDEN', message, field);

/** A rule the caller alone decides: the same function serves both read paths. */
const byCaller = (name: string, test: (p: Principal) => boolean): Access => ({
  ...access(
    name,
    (ctx) => test(ctx.auth),
    (p) => test(p),
  ),
  byCaller: test,
});

export const everyone = byCaller('everyone', () => true);
export const signedIn = byCaller('signedIn', isUser);
export const userOrClient = byCaller('userOrClient', hasScope);
export const withRole = (...roles: Role[]) => byCaller(`role(${roles.join('|')})`, (p) => hasRole(p, ...roles));

/** SQL for "this unit column is in the caller's scope", or the answer when the caller alone decides it. */
export const unitColumnAllowed = (p: Principal, column: string): boolean | SqlCondition =>
  hasScope(p) && (unitColumnInScope(p, column) ?? true);

/** A unit id of the row, for rules that depend on who owns it. */
export type UnitOf<T> = (row: T) => number | undefined | Promise<number | undefined>;

/** Decided without a lookup where possible: the caller's own unit, or a caller whose scope is the whole country. */
export function unitInScope(ctx: Context, unitId: number | undefined): boolean | Promise<boolean> {
  if (!hasScope(ctx.auth) || unitId === undefined) return false;
  if (unitId === ctx.auth.unitId || isNationwide(ctx.auth)) return true;
  return ctx.loaders.one(scopeUnit(), { id: unitId }).then((unit) => scopeContainsPath(ctx.auth, unit?.path));
}

/** The row's unit is the caller's unit or below it; `unitPath` names the same unit by property path, for SQL. */
export const inScope = <T>(unitOf: UnitOf<T>, unitPath: string) =>
  access(
    'inScope',
    (ctx, row) => {
      if (!hasScope(ctx.auth)) return false;
      if (row === undefined) return true;
      const unit = unitOf(row as T);
      return unit instanceof Promise ? unit.then((u) => unitInScope(ctx, u)) : unitInScope(ctx, unit);
    },
    (p, row) => unitColumnAllowed(p, row.column(unitPath)),
  );

export const when = <T>(name: string, test: (row: T, ctx: Context) => boolean, compiled?: Access['compiled']) =>
  access(name, (ctx, row) => row === undefined || test(row as T, ctx), compiled);

/** Both compiled forms combined by `and` / `or`; undefined when a part has none. */
function combine(rules: Access[], all: boolean): Access['compiled'] {
  if (rules.some((r) => !r.compiled)) return undefined;
  return (p, row) => {
    const conditions: SqlCondition[] = [];
    for (const rule of rules) {
      const decided = rule.compiled!(p, row);
      if (decided === !all) return !all;
      if (decided !== all) conditions.push(decided as SqlCondition);
    }
    if (!conditions.length) return all;
    return { sql: `(${conditions.map((c) => `(${c.sql})`).join(all ? ' and ' : ' or ')})`, params: conditions.flatMap((c) => c.params) };
  };
}

export const allOf = (...rules: Access[]) =>
  access(
    rules.map((r) => r.name).join('&'),
    async (ctx, row) => {
      for (const rule of rules) {
        const pending = rule.check(ctx, row);
        const result = pending instanceof Promise ? await pending : pending;
        if (result !== true) return result;
      }
      return true;
    },
    combine(rules, true),
  );

export const anyOf = (...rules: Access[]) =>
  access(
    rules.map((r) => r.name).join('|'),
    async (ctx, row) => {
      let refusal: boolean | DomainError = false;
      for (const rule of rules) {
        const result = await rule.check(ctx, row);
        if (result === true) return true;
        if (result instanceof DomainError) refusal = result;
      }
      return refusal;
    },
    combine(rules, false),
  );

/** `X(id)`, `allXs` and `_allXsMeta` of one resource (react-admin's grammar) under one rule: they read the same rows. */
export const readQueries = (type: string, plural: string, rule: Access): Record<string, Access> => ({
  [type]: rule,
  [`all${plural}`]: rule,
  [`_all${plural}Meta`]: rule,
});

/** `createX`, `updateX` and `deleteX` of one resource, each with the rule `ruleFor` makes for that mutation's name. */
export const writeMutations = (type: string, ruleFor: (mutation: string) => Access): Record<string, Access> =>
  Object.fromEntries(['create', 'update', 'delete'].map((op) => [`${op}${type}`, ruleFor(`${op}${type}`)]));
