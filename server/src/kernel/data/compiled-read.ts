import type { QueryBuilder } from '@mikro-orm/postgresql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { rowCondition } from '../access/row-scopes';
import { allowCompiled, isGuarded } from '../access/compiled-fields';
import { compileRoot } from './read-compiler';
import { metadataOf, primaryKeyOf, tableOf } from './sql-names';

/** `COMPILED_READS=off` answers every query through the loaders: for comparing the two paths. */
const enabled = process.env.COMPILED_READS !== 'off';

function compile(ctx: Context, info: GraphQLResolveInfo) {
  if (!enabled) return undefined;
  const compiled = compileRoot({ em: ctx.em, principal: ctx.auth, info, rules: isGuarded(info.schema) });
  if (compiled) allowCompiled(ctx, compiled.allowed);
  return compiled;
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
  const [row] = await read<{ o: unknown[] }[]>(
    ctx,
    `select coalesce(json_agg(t.o), '[]'::json) as o from (select ${object.sql} as o from ${sql.slice(ALL_COLUMNS.length)}) t`,
    [...object.params, ...bindings],
  );
  return row.o;
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
    `select ${object.sql} as o from ${tableOf(meta)} e where e.${primaryKeyOf(meta)} = ?${scope ? ` and (${scope.sql})` : ''}`,
    [...object.params, id, ...(scope?.params ?? [])],
  );
  return rows[0]?.o ?? null;
}
