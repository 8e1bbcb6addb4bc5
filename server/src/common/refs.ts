import type { EntityClass, EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { notFound } from './errors';

/** Resolves an id given by a client to a row, or fails naming the input field that carried it. */
export async function requireRef<T extends { id: number }>(
  em: EntityManager,
  entity: EntityClass<T>,
  id: string | number,
  field: string,
  what: string,
): Promise<T> {
  const numeric = Number(id);
  const row = Number.isSafeInteger(numeric) ? await em.findOne(entity, { id: numeric } as FilterQuery<T>) : null;
  if (!row) throw notFound(field, what, id);
  return row;
}

export async function optionalRef<T extends { id: number }>(
  em: EntityManager,
  entity: EntityClass<T>,
  id: string | null | undefined,
  field: string,
  what: string,
): Promise<T | undefined> {
  return id === undefined || id === null ? undefined : requireRef(em, entity, id, field, what);
}

/** Copies the fields a client actually sent (undefined = not sent) onto an entity. */
export function assignDefined<T extends object>(target: T, values: Partial<T>): T {
  for (const [key, value] of Object.entries(values)) if (value !== undefined) (target as Record<string, unknown>)[key] = value;
  return target;
}
