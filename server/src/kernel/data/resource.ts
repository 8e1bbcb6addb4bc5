import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, ID, Info, Int, Mutation, Query, Resolver } from 'type-graphql';
import { requireFields, notFound } from '../../common/errors';
import { count, ListArgs, ListMetadata, listQuery, type ListSpec } from '../../common/list';
import type { Context } from '../../context';
import type { RuleTable } from '../access/rule-table';
import type { RowAccess } from '../access/row-scopes';
import { relationResolver, type Relations } from './relations';
import { ANSWERED_EXACTLY, readCompiledList, readCompiledOne } from './compiled-read';
import { checkedInWrite, deleteRow, writeRow, type Write } from './write';

type Class<T = any> = new (...args: any[]) => T;
type Row = { id: number };

/** react-admin's read grammar for a resource: `X(id)`, `allXs`, `_allXsMeta`. */
export interface ResourceApi<T extends object, F> {
  /** `Plans` in `allPlans`. */
  plural: string;
  /** The noun a NOT_FOUND message uses ("kế hoạch"). */
  what: string;
  list: ListSpec<T, F>;
  filter: Class<F>;
  /** Schema descriptions of the generated operations. */
  describe?: Partial<Record<'one' | 'list' | 'create' | 'update' | 'delete', string>>;
}

/** One service function per operation; each runs inside the write path of `kernel/data/write.ts`. */
export interface ResourceWrites<T, A> {
  /** The arguments of `createX`; `updateX` takes the same plus `id`. */
  args: Class<A>;
  /** Arguments a create call must send (checked before the transaction opens). */
  required?: readonly (keyof A & string)[];
  /** Create and update alike: a new row (`new Entity()`) or the stored one, with the arguments sent. */
  save?: (w: Write, row: T, args: A) => Promise<T>;
  create?: (w: Write, args: A) => Promise<T>;
  update?: (w: Write, row: T, args: A) => Promise<T>;
  /** `true`: the row is deleted as it is; a function runs first (checks, unlinking) in the same transaction. */
  delete?: true | ((w: Write, row: T) => Promise<void>);
}

/** Everything the server knows about one stored type, declared once in its module. */
export interface Resource<T extends object = any> {
  entity: Class<T>;
  /** Which rows a caller may read (see `kernel/access/row-scopes.ts`). */
  rows: RowAccess;
  relations?: Relations;
  api?: ResourceApi<T, any>;
  writes?: ResourceWrites<T, any>;
}

export const defineResource = <T extends object, F = unknown, A = unknown>(
  resource: Resource<T> & { api?: ResourceApi<T, F>; writes?: ResourceWrites<T, A> },
) => resource;

/** One domain concept: its resources, its rule table (one line per rule, each saying why) and any resolvers of its own. */
export interface ModuleDeclaration {
  resources: Resource[];
  /** One table per concern; merged by type when registered. */
  rules: RuleTable[];
  resolvers?: Function[]; // eslint-disable-line @typescript-eslint/no-unsafe-function-type
}

type ParamDecorator = (target: object, key: string, index: number) => void;

function define(target: object, key: string, value: (...args: any[]) => unknown, params: ParamDecorator[], decorator: MethodDecorator) {
  Object.defineProperty(target, key, { value, writable: true, configurable: true });
  params.forEach((param, index) => param(target, key, index));
  decorator(target, key, Object.getOwnPropertyDescriptor(target, key)!);
}

const VERSION_ARG = 'Phiên bản đã đọc; khác phiên bản hiện tại thì bị từ chối (CONFLICT) và không ghi gì.';

/** `updateX` takes the row's id, and for a versioned row the version the client read. */
function withId(base: Class, versioned: boolean): Class {
  const updateArgs = class extends base {};
  Object.defineProperty(updateArgs, 'name', { value: `Update${base.name}` });
  Field(() => ID)(updateArgs.prototype, 'id');
  if (versioned) Field(() => Int, { nullable: true, description: VERSION_ARG })(updateArgs.prototype, 'version');
  ArgsType()(updateArgs);
  return updateArgs;
}

/** Versioned rows carry a MikroORM version property (see `common/versioned.entity.ts`). */
const isVersioned = (entity: Class) => 'version' in new entity();

