import type { EntityManager } from '@mikro-orm/postgresql';
import type { LoginThrottle } from './auth/login-throttle';
import type { Principal } from './auth/principal';
import type { TokenService } from './auth/tokens';
import type { Clock } from './common/clock';
import { Loaders } from './common/loaders';

/** Long-lived pieces of one server instance that requests use. */
export interface Services {
  tokens: TokenService;
  /** Failed sign-ins per account and per client address. */
  accounts: LoginThrottle;
  addresses: LoginThrottle;
  /** The time every deadline and issue date is measured against. */
  clock: Clock;
}

/** Everything a resolver may use for one request; built fresh for every request. */
export interface Context {
  em: EntityManager;
  /** The caller; every rule and every row scope reads it. */
  auth: Principal;
  loaders: Loaders;
  services: Services;
  clientAddress: string;
  clock: Clock;
}

export function createContext(em: EntityManager, services: Services, auth: Principal, clientAddress: string): Context {
  return { em, auth, loaders: new Loaders(em, auth), services, clientAddress, clock: services.clock };
}
