import { type EntityManager, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { AsyncLocalStorage } from 'node:async_hooks';

type ConnectionType = 'read' | 'write';

const routing = new AsyncLocalStorage<{ primaryOnly: boolean }>();

/**
 * MikroORM sends reads outside a transaction to a random replica. Once a request has written (a mutation), every
 * later statement of that request goes to the primary, so the answer shows what it just wrote even while a
 * replica is a moment behind.
 */
export class ReadRoutingDriver extends PostgreSqlDriver {
  override getConnection(type: ConnectionType = 'write') {
    return super.getConnection(routing.getStore()?.primaryOnly ? 'write' : type);
  }
}

/** Runs one request's work with its own routing state. */
export const withReadRouting = <T>(work: () => T): T => routing.run({ primaryOnly: false }, work);

/** From now on this request reads from the primary. */
export function readFromPrimary(): void {
  const state = routing.getStore();
  if (state) state.primaryOnly = true;
}

/**
 * A read-only SQL statement: on a replica outside a transaction (the primary once the request has written),
 * inside the transaction when there is one. `em.execute` would always take the primary.
 */
export function readQuery<T extends object[]>(em: EntityManager, sql: string, params: readonly unknown[]): Promise<T> {
  return em.getConnection('read').execute<T>(sql, [...params], 'all', em.getTransactionContext());
}
