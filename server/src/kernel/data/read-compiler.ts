import type { EntityManager, EntityMetadata } from '@mikro-orm/postgresql';
import { getNamedType, Kind, type FieldNode, type GraphQLObjectType, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { everyone, type Access } from '../../auth/access';
import type { Principal } from '../../auth/principal';
import type { SqlCondition } from '../../auth/row-scope';
import { hasOwnResolver } from '../access/compiled-fields';
import { accessFor } from '../access/rule-table';
import { rowCondition } from '../access/row-scopes';
import { resourceNamed } from './registry';
import { sumSql, type Relation } from './relations';
import { columnOf, metadataOf, pathSql, primaryKeyOf, tableOf } from './sql-names';

/**
 * Compiles the selection under one root field into one SQL expression that builds the whole JSON answer in
 * PostgreSQL: columns from MikroORM's metadata, relations from the resources' declarations, the caller's row scope
 * on every joined table, and each field rule decided in the same statement — a rule the caller alone decides is a
 * constant for the whole answer, a rule on the row a boolean `_ok_<field>` next to the value (see `compiled-fields.ts`).
 * Anything it does not know (a field with its own resolver, a rule with no compiled form, a relation with
 * arguments) makes it give up, and the root field is answered by the loaders instead.
 */

/** The key that carries a field rule's outcome for one row of a compiled answer. */
export const ruleKey = (field: string) => `_ok_${field}`;

/** json_build_object takes at most 100 arguments. */
const MAX_PAIRS = 50;

interface Compiler {
  em: EntityManager;
  principal: Principal;
  info: GraphQLResolveInfo;
  /** Field rules on (the default); only the permission benchmark turns them off. */
  rules: boolean;
  aliases: number;
  /** `Type.field` whose rule this caller passes whatever the row: those values carry no outcome of their own. */
  allowed: Set<string>;
}

class NotCompilable extends Error {}
const give = (why: string): never => {
  throw new NotCompilable(why);
};

const sql = (text: string, params: unknown[] = []): SqlCondition => ({ sql: text, params });
const join = (parts: SqlCondition[], separator: string): SqlCondition =>
  sql(
    parts.map((p) => p.sql).join(separator),
    parts.flatMap((p) => p.params),
  );

/** The fields selected on `type` by these nodes, by field name, through fragments; aliases of one field share a value. */
function selectedFields(
  c: Compiler,
  sets: readonly (SelectionSetNode | undefined)[],
  type: GraphQLObjectType,
  into = new Map<string, FieldNode[]>(),
) {
  for (const set of sets) {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        const nodes = into.get(selection.name.value) ?? [];
        into.set(selection.name.value, [...nodes, selection]);
      } else {
        const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? c.info.fragments[selection.name.value] : selection;
        if (!fragment) continue;
        if (fragment.typeCondition && fragment.typeCondition.name.value !== type.name) give('fragment on another type');
        selectedFields(c, [fragment.selectionSet], type, into);
      }
    }
  }
  return into;
}

/** The rule of one field for this caller: true, false, or a condition on the row. */
function decide(c: Compiler, type: string, field: string, meta: EntityMetadata, alias: string): boolean | SqlCondition {
  if (!c.rules) return true;
  const rule: Access | undefined = accessFor(type, field);
  if (!rule) return false;
  if (rule === everyone) return true;
  if (!rule.compiled) return give(`${type}.${field}: rule ${rule.name} has no compiled form`);
  return rule.compiled(c.principal, { column: (path) => pathSql(c.em, meta, alias, path) });
}

/** The JSON object of the row `alias` of `type` with the fields the nodes select. */
function objectSql(c: Compiler, type: GraphQLObjectType, alias: string, nodes: readonly FieldNode[]): SqlCondition {
  const resource = resourceNamed(type.name) ?? give(`no resource for ${type.name}`);
  const meta = metadataOf(c.em, resource.entity.name);
  const pairs: SqlCondition[] = [];
  for (const [field, fieldNodes] of selectedFields(
    c,
    nodes.map((n) => n.selectionSet),
    type,
  )) {
    if (field === '__typename') continue;
    const decided = decide(c, type.name, field, meta, alias);
    if (decided === false) {
      pairs.push(sql(`'${ruleKey(field)}', false`));
      continue;
    }
    const value = valueSql(c, type, meta, resource.relations?.[field], alias, field, fieldNodes);
    if (decided === true) {
      pairs.push(join([sql(`'${field}'`), value], ', '));
      if (c.rules && accessFor(type.name, field) !== everyone) c.allowed.add(`${type.name}.${field}`);
    } else {
      pairs.push(
        join([sql(`'${ruleKey(field)}', (`), decided, sql(`), '${field}', case when `), decided, sql(' then '), value, sql(' end')], ''),
      );
    }
  }
  if (pairs.length > MAX_PAIRS) give(`${type.name}: too many fields for one object`);
  return join([sql('json_build_object('), join(pairs, ', '), sql(')')], '');
}

