import type { EntityClass, EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { forbidden } from '../../auth/access';
import { DomainError, notFound } from '../../common/errors';
import { parseId } from '../../common/ids';
import { Loaders } from '../../common/loaders';
import type { Context } from '../../context';
import { accessFor } from '../access/rule-table';
import { scopedQuery } from '../access/row-scopes';

/** What a module's write service works with: the transaction's entity manager and the request. */
export interface Write {
  em: EntityManager;
  ctx: Context;
}

export interface WriteTarget<T> {
  entity: EntityClass<T>;
  what: string;
}

export type WriteOperation = 'create' | 'update' | 'delete';

/** One write as observers see it, inside its transaction. */
export interface WriteEvent {
  em: EntityManager;
  ctx: Context;
  type: string;
  table: string;
  operation: string;
  id?: number;
  args: object;
}

/**
 * Something that follows every write in its transaction (the audit trail): `before` runs once the row is locked,
 * `after` once the service is done; whatever it throws rolls the write back.
 */
export interface WriteObserver<S = unknown> {
  before: (event: WriteEvent) => Promise<S>;
  after: (event: WriteEvent, before: S | undefined) => Promise<void>;
}

const observers: WriteObserver[] = [];
export const observeWrites = <S>(observer: WriteObserver<S>) => {
  observers.push(observer as WriteObserver);
};

/**
 * The mutations whose rule reads the row: their permission check runs here, inside the transaction after the lock,
 * while the permission layer in front of them only checks who is calling (see `auth/permissions.ts`).
 */
export const checkedInWrite = new Set<string>();

export const staleVersion = (current: number) =>
  new GraphQLError('Bản ghi đã được người khác lưu trước bạn. Vui lòng tải lại để xem thay đổi mới nhất rồi sửa lại.', {
    extensions: { code: 'CONFLICT', field: 'version', currentVersion: current },
  });

/**
 * Locks the row a mutation changes (`SELECT … FOR UPDATE`) and loads it inside the transaction. A missing row and a
 * row the caller may not read are the same NOT_FOUND; a `version` other than the stored one is CONFLICT carrying
 * the current version.
 */
export async function loadForWrite<T extends { id: number }>(
  w: Write,
  target: WriteTarget<T>,
  table: string,
  id: string,
  version: number | null | undefined,
): Promise<{ row: T; version?: number }> {
  const key = parseId(id, 'id');
  const [locked] = await w.em.execute(`select * from "${table}" where id = ? for update`, [key]);
  const readable =
    locked &&
    (await scopedQuery(w.em, w.ctx.auth, target.entity)
      .andWhere({ id: key } as never)
      .getCount()) > 0;
  if (!readable) throw notFound('id', target.what, id);
  const stored = locked.version as number | undefined;
  if (stored !== undefined && version !== undefined && version !== null && version !== stored) throw staleVersion(stored);
  return { row: await w.em.findOneOrFail(target.entity, { id: key } as never, { refresh: true }), version: stored };
}

/** The mutation's own rule, on the locked row's arguments; a refusal is thrown so the transaction rolls back. */
async function checkRule(ctx: Context, operation: string, args: object): Promise<void> {
  const rule = accessFor('Mutation', operation);
  const result = rule ? await rule.check(ctx, args) : false;
  if (result === true) return;
  throw result instanceof DomainError ? result : forbidden();
}

/** One step per saved update, also when only a list the row carries changed (MikroORM steps it when its columns did). */
async function nextVersion(em: EntityManager, table: string, id: number, read: number): Promise<number> {
  const [bumped] = await em.execute(
    `update "${table}" set version = version + 1, updated_at = now() where id = ? and version = ? returning version`,
    [id, read],
  );
  if (bumped) return bumped.version as number;
  const [current] = await em.execute(`select version from "${table}" where id = ?`, [id]);
  return current.version as number;
}

/**
 * Runs `work` in one transaction during which the request's `em` and loaders are the transaction's, so rules,
 * services and field reads see what the write changes; afterwards the request reads through its own `em` again.
 */
export async function inRequestTransaction<R>(ctx: Context, work: (em: EntityManager) => Promise<R>): Promise<R> {
  const outer = ctx.em;
  try {
    return await outer.transactional(async (em) => {
      ctx.em = em;
      ctx.loaders = new Loaders(em, ctx.auth);
      return work(em);
    });
  } finally {
    ctx.em = outer;
    ctx.loaders = new Loaders(outer, ctx.auth);
  }
}

/**
 * The write path of every generated mutation, all in one transaction: for update and delete the row is locked,
 * checked readable (else NOT_FOUND) and checked against the client's `version` (else CONFLICT); then the mutation's
 * rule runs on the locked row; then the module's one service function; then the version steps and the observers
 * (the audit trail) record the change. Whatever fails rolls everything back. During the write the request's `em`
 * and loaders are the transaction's, so rules and services read what the write will change.
 */
export async function writeRow<T extends { id: number }, R extends object>(
  ctx: Context,
  target: WriteTarget<T>,
  operation: WriteOperation,
  id: string | undefined,
  args: object,
  version: number | null | undefined,
  service: (w: Write, row: T | undefined) => Promise<R>,
): Promise<R> {
  const type = target.entity.name;
  const name = `${operation}${type}`;
  return inRequestTransaction(ctx, async (em) => {
    const w: Write = { em, ctx };
    const table = em.getMetadata().get(type).tableName;
    const loaded = id === undefined ? undefined : await loadForWrite(w, target, table, id, version);
    const event: WriteEvent = {
      em,
      ctx,
      type,
      table,
      operation: name,
      id: loaded?.row.id,
      args: id === undefined ? args : { id, ...args },
    };
    const before = loaded ? await Promise.all(observers.map((o) => o.before(event))) : undefined;
    await checkRule(ctx, name, event.args);
    const result = await service(w, loaded?.row);
    const savedId = loaded?.row.id ?? (result as { id?: number }).id;
    if (operation === 'update' && loaded?.version !== undefined)
      (result as { version?: number }).version = await nextVersion(em, table, loaded.row.id, loaded.version);
    for (const [i, observer] of observers.entries()) await observer.after({ ...event, id: savedId }, before?.[i]);
    return result;
  });
}

/** The default delete: the row goes (parts with it, by their foreign keys' cascade); the answer is the row as it was. */
export async function deleteRow<T extends { id: number }>(
  w: Write,
  target: WriteTarget<T>,
  row: T,
  before?: (w: Write, row: T) => Promise<void>,
): Promise<T> {
  // Still an instance of its class, so its fields resolve as an entity's (see kernel/access/compiled-fields.ts).
  const snapshot = Object.assign(Object.create(Object.getPrototypeOf(row)) as T, row);
  if (before) await before(w, row);
  await w.em.nativeDelete(target.entity, { id: row.id } as never);
  return snapshot;
}