/** The queries and mutations of one resource as a TypeGraphQL resolver class; thin glue over list specs and services. */
function operationsResolver<T extends Row>(resource: Resource<T>): Class | undefined {
  const { entity, api, writes } = resource;
  if (!api) return undefined;
  const name = entity.name;
  const generated = class {};
  Object.defineProperty(generated, 'name', { value: `${name}Operations` });
  const proto = generated.prototype;
  const describe = api.describe ?? {};
  const filter = Arg('filter', () => api.filter, { nullable: true });
  const target = { entity, what: api.what };

  define(
    proto,
    'one',
    async (id: string, ctx: Context, info: GraphQLResolveInfo) => {
      const key = Number(id);
      const compiled = Number.isSafeInteger(key) ? await readCompiledOne(ctx, name, key, info) : null;
      if (compiled === ANSWERED_EXACTLY) return null;
      const row = compiled === undefined ? await ctx.loaders.one(entity, { id: key }) : compiled;
      if (!row) throw notFound('id', api.what, id);
      return row;
    },
    [Arg('id', () => ID), Ctx(), Info()],
    Query(() => entity, { name, nullable: true, description: describe.one }),
  );
  define(
    proto,
    'list',
    async (args: ListArgs, f: unknown, ctx: Context, info: GraphQLResolveInfo) => {
      const { qb } = await listQuery(ctx, api.list, args, f);
      return (await readCompiledList(ctx, qb as never, info)) ?? qb.getResultList();
    },
    [Args(() => ListArgs), filter, Ctx(), Info()],
    Query(() => [entity], { name: `all${api.plural}`, description: describe.list }),
  );
  define(
    proto,
    'meta',
    (_args: ListArgs, f: unknown, ctx: Context) => count(ctx, api.list, f),
    [Args(() => ListArgs), filter, Ctx()],
    Query(() => ListMetadata, { name: `_all${api.plural}Meta` }),
  );

  const save = writes?.save;
  const create = writes?.create ?? (save && ((w: Write, args: object) => save(w, new entity(), args)));
  const update = writes?.update ?? save;
  const versioned = isVersioned(entity);
  if (writes && create) {
    checkedInWrite.add(`create${name}`);
    define(
      proto,
      'create',
      (args: object, ctx: Context) => {
        requireFields(args, (writes.required ?? []) as never[]);
        return writeRow(ctx, target, 'create', undefined, args, undefined, (w) => create(w, args));
      },
      [Args(() => writes.args), Ctx()],
      Mutation(() => entity, { name: `create${name}`, description: describe.create }),
    );
  }
  if (writes && update) {
    checkedInWrite.add(`update${name}`);
    const updateArgs = withId(writes.args, versioned);
    define(
      proto,
      'update',
      ({ id, version, ...args }: { id: string; version?: number | null }, ctx: Context) =>
        writeRow(ctx, target, 'update', id, args, version, (w, row) => update(w, row, args)),
      [Args(() => updateArgs), Ctx()],
      Mutation(() => entity, { name: `update${name}`, description: describe.update }),
    );
  }
  if (writes?.delete) {
    checkedInWrite.add(`delete${name}`);
    const before = writes.delete === true ? undefined : writes.delete;
    const params = [
      Arg('id', () => ID),
      ...(versioned ? [Arg('version', () => Int, { nullable: true, description: VERSION_ARG })] : []),
      Ctx(),
    ];
    define(
      proto,
      'delete',
      versioned
        ? (id: string, version: number | null | undefined, ctx: Context) =>
            writeRow(ctx, target, 'delete', id, {}, version, (w, row) => deleteRow(w, target, row, before))
        : (id: string, ctx: Context) => writeRow(ctx, target, 'delete', id, {}, undefined, (w, row) => deleteRow(w, target, row, before)),
      params,
      Mutation(() => entity, { name: `delete${name}`, description: describe.delete }),
    );
  }
  Resolver(() => entity)(generated);
  return generated;
}

/** The resolver classes a resource declaration produces: its operations and its relation fields. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's own type for resolver classes
export function resolversOf(resource: Resource): Function[] {
  const operations = operationsResolver(resource);
  return [
    ...(operations ? [operations] : []),
    ...(resource.relations && Object.keys(resource.relations).length ? [relationResolver(resource.entity, resource.relations)] : []),
  ];
}
