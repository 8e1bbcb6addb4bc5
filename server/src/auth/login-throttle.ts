const WINDOW_MS = 15 * 60_000;
const MAX_LOCK_MS = 15 * 60_000;

interface Failures { count: number; last: number }

/**
 * Slows down password guessing: after `freeFailures` failures for one key (an account, an address), each
 * further attempt must wait 1 s, then 2 s, 4 s … up to 15 min, even with the right password.
 * State is per server instance (memory); a cluster would keep it in the database or a cache instead.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, Failures>();

  constructor(private readonly freeFailures: number, private readonly now: () => number = Date.now) {}

  fail(key: string) {
    const now = this.now();
    const entry = this.failures.get(key);
    const fresh = !entry || now - entry.last > WINDOW_MS;
    this.failures.set(key, { count: fresh ? 1 : entry.count + 1, last: now });
    if (this.failures.size > 100_000) this.prune(now);
  }

  succeed(key: string) {
    this.failures.delete(key);
  }

  /** Milliseconds the caller must still wait, 0 when an attempt is allowed. */
  waitFor(key: string): number {
    const entry = this.failures.get(key);
    if (!entry || entry.count < this.freeFailures) return 0;
    const lock = Math.min(1000 * 2 ** (entry.count - this.freeFailures), MAX_LOCK_MS);
    return Math.max(0, entry.last + lock - this.now());
  }

  private prune(now: number) {
    for (const [key, entry] of this.failures) if (now - entry.last > WINDOW_MS) this.failures.delete(key);
  }
}
