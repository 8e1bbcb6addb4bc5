import type { EntityManager } from '@mikro-orm/postgresql';
import { Loaders } from './common/loaders';

/** Everything a resolver may use for one request; built fresh for every request. */
export interface Context {
  em: EntityManager;
  loaders: Loaders;
}

export function createContext(rootEm: EntityManager): Context {
  const em = rootEm.fork();
  return { em, loaders: new Loaders(em) };
}
