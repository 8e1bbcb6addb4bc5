import type { EntityClass, EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { Principal } from '../auth/principal';
import { scopedQuery } from '../kernel/access/row-scopes';

type Keyed = { id: number };
const idOf = (ref: unknown): number | undefined => (ref as Keyed | undefined)?.id;

/**
 * Per-request batching: every relation a field resolver follows goes through one of these loaders,
 * so a nested query costs one statement per relation and level, whatever the number of rows.
 * Every statement carries the caller's row scope, so a nested list never holds a row the caller could
 * not list directly. Loaders are created lazily and cached on the request, never shared between requests.
 */
export class Loaders {
  private readonly cache = new Map<string, DataLoader<number, unknown>>();

  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
  ) {}

  /** A batch loader of this request under `key`; for aggregates that have no entity of their own. */
  batch<V>(key: string, load: (ids: readonly number[]) => Promise<V[]>): DataLoader<number, V> {
    let loader = this.cache.get(key) as DataLoader<number, V> | undefined;
    if (!loader) {
      loader = new DataLoader<number, V>(load, { maxBatchSize: 5000 });
      this.cache.set(key, loader);
    }
    return loader;
  }

  /** Loads one row by id; `undefined` for a missing reference or a row the caller may not read. */
  one<T extends Keyed>(entity: EntityClass<T>, ref: unknown): Promise<T | undefined> {
    const id = idOf(ref);
    if (id === undefined) return Promise.resolve(undefined);
    return this.batch<T | undefined>(`${entity.name}#id`, async (ids) => {
      const rows = await scopedQuery(this.em, this.principal, entity)
        .andWhere({ id: { $in: [...ids] } } as unknown as FilterQuery<T>)
        .getResultList();
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((i) => byId.get(i));
    }).load(id);
  }

  /** Loads the rows whose `foreignKey` points at the given parent, in `orderBy` order. */
  many<T extends Keyed>(
    entity: EntityClass<T>,
    foreignKey: keyof T & string,
    parent: Keyed,
    orderBy: Record<string, 'asc' | 'desc'> = { position: 'asc', id: 'asc' },
    where: FilterQuery<T> = {},
    variant = '',
  ): Promise<T[]> {
    return this.batch<T[]>(`${entity.name}#${foreignKey}${variant}`, async (ids) => {
      const rows = await scopedQuery(this.em, this.principal, entity)
        .andWhere({ [foreignKey]: { $in: [...ids] } } as FilterQuery<T>)
        .andWhere(where)
        .orderBy(orderBy)
        .getResultList();
      const groups = new Map<number, T[]>(ids.map((i) => [i, []]));
      for (const row of rows) groups.get(idOf(row[foreignKey])!)?.push(row);
      return ids.map((i) => groups.get(i)!);
    }).load(parent.id);
  }
}
