import type { QueryBuilder } from '@mikro-orm/postgresql';
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import type { Principal } from '../../auth/principal';
import { rowCondition } from '../access/row-scopes';
import { allowCompiled, isGuarded } from '../access/compiled-fields';
import { compileRoot, type CompiledObject } from './read-compiler';
import { keepExact, takesExact } from './exact-answers';
import { metadataOf, primaryKeyOf, tableOf } from './sql-names';

/** `COMPILED_READS=off` answers every query through the loaders: for comparing the two paths. */
const enabled = process.env.COMPILED_READS !== 'off';

/**
 * Compiled forms by root field node (one per cached document) and caller: the same query from the same caller
 * compiles to the same statement, so it is built once. Callers per node are capped; the oldest goes first.
 */
const compiledByNode = new WeakMap<FieldNode, Map<string, CompiledObject | null>>();
const CALLERS_PER_NODE = 32;

const callerKey = (p: Principal) =>
  `${p.kind}|${p.id ?? ''}|${p.unitId ?? ''}|${p.unitPath ?? ''}|${p.unitLevel ?? ''}|${p.roles.join(',')}`;

function compile(ctx: Context, info: GraphQLResolveInfo): CompiledObject | undefined {
  if (!enabled) return undefined;
  const rules = isGuarded(info.schema);
  const node = info.fieldNodes[0];
  let byCaller = compiledByNode.get(node);
  if (!byCaller) compiledByNode.set(node, (byCaller = new Map()));
  // Exact answers only where this request's executor puts them in place.
  const exact = takesExact(ctx);
  const key = `${rules}|${exact}|${callerKey(ctx.auth)}`;
  let compiled = byCaller.get(key);
  if (compiled === undefined) {
    compiled = compileRoot({ em: ctx.em, principal: ctx.auth, info, rules, exact }) ?? null;
    if (byCaller.size >= CALLERS_PER_NODE) byCaller.delete(byCaller.keys().next().value!);
    byCaller.set(key, compiled);
  }
  if (compiled && !compiled.exact) allowCompiled(ctx, compiled.allowed);
  return compiled ?? undefined;
}

/** Through the read connection, as the loaders' queries go: a replica outside transactions (see db/read-routing.ts). */
const read = async <T>(ctx: Context, sql: string, params: unknown[]): Promise<T> =>
  (await ctx.em.getConnection('read').execute(sql, params, 'all', ctx.em.getTransactionContext())) as T;

/** MikroORM writes a list as `select "e".* from …`; the compiled object takes the place of the columns. */
const ALL_COLUMNS = 'select "e".* from ';

/**
 * A list answered by one SQL statement that builds the JSON of every row and everything selected under it, in the
 * list's own order and page; undefined when the selection is not compilable (the caller then loads entities).
 */
export async function readCompiledList(ctx: Context, qb: QueryBuilder<object>, info: GraphQLResolveInfo): Promise<unknown[] | undefined> {
  const object = compile(ctx, info);
  const { sql, bindings } = qb.getKnexQuery().toSQL();
  if (!object || !sql.startsWith(ALL_COLUMNS)) return undefined;
  // An aggregate over a sorted sub-select keeps its order (PostgreSQL documents this for json_agg and friends).
  const [row] = await read<{ o: unknown[] | string }[]>(
    ctx,
    `select coalesce(json_agg(t.o), '[]'::json)${object.exact ? '::text' : ''} as o from (select ${object.sql} as o from ${sql.slice(ALL_COLUMNS.length)}) t`,
    [...object.params, ...bindings],
  );
  if (!object.exact) return row.o as unknown[];
  keepExact(ctx, info.path.key as string, row.o as string);
  return [];
}

/** One row by id, through the caller's row scope, in one statement; null when missing or not readable. */
export async function readCompiledOne(
  ctx: Context,
  entityName: string,
  id: number,
  info: GraphQLResolveInfo,
): Promise<unknown | undefined> {
  const object = compile(ctx, info);
  if (!object) return undefined;
  const meta = metadataOf(ctx.em, entityName);
  const scope = rowCondition(entityName, ctx.auth, 'e');
  const rows = await read<{ o: unknown }[]>(
    ctx,
    `select ${object.sql}${object.exact ? '::text' : ''} as o from ${tableOf(meta)} e where e.${primaryKeyOf(meta)} = ?${scope ? ` and (${scope.sql})` : ''}`,
    [...object.params, id, ...(scope?.params ?? [])],
  );
  const found = rows[0]?.o ?? null;
  if (!object.exact || found === null) return found;
  keepExact(ctx, info.path.key as string, found as string);
  return ANSWERED_EXACTLY;
}

/** What `readCompiledOne` gives for a row answered exactly: the resolver then returns null, which the executor replaces. */
export const ANSWERED_EXACTLY = Symbol('answered exactly');
