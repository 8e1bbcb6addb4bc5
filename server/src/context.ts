import type { EntityManager } from '@mikro-orm/postgresql';
import type { PrincipalCache } from './auth/principal-cache';
import type { SignInThrottle } from './auth/sign-in-throttle';
import type { Principal } from './auth/principal';
import type { TokenService } from './auth/tokens';
import type { Clock } from './common/clock';
import type { Role, UnitLevel } from './common/enums';
import { Loaders } from './common/loaders';
import type { Logger } from './http/logger';

/** Long-lived pieces of one server instance that requests use. */
export interface Services {
  tokens: TokenService;
  /** Failed sign-ins per account and per client address, counted in PostgreSQL. */
  signIns: SignInThrottle;
  /** What signed-in requests need of their user, between changes the database announces. */
  principals: PrincipalCache<SignedInUser>;
  /** The time every deadline and issue date is measured against. */
  clock: Clock;
}

/** What a signed-in request needs of its user, as one plain statement reads it (`modules/session/authenticate.ts`). */
export interface SignedInUser {
  token_version: number;
  disabled: boolean;
  roles: Role[];
  unit_id: number;
  unit_path: string;
  unit_level: UnitLevel;
}

/** Where a request came from, as the HTTP layer established it. */
export interface RequestInfo {
  /** The client's address: the peer, or X-Forwarded-For's when the peer is a trusted proxy (TRUST_PROXY). */
  clientAddress: string;
  /** Also the `x-request-id` response header and every log line of the request. */
  requestId: string;
  log: Logger;
}

/** Everything a resolver may use for one request; built fresh for every request. */
export interface Context extends RequestInfo {
  em: EntityManager;
  /** The caller; every rule and every row scope reads it. */
  auth: Principal;
  loaders: Loaders;
  services: Services;
  clock: Clock;
}

export function createContext(em: EntityManager, services: Services, auth: Principal, request: RequestInfo): Context {
  return { em, auth, loaders: new Loaders(em, auth), services, clock: services.clock, ...request };
}

/** The request's logger (JSON lines carrying its request id), for services that record what they did. */
export const requestLogger = (ctx: Pick<Context, 'log'>): Logger => ctx.log;
