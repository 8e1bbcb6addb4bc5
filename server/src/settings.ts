/**
 * Deployment settings read from the environment, in one place so README's table and the code agree.
 * Each is read when the app starts (tests change them per server).
 */
const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export interface Settings {
  /** Origins allowed to call the API from a browser (the provincial portal); none when empty. */
  corsOrigins: string[];
  /** Addresses or CIDR ranges of the reverse proxies whose X-Forwarded-For is believed; none by default. */
  trustProxy: string[];
  /** Introspection on unless INTROSPECTION=false (the console does not use it; developer tools and codegen do). */
  introspection: boolean;
  /** max-age of anonymous persisted-query GET answers. */
  publicCacheSeconds: number;
  /**
   * The connection that listens for changes to accounts (the principal cache) when `DATABASE_URL` cannot: LISTEN
   * needs a session of its own, which pgbouncer in transaction mode does not keep. `DATABASE_URL` when unset.
   */
  listenUrl?: string;
}

export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const seconds = Number(env.PUBLIC_CACHE_SECONDS ?? 30);
  if (!Number.isInteger(seconds) || seconds < 0) throw new Error('PUBLIC_CACHE_SECONDS phải là số giây nguyên không âm.');
  return {
    corsOrigins: list(env.CORS_ORIGINS),
    trustProxy: list(env.TRUST_PROXY),
    introspection: env.INTROSPECTION !== 'false',
    publicCacheSeconds: seconds,
    listenUrl: env.DATABASE_LISTEN_URL || undefined,
  };
}
