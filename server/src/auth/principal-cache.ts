import { Client } from 'pg';

/** Signed-in users remembered at most; the oldest goes first. */
const MAX_USERS = 10_000;
/** How long to wait before listening again after the connection is lost. */
const RECONNECT_MS = 1_000;

/**
 * What each signed-in request needs of its user (roles, unit, token version, disabled), remembered between requests
 * and forgotten the moment the database says it changed: a trigger notifies `channel` with the user's id (or `*`
 * for everyone, when units move), every API instance listens, and the writes of this process forget at once too.
 * Only while listening is anything remembered: with the connection lost, every request asks the database again,
 * and whatever was remembered is dropped, since changes made meanwhile went unheard.
 */
export class PrincipalCache<T> {
  private readonly rows = new Map<number, T>();
  /** Steps on every change heard, so a row read before a change is not remembered after it. */
  private generation = 0;
  private listening = false;
  private client: Client | undefined;
  private closed = false;
  private retry: NodeJS.Timeout | undefined;

  constructor(
    private readonly databaseUrl: string,
    private readonly channel: string,
  ) {}

  /** Starts listening; resolves once the first LISTEN is in place (or failed, then retried in the background). */
  async start(): Promise<void> {
    const client = new Client({ connectionString: this.databaseUrl });
    this.client = client;
    const lost = () => {
      if (this.client !== client) return;
      this.stopRemembering();
      this.client = undefined;
      void client.end().catch(() => undefined);
      if (!this.closed) this.retry = setTimeout(() => void this.start(), RECONNECT_MS).unref();
    };
    client.on('error', lost);
    client.on('end', lost);
    client.on('notification', (message) => this.forget(message.payload === '*' || !message.payload ? '*' : Number(message.payload)));
    try {
      await client.connect();
      await client.query(`listen "${this.channel}"`);
      if (this.client === client) this.listening = true;
    } catch {
      lost();
    }
  }

  /** The row of `userId`, remembered or loaded by `load` (undefined rows are never remembered). */
  async get(userId: number, load: () => Promise<T | undefined>): Promise<T | undefined> {
    const known = this.listening ? this.rows.get(userId) : undefined;
    if (known !== undefined) return known;
    const generation = this.generation;
    const row = await load();
    if (row !== undefined && this.listening && generation === this.generation) {
      if (this.rows.size >= MAX_USERS) this.rows.delete(this.rows.keys().next().value!);
      this.rows.set(userId, row);
    }
    return row;
  }

  /** One user changed, or (`*`) any of them may have. */
  forget(userId: number | '*'): void {
    this.generation++;
    if (userId === '*' || Number.isNaN(userId)) this.rows.clear();
    else this.rows.delete(userId);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    this.stopRemembering();
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private stopRemembering() {
    this.listening = false;
    this.forget('*');
  }
}
