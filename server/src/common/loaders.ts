import type { EntityClass, EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';

type Keyed = { id: number };
const idOf = (ref: unknown): number | undefined => (ref as Keyed | undefined)?.id;

/**
 * Per-request batching: every relation a field resolver follows goes through one of these loaders,
 * so a nested query costs one statement per relation and level, whatever the number of rows.
 * Loaders are created lazily and cached on the request, never shared between requests.
 */
export class Loaders {
  private readonly cache = new Map<string, DataLoader<number, unknown>>();

  constructor(private readonly em: EntityManager) {}

  private loader<V>(key: string, batch: (ids: readonly number[]) => Promise<V[]>): DataLoader<number, V> {
    let loader = this.cache.get(key) as DataLoader<number, V> | undefined;
    if (!loader) {
      loader = new DataLoader<number, V>(batch, { maxBatchSize: 5000 });
      this.cache.set(key, loader as DataLoader<number, unknown>);
    }
    return loader;
  }

  /** Loads one row by id; `undefined` for a missing reference. */
  one<T extends Keyed>(entity: EntityClass<T>, ref: unknown): Promise<T | undefined> {
    const id = idOf(ref);
    if (id === undefined) return Promise.resolve(undefined);
    return this.loader<T | undefined>(`${entity.name}#id`, async (ids) => {
      const rows = await this.em.find(entity, { id: { $in: [...ids] } } as unknown as FilterQuery<T>);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((i) => byId.get(i));
    }).load(id);
  }

  /** Loads the rows whose `foreignKey` points at the given parent, in `orderBy` order. */
  many<T extends Keyed>(entity: EntityClass<T>, foreignKey: keyof T & string, parent: Keyed, orderBy: Record<string, 'asc' | 'desc'> = { position: 'asc', id: 'asc' }, where: FilterQuery<T> = {} as FilterQuery<T>, variant = ''): Promise<T[]> {
    return this.loader<T[]>(`${entity.name}#${foreignKey}${variant}`, async (ids) => {
      const rows = await this.em.find(entity, { $and: [{ [foreignKey]: { $in: [...ids] } }, where] } as FilterQuery<T>, { orderBy: orderBy as never });
      const groups = new Map<number, T[]>(ids.map((i) => [i, []]));
      for (const row of rows) groups.get(idOf(row[foreignKey])!)?.push(row);
      return ids.map((i) => groups.get(i)!);
    }).load(parent.id);
  }
}
