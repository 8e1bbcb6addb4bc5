import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLResolveInfo, type GraphQLSchema, isObjectType } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { deny, rule, shield } from 'graphql-shield';
import type { IRules } from 'graphql-shield';
import { DomainError } from '../common/errors';
import type { Context } from '../context';
import { type Access, everyone, forbidden } from './access';
import type { Principal } from './principal';
import { checkCompiledRules } from '../kernel/access/compiled-fields';
import { accessFor, ruleTable } from '../kernel/access/rule-table';
import { checkedInWrite } from '../kernel/data/write';

export { accessFor, ruleTable, type RuleTable } from '../kernel/access/rule-table';

const isRoot = (info: GraphQLResolveInfo) => info.parentType.name === 'Query' || info.parentType.name === 'Mutation';

/**
 * Each rule is evaluated for the row at hand (root fields: for the arguments), with no cache shared
 * between rows or callers. A refusal is a FORBIDDEN error at the field's path; the field is nullable,
 * so a list still renders with that one value blank.
 */
function toShieldRule(type: string, field: string, access: Access) {
  // A generated write's rule reads the row, so here it only checks the caller; the full check runs in the write's
  // transaction after the row is locked (kernel/data/write.ts).
  const inWrite = type === 'Mutation' && checkedInWrite.has(field);
  return rule(`${type}.${field}:${access.name}`, { cache: 'no_cache' })(async (parent, args, ctx: Context, info) => {
    const result = await access.check(ctx, inWrite ? undefined : isRoot(info) ? args : parent);
    if (result === true) return true;
    return result instanceof DomainError ? result : forbidden();
  });
}

function permissions() {
  const tree: IRules = {};
  for (const [type, fields] of Object.entries(ruleTable)) {
    tree[type] = Object.fromEntries(Object.entries(fields).map(([field, access]) => [field, toShieldRule(type, field, access)]));
  }
  return shield(tree, { fallbackRule: deny, fallbackError: () => forbidden(), allowExternalErrors: true });
}

/** Root fields keep graphql-shield: their rules may carry a field and message of their own, and run once a request. */
const ROOTS = new Set(['Query', 'Mutation', 'Subscription']);

const decidedByCaller =
  (test: (p: Principal) => boolean, resolve: GraphQLFieldResolver<unknown, Context>): GraphQLFieldResolver<unknown, Context> =>
  (source, args, ctx, info) =>
    test(ctx.auth) ? resolve(source, args, ctx, info) : forbidden();

/**
 * The schema with every field guarded by graphql-shield. graphql-shield makes every field it wraps asynchronous,
 * which on a list of thousands of values cost more than a third of the request, so a field of an output type whose
 * rule the caller alone decides loses its shield wrapper again afterwards: `everyone` can never refuse and keeps
 * the field's own resolver; any other such rule is checked on the spot, synchronously, with the same refusal.
 * Every other field keeps its rule, and a field with no rule still meets the deny fallback.
 */
export function guardSchema(schema: GraphQLSchema): GraphQLSchema {
  const original = new Map<string, GraphQLFieldResolver<unknown, unknown> | undefined>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const [name, field] of Object.entries(type.getFields())) original.set(`${type.name}.${name}`, field.resolve);
  }
  const guarded = applyMiddleware(schema, permissions());
  for (const type of Object.values(guarded.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const [name, field] of Object.entries(type.getFields())) {
      const rule = accessFor(type.name, name);
      const resolve = original.get(`${type.name}.${name}`);
      if (rule === everyone) field.resolve = resolve;
      else if (rule?.byCaller && !ROOTS.has(type.name)) field.resolve = decidedByCaller(rule.byCaller, resolve ?? defaultFieldResolver);
    }
  }
  return checkCompiledRules(guarded);
}
