import { GraphQLError } from 'graphql';
import { Pool } from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';

/** Attempts allowed per window before the key is locked for the rest of a lock period. */
const ACCOUNT_ATTEMPTS = 5;
const ADDRESS_ATTEMPTS = 50;
const WINDOW_SECONDS = 15 * 60;
const LOCK_SECONDS = 15 * 60;

export const tooManyAttempts = (retryAfter: number) =>
  new GraphQLError(`Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${retryAfter} giây hoặc nhờ quản trị viên mở khóa.`, {
    extensions: { code: 'TOO_MANY_REQUESTS', retryAfter },
  });

/**
 * Slows down password guessing per account and per client address. Each attempt is counted (one atomic
 * upsert in PostgreSQL, table `sign_in_attempt`) before the password is checked, so parallel guesses cannot
 * slip past the count, and every API instance sees the same counts.
 *
 * The counts live on their own two connections: a sign-in runs inside its request's transaction, and were the
 * count taken from the same pool, twenty sign-ins at once could hold every connection and wait for an eleventh.
 * Being outside that transaction is also why a refused sign-in still counts.
 */
export class SignInThrottle {
  private readonly pool: Pool;
  private readonly accounts: RateLimiterPostgres;
  private readonly addresses: RateLimiterPostgres;

  constructor(databaseUrl: string) {
    this.pool = new Pool({ connectionString: databaseUrl, max: 2 });
    // An idle connection the server drops is replaced on next use; unheard, its error would end the process.
    this.pool.on('error', () => undefined);
    const store = {
      storeClient: this.pool,
      storeType: 'pool',
      tableName: 'sign_in_attempt',
      tableCreated: true,
      duration: WINDOW_SECONDS,
      blockDuration: LOCK_SECONDS,
    };
    this.accounts = new RateLimiterPostgres({ ...store, keyPrefix: 'account', points: ACCOUNT_ATTEMPTS });
    this.addresses = new RateLimiterPostgres({ ...store, keyPrefix: 'address', points: ADDRESS_ATTEMPTS });
  }

  /** Counts one attempt; refused with `TOO_MANY_REQUESTS` and `extensions.retryAfter` (seconds) past the limit. */
  async attempt(account: string, address: string): Promise<void> {
    const results = await Promise.allSettled([this.accounts.consume(account), this.addresses.consume(address)]);
    const refusals = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    const unexpected = refusals.find((reason) => !(reason instanceof RateLimiterRes));
    if (unexpected) throw unexpected instanceof Error ? unexpected : new Error(String(unexpected));
    if (refusals.length) throw tooManyAttempts(Math.max(...refusals.map((r) => Math.ceil((r as RateLimiterRes).msBeforeNext / 1000))));
  }

  /**
   * A correct password: the account's count starts again, and the address gets its attempt back (offices share
   * one address, and their daily sign-ins must not add up to a lock).
   */
  async succeeded(account: string, address: string): Promise<void> {
    const counted = await this.addresses.get(address);
    // Never below zero: successes must not bank credit for later guesses from the same address.
    await Promise.all([
      this.accounts.delete(account),
      counted && counted.consumedPoints > 0 ? this.addresses.reward(address, 1) : undefined,
    ]);
  }

  /** An admin lifts an account's lock. */
  async unlock(account: string): Promise<void> {
    await this.accounts.delete(account);
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