/** A column by its property, as the loader path returns it: whole đồng as text, timestamps left to the loaders. */
function columnSql(meta: EntityMetadata, alias: string, property: string): SqlCondition {
  const prop = meta.properties[property] ?? give(`${meta.className}.${property} is not stored`);
  if (prop.kind === 'embedded') {
    const inner = Object.entries(prop.embeddedProps).map(([name, p]) => `'${name}', ${columnSql(meta, alias, p.name).sql}`);
    return sql(`json_build_object(${inner.join(', ')})`);
  }
  if (prop.kind !== 'scalar' || prop.persist === false || !prop.fieldNames?.length) give(`${meta.className}.${property} is not a column`);
  const column = `${alias}.${columnOf(meta, property)}`;
  const type = prop.columnTypes?.[0] ?? '';
  if (type.startsWith('timestamp')) give(`${meta.className}.${property}: timestamps go through the loaders`);
  return sql(type === 'bigint' || type.startsWith('numeric') ? `${column}::text` : column);
}

function valueSql(
  c: Compiler,
  type: GraphQLObjectType,
  meta: EntityMetadata,
  relation: Relation | undefined,
  alias: string,
  field: string,
  nodes: readonly FieldNode[],
): SqlCondition {
  if (nodes.some((n) => n.arguments?.length)) give(`${type.name}.${field} has arguments`);
  if (hasOwnResolver(type.name, field)) give(`${type.name}.${field} has a resolver of its own`);
  if (!relation) return columnSql(meta, alias, field);
  if (relation.kind === 'id') return sql(`${alias}.${columnOf(meta, relation.via)}`);
  if (relation.kind === 'sum') return sql(sumSql(c.em, relation, `${alias}.${primaryKeyOf(meta)}`, alias));
  if (relation.kind !== 'one' && relation.kind !== 'many')
    return give(`${type.name}.${field}: relation kind ${(relation as Relation).kind}`);
  const targetType = getNamedType(type.getFields()[field].type) as GraphQLObjectType;
  const target = metadataOf(c.em, relation.target().name);
  const t = `c${++c.aliases}`;
  const object = objectSql(c, targetType, t, nodes);
  const scope = rowCondition(target.className, c.principal, t);
  if (relation.kind === 'one') {
    const where = sql(`${t}.${primaryKeyOf(target)} = ${alias}.${columnOf(meta, relation.via ?? field)}`);
    return join([sql('(select '), object, sql(` from ${tableOf(target)} ${t} where `), withScope(where, scope), sql(')')], '');
  }
  const order = Object.entries(relation.orderBy ?? { position: 'asc', id: 'asc' })
    .map(([p, dir]) => `${t}.${columnOf(target, p)} ${dir}`)
    .join(', ');
  const where = sql(`${t}.${columnOf(target, relation.foreignKey)} = ${alias}.${primaryKeyOf(meta)}`);
  return join(
    [
      sql('(select coalesce(json_agg('),
      object,
      sql(` order by ${order}), '[]'::json) from ${tableOf(target)} ${t} where `),
      withScope(where, scope),
      sql(')'),
    ],
    '',
  );
}

const withScope = (where: SqlCondition, scope: SqlCondition | null): SqlCondition =>
  scope ? join([where, sql(' and ('), scope, sql(')')], '') : where;

export interface CompiledRoot {
  em: EntityManager;
  principal: Principal;
  info: GraphQLResolveInfo;
  rules: boolean;
}

/**
 * The JSON object expression of the root field's row under alias `e`, with the fields whose rule the caller passes
 * on every row; undefined when the selection is not compilable.
 */
export function compileRoot(root: CompiledRoot): (SqlCondition & { allowed: Set<string> }) | undefined {
  const c: Compiler = { ...root, aliases: 0, allowed: new Set() };
  try {
    return { ...objectSql(c, getNamedType(root.info.returnType) as GraphQLObjectType, 'e', root.info.fieldNodes), allowed: c.allowed };
  } catch (error) {
    if (error instanceof NotCompilable) return undefined;
    throw error;
  }
}
