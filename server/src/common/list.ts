import { raw, type EntityClass, type EntityManager, type QueryBuilder } from '@mikro-orm/postgresql';
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
  applyFilter: (qb: QueryBuilder<T>, filter: F, em: EntityManager) => void;
  /**
   * For lists with free-text search: an SQL score (higher is better) for the filter's text, or undefined
   * when the filter has none. Such a list is sorted by it unless the caller names a `sortField`.
   */
  relevance?: (filter: F) => { sql: string; params: unknown[] } | undefined;
}

export const RELEVANCE = 'relevance';

function filtered<T extends object, F>(em: EntityManager, spec: ListSpec<T, F>, filter: F | undefined): QueryBuilder<T> {
  const qb = em.createQueryBuilder(spec.entity, 'e');
  if (filter) spec.applyFilter(qb, filter, em);
  return qb;
}

export async function list<T extends object, F>(em: EntityManager, spec: ListSpec<T, F>, args: ListArgs, filter?: F): Promise<T[]> {
  const page = args.page ?? 0;
  const perPage = args.perPage ?? 25;
  if (page < 0) throw badInput('page', 'Số trang phải từ 0 trở lên.');
  if (perPage < 1 || perPage > MAX_PER_PAGE) throw badInput('perPage', `Số bản ghi mỗi trang phải từ 1 đến ${MAX_PER_PAGE}.`);
  const score = filter && spec.relevance?.(filter);
  const sortField = args.sortField ?? (score ? RELEVANCE : spec.defaultSort);
  const allowed = [...Object.keys(spec.sortable), ...(spec.relevance ? [RELEVANCE] : [])];
  const column = sortField === RELEVANCE && score ? raw(score.sql, score.params) : spec.sortable[sortField];
  if (!column) throw badInput('sortField', `Không sắp xếp được theo "${sortField}". Các trường được phép: ${allowed.join(', ')}${spec.relevance ? ` ("${RELEVANCE}" khi có từ khóa q)` : ''}.`);
  // Relevance is best-first unless asked otherwise; other fields ascending unless asked otherwise.
  const order = args.sortOrder === SortOrder.DESC || (sortField === RELEVANCE && args.sortOrder !== SortOrder.ASC) ? 'desc' : 'asc';
  return filtered(em, spec, filter)
    .orderBy({ [column as string]: order, id: order } as never)
    .limit(perPage)
    .offset(page * perPage)
    .getResultList();
}

export async function count<T extends object, F>(em: EntityManager, spec: ListSpec<T, F>, filter?: F): Promise<ListMetadata> {
  return { count: await filtered(em, spec, filter).getCount() };
}

/** Escapes LIKE wildcards so a search for "100%" finds the text "100%". */
export const likePattern = (q: string) => `%${q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
