import type { EntityClass, EntityManager } from '@mikro-orm/postgresql';
import { requireRef } from '../../common/refs';
import type { Context } from '../../context';

/** What a module's write service works with: the transaction's entity manager and the request. */
export interface Write { em: EntityManager; ctx: Context }

export interface WriteTarget<T> { entity: EntityClass<T>; what: string }

/**
 * Loads the row a mutation changes, inside its transaction; a missing row is NOT_FOUND naming `id`.
 * This is the place for row locks (`select … for update`), version checks and NOT_FOUND for rows the caller may not read.
 */
export function loadForWrite<T extends { id: number }>(em: EntityManager, target: WriteTarget<T>, id: string): Promise<T> {
  return requireRef(em, target.entity, id, 'id', target.what);
}

/**
 * The write path of every generated mutation: one transaction; for update and delete the row loaded inside it;
 * then the module's one service function for the operation. Whatever the service throws rolls everything back.
 */
export function writeRow<T extends { id: number }, R>(ctx: Context, target: WriteTarget<T>, id: string | undefined, service: (w: Write, row: T | undefined) => Promise<R>): Promise<R> {
  return ctx.em.transactional(async (em) => service({ em, ctx }, id === undefined ? undefined : await loadForWrite(em, target, id)));
}

/** The default delete: the row goes (parts with it, by their foreign keys' cascade); the answer is the row as it was. */
export async function deleteRow<T extends { id: number }>(w: Write, target: WriteTarget<T>, row: T, before?: (w: Write, row: T) => Promise<void>): Promise<T> {
  // Still an instance of its class, so its fields resolve as an entity's (see kernel/access/compiled-fields.ts).
  const snapshot = Object.assign(Object.create(Object.getPrototypeOf(row)) as T, row);
  if (before) await before(w, row);
  await w.em.nativeDelete(target.entity, { id: row.id } as never);
  return snapshot;
}
