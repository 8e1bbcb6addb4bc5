import type { EntityManager, EntityMetadata, EntityProperty } from '@mikro-orm/postgresql';
import {
  getNamedType,
  getNullableType,
  type GraphQLField,
  GraphQLID,
  GraphQLBoolean,
  GraphQLFloat,
  GraphQLInt,
  GraphQLString,
  isEnumType,
  isListType,
  isNonNullType,
  isScalarType,
  Kind,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLType,
  type SelectionSetNode,
} from 'graphql';
import { everyone, type Access } from '../../auth/access';
import type { Principal } from '../../auth/principal';
import type { SqlCondition } from '../../auth/row-scope';
import { hasOwnResolver, ruleKey } from '../access/compiled-fields';
import { accessFor } from '../access/rule-table';
import { rowCondition } from '../access/row-scopes';
import { resourceNamed } from './registry';
import { sumSql, type Relation } from './relations';
import { MoneyScalar, DateScalar } from '../../common/scalars';
import { columnOf, metadataOf, pathSql, primaryKeyOf, tableOf } from './sql-names';

/**
 * Compiles the selection under one root field into one SQL expression that builds the whole JSON answer in
 * PostgreSQL: columns from MikroORM's metadata, relations from the resources' declarations, the caller's row scope
 * on every joined table, and each field rule decided in the same statement — a rule the caller alone decides is a
 * constant for the whole answer, a rule on the row a boolean `_ok_<field>` next to the value (see `compiled-fields.ts`).
 * Anything it does not know (a field with its own resolver, a rule with no compiled form, a relation with
 * arguments) makes it give up, and the root field is answered by the loaders instead.
 *
 * An answer is first compiled *exact*: keyed by response name, every scalar as GraphQL serialises it, so the
 * statement's text is the field's answer as sent and needs no parsing, executing or serialising in Node. A field
 * whose rule depends on the row holds a mark where the rule refuses (`DENIED_JSON`); only an answer with such a mark
 * is parsed, to put null + FORBIDDEN there. Whatever exactness cannot promise (a field the caller is denied
 * outright, a directive, a null in a non-null field the database allows) drops to the ordinary compiled answer,
 * which graphql-jit completes.
 */

/**
 * What an exact answer holds where a row's rule refuses the field: a JSON object keyed by U+0000, which no stored
 * text can contain (PostgreSQL refuses the character), so finding this text in an answer can only mean a refusal.
 */
export const DENIED_JSON = '{"\\u0000":0}';
/** The key of that object once parsed. */
export const DENIED_KEY = '\u0000';

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
  /** Building the answer exactly as sent (see above). */
  exact: boolean;
}

class NotCompilable extends Error {}
class NotExact extends NotCompilable {}
const give = (why: string): never => {
  throw new NotCompilable(why);
};
/** In exact mode, falls back to the ordinary compiled answer; otherwise nothing to do. */
const inexact = (c: Compiler, why: string) => {
  if (c.exact) throw new NotExact(why);
};

const sql = (text: string, params: unknown[] = []): SqlCondition => ({ sql: text, params });
const join = (parts: SqlCondition[], separator: string): SqlCondition =>
  sql(
    parts.map((p) => p.sql).join(separator),
    parts.flatMap((p) => p.params),
  );

/**
 * The fields selected on `type` by these nodes, through fragments: by response name when exact, else by field name
 * (aliases of one field then share a value, which graphql-jit hands to each).
 */
