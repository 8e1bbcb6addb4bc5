import { raw, type EntityClass, type QueryBuilder } from '@mikro-orm/postgresql';
import { forbidden } from '../auth/access';
import { accessFor } from '../kernel/access/rule-table';
import { scopedQuery } from '../kernel/access/row-scopes';
import type { Context } from '../context';
import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { SortOrder } from './enums';
import { badInput } from './errors';

/** react-admin's list grammar (ra-data-graphql-simple): 0-based page, perPage, sortField, sortOrder. */
@ArgsType()
export class ListArgs {
  @Field(() => Int, { nullable: true, defaultValue: 0 })
  page?: number;

  @Field(() => Int, { nullable: true, defaultValue: 25 })
  perPage?: number;

  @Field(() => String, { nullable: true })
  sortField?: string;

  @Field(() => SortOrder, { nullable: true })
  sortOrder?: SortOrder;
}

@ObjectType('ListMetadata', { description: 'Số bản ghi khớp bộ lọc.' })
export class ListMetadata {
  @Field(() => Int)
  count!: number;
}

export const MAX_PER_PAGE = 1000;

export interface ListSpec<T extends object, F> {
  entity: EntityClass<T>;
  /** GraphQL field name → column, for the fields a list may be sorted by. */
  sortable: Record<string, string>;
  defaultSort: string;
  /** Adds the filter's conditions to the query; the alias of the entity is `e`. */
  applyFilter: (qb: QueryBuilder<T>, filter: F, ctx: Context) => void;
  /** The fields a filter key reads, where its name does not say (`q` searches several; `year` reads `startYear`). */
  filterReads?: Partial<Record<keyof F & string, string[]>>;
  /**
   * For lists with free-text search: an SQL score (higher is better) for the filter's text, or undefined
   * when the filter has none. Such a list is sorted by it unless the caller names a `sortField`.
   */
  relevance?: (filter: F) => { sql: string; params: unknown[] } | undefined;
}

export const RELEVANCE = 'relevance';

/** Sorting or filtering on a field would reveal it through the order or the count, so it needs read access. */
async function requireReadable(ctx: Context, type: string, fields: { arg: string; reads: string[] }[]) {
  for (const { arg, reads } of fields) {
    for (const field of reads) {
      if ((await accessFor(type, field)?.check(ctx, undefined)) !== true) {
        throw forbidden(`Không được lọc hoặc sắp xếp theo trường "${field}" mà bạn không được xem.`, arg);
      }
    }
  }
}

/** The scoped, filtered query. Not async on purpose: a QueryBuilder is thenable, so awaiting one runs it. */
function filtered<T extends object, F>(ctx: Context, spec: ListSpec<T, F>, filter: F | undefined): QueryBuilder<T> {
  const qb = scopedQuery(ctx.em, ctx.auth, spec.entity);
  if (filter) spec.applyFilter(qb, filter, ctx);
  return qb;
}

function requireReadableFilter<T extends object, F>(ctx: Context, spec: ListSpec<T, F>, filter: F | undefined) {
  const used = Object.entries(filter ?? {})
    .filter(([, v]) => v !== undefined && v !== null)
    .map(([key]) => key as keyof F & string);
  return requireReadable(
    ctx,
    spec.entity.name,
    used.map((key) => ({ arg: `filter.${key}`, reads: spec.filterReads?.[key] ?? [key === 'ids' ? 'id' : key] })),
  );
}

/**
 * The checked, scoped, filtered, sorted and paged query of a list, not yet run (wrapped, since a QueryBuilder is
 * thenable): the compiled read path selects its JSON answer from it, the loader path its entities.
 */
export async function listQuery<T extends object, F>(
  ctx: Context,
  spec: ListSpec<T, F>,
  args: ListArgs,
  filter?: F,
): Promise<{ qb: QueryBuilder<T> }> {
  const page = args.page ?? 0;
  const perPage = args.perPage ?? 25;
  if (page < 0) throw badInput('page', 'Số trang phải từ 0 trở lên.');
  if (perPage < 1 || perPage > MAX_PER_PAGE) throw badInput('perPage', `Số bản ghi mỗi trang phải từ 1 đến ${MAX_PER_PAGE}.`);
  const score = filter && spec.relevance?.(filter);
  const sortField = args.sortField ?? (score ? RELEVANCE : spec.defaultSort);
  const allowed = [...Object.keys(spec.sortable), ...(spec.relevance ? [RELEVANCE] : [])];
  const column = sortField === RELEVANCE && score ? raw(score.sql, score.params) : spec.sortable[sortField];
  if (!column)
    throw badInput(
      'sortField',
      `Không sắp xếp được theo "${sortField}". Các trường được phép: ${allowed.join(', ')}${spec.relevance ? ` ("${RELEVANCE}" khi có từ khóa q)` : ''}.`,
    );
  // Relevance reads only what `filter.q` reads, which requireReadableFilter checks.
  if (sortField !== RELEVANCE) await requireReadable(ctx, spec.entity.name, [{ arg: 'sortField', reads: [sortField] }]);
  await requireReadableFilter(ctx, spec, filter);
  // Relevance is best-first unless asked otherwise; other fields ascending unless asked otherwise.
  const order = args.sortOrder === SortOrder.DESC || (sortField === RELEVANCE && args.sortOrder !== SortOrder.ASC) ? 'desc' : 'asc';
  const qb = filtered(ctx, spec, filter)
    .orderBy({ [column as string]: order, id: order })
    .limit(perPage)
    .offset(page * perPage);
  return { qb };
}

export async function list<T extends object, F>(ctx: Context, spec: ListSpec<T, F>, args: ListArgs, filter?: F): Promise<T[]> {
  return (await listQuery(ctx, spec, args, filter)).qb.getResultList();
}

export async function count<T extends object, F>(ctx: Context, spec: ListSpec<T, F>, filter?: F): Promise<ListMetadata> {
  await requireReadableFilter(ctx, spec, filter);
  return { count: await filtered(ctx, spec, filter).getCount() };
}

/** Escapes LIKE wildcards so a search for "100%" finds the text "100%". */
export const likePattern = (q: string) => `%${q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