function selectedFields(
  c: Compiler,
  sets: readonly (SelectionSetNode | undefined)[],
  type: GraphQLObjectType,
  into = new Map<string, FieldNode[]>(),
) {
  for (const set of sets) {
    for (const selection of set?.selections ?? []) {
      if (selection.directives?.length) inexact(c, 'a directive decides the selection');
      if (selection.kind === Kind.FIELD) {
        const key = c.exact ? (selection.alias ?? selection.name).value : selection.name.value;
        const nodes = into.get(key) ?? [];
        into.set(key, [...nodes, selection]);
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
  for (const [key, fieldNodes] of selectedFields(
    c,
    nodes.map((n) => n.selectionSet),
    type,
  )) {
    const field = fieldNodes[0].name.value;
    if (field === '__typename') {
      if (c.exact) pairs.push(sql(`${literal(key)}, ${literal(type.name)}`));
      continue;
    }
    const decided = decide(c, type.name, field, meta, alias);
    if (decided === false) inexact(c, `${type.name}.${field} is denied`);
    if (c.exact && decided !== true && isNonNullType(type.getFields()[field].type)) inexact(c, `${type.name}.${field} may be denied`);
    if (decided === false) {
      pairs.push(sql(`'${ruleKey(field)}', false`));
      continue;
    }
    const value = valueSql(c, type, meta, resource.relations?.[field], alias, field, fieldNodes);
    if (decided === true) {
      pairs.push(join([sql(literal(key)), value], ', '));
      if (c.rules && accessFor(type.name, field) !== everyone) c.allowed.add(`${type.name}.${field}`);
    } else if (c.exact) {
      // Where the row's rule refuses, a mark no stored value can spell; the reader turns it into null + FORBIDDEN.
      pairs.push(
        join([sql(`${literal(key)}, case when `), decided, sql(' then to_json('), value, sql(`) else '${DENIED_JSON}'::json end`)], ''),
      );
    } else {
      pairs.push(
        join([sql(`'${ruleKey(field)}', (`), decided, sql(`), '${field}', case when `), decided, sql(' then '), value, sql(' end')], ''),
      );
    }
  }
  if (pairs.length > MAX_PAIRS) give(`${type.name}: too many fields for one object`);
  return join([sql('json_build_object('), join(pairs, ', '), sql(')')], '');
}

/** A string constant of SQL (response names and type names are GraphQL names, but quoted all the same). */
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** A column by its property, as the loader path returns it: whole đồng as text, timestamps left to the loaders. */
function columnSql(
  c: Compiler,
  meta: EntityMetadata,
  alias: string,
  property: string,
  field?: GraphQLField<unknown, unknown>,
): SqlCondition {
  const prop = meta.properties[property] ?? give(`${meta.className}.${property} is not stored`);
  if (prop.kind === 'embedded') {
    inexact(c, `${meta.className}.${property} is embedded`);
    const inner = Object.entries(prop.embeddedProps).map(([name, p]) => `'${name}', ${columnSql(c, meta, alias, p.name).sql}`);
    return sql(`json_build_object(${inner.join(', ')})`);
  }
  if (prop.kind !== 'scalar' || prop.persist === false || !prop.fieldNames?.length) give(`${meta.className}.${property} is not a column`);
  const column = `${alias}.${columnOf(meta, property)}`;
  const type = prop.columnTypes?.[0] ?? '';
  if (type.startsWith('timestamp')) give(`${meta.className}.${property}: timestamps go through the loaders`);
  if (c.exact && field) return exactScalar(c, prop, column, field.type);
  return sql(type === 'bigint' || type.startsWith('numeric') ? `${column}::text` : column);
}

/**
 * Column types whose JSON is already what the GraphQL scalar sends, by scalar name (the guarded schema is a copy
 * whose types are not the instances the modules declare).
 */
const SENT_AS_IS: Record<string, RegExp> = {
  // A date's JSON is its ISO day, which is how the entities read it too.
  [GraphQLString.name]: /^(text|varchar|character varying|char|date$)/,
  [GraphQLInt.name]: /^(int|integer|int4|smallint|int2)$/,
  [GraphQLFloat.name]: /^(int|integer|int4|smallint|int2|real|float|double)/,
  [GraphQLBoolean.name]: /^bool/,
  [DateScalar.name]: /^date$/,
};
/** Scalars sent as text whatever the column: ids, and whole đồng past 2^53. */
const SENT_AS_TEXT = new Set([GraphQLID.name, MoneyScalar.name]);

/** A column's value exactly as the GraphQL scalar (or enum, or list of them) of `type` serialises it. */
function exactScalar(c: Compiler, prop: EntityProperty, column: string, type: GraphQLType): SqlCondition {
  if (isNonNullType(type) && prop.nullable) inexact(c, `${prop.name}: the database allows a null the schema does not`);
  const columnType = (prop.columnTypes?.[0] ?? '').toLowerCase();
  const named = getNullableType(type);
  if (isListType(named)) {
    const item = getNullableType(named.ofType);
    // An array column, or a JSON one that the writes fill with the list as given.
    const listColumn = columnType.endsWith('[]') || columnType === 'jsonb' || columnType === 'json';
    if (!listColumn || !(isEnumType(item) || (isScalarType(item) && item.name === GraphQLString.name)))
      inexact(c, `${prop.name}: a list column of ${columnType}`);
    return sql(column);
  }
  if (isScalarType(named) && SENT_AS_TEXT.has(named.name)) return sql(`${column}::text`);
  // An enum is sent by its name; stored values are the names wherever the two agree.
  if (isEnumType(named)) {
    if (!named.getValues().every((v) => v.value === v.name)) inexact(c, `${named.name}: values are not their names`);
    return sql(column);
  }
  if (!isScalarType(named) || !SENT_AS_IS[named.name]?.test(columnType)) inexact(c, `${prop.name}: ${columnType} as ${String(named)}`);
  return sql(column);
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
  const graphqlField = type.getFields()[field];
  if (!relation) return columnSql(c, meta, alias, field, graphqlField);
  const required = isNonNullType(graphqlField.type);
  if (relation.kind === 'id') {
    if (required && meta.properties[relation.via]?.nullable) inexact(c, `${type.name}.${field} may be null`);
    return sql(`${alias}.${columnOf(meta, relation.via)}${c.exact ? '::text' : ''}`);
  }
  if (relation.kind === 'sum') {
    if (required) inexact(c, `${type.name}.${field}: a sum of no rows is null`);
    if (getNamedType(graphqlField.type).name !== MoneyScalar.name) inexact(c, `${type.name}.${field}: a sum sent as text`);
    return sql(sumSql(c.em, relation, `${alias}.${primaryKeyOf(meta)}`, alias));
  }
  if (relation.kind !== 'one' && relation.kind !== 'many')
    return give(`${type.name}.${field}: relation kind ${(relation as Relation).kind}`);
  const targetType = getNamedType(graphqlField.type) as GraphQLObjectType;
  const target = metadataOf(c.em, relation.target().name);
  const t = `c${++c.aliases}`;
  const object = objectSql(c, targetType, t, nodes);
  const scope = rowCondition(target.className, c.principal, t);
  if (relation.kind === 'one') {
    // A required row that the caller's scope hides, or that a nullable key leaves out, is an error graphql-jit reports.
    if (required && (scope || meta.properties[relation.via ?? field]?.nullable)) inexact(c, `${type.name}.${field} may be missing`);
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
  /** Try the exact form first. */
  exact: boolean;
}

export interface CompiledObject extends SqlCondition {
  /** The fields whose rule the caller passes on every row (ordinary answers only). */
  allowed: Set<string>;
  /** The JSON is the answer as sent (see above). */
  exact: boolean;
}

/**
 * The JSON object expression of the root field's row under alias `e`: exact when it can be, else the ordinary
 * compiled form; undefined when the selection is not compilable at all.
 */
export function compileRoot(root: CompiledRoot): CompiledObject | undefined {
  const type = getNamedType(root.info.returnType) as GraphQLObjectType;
  for (const exact of root.exact ? [true, false] : [false]) {
    const c: Compiler = { ...root, aliases: 0, allowed: new Set(), exact };
    try {
      return { ...objectSql(c, type, 'e', root.info.fieldNodes), allowed: c.allowed, exact };
    } catch (error) {
      if (error instanceof NotExact) continue;
      if (error instanceof NotCompilable) return undefined;
      throw error;
    }
  }
  return undefined;
}
