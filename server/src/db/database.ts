import path from 'node:path';
import { repoRoot } from '../common/repo-root';
import { startEmbeddedPostgres } from './embedded';

export interface Database {
  url: string;
  /** The embedded server of `npm start` without DATABASE_URL (a developer's machine). */
  embedded: boolean;
  stop: () => Promise<void>;
}

/** Where the embedded database and the generated token key live. */
export const dataDir = () => path.join(repoRoot(), '.data');

/** `DATABASE_URL` when given; otherwise an embedded PostgreSQL kept under `./.data/`. */
export async function openDatabase(env: NodeJS.ProcessEnv = process.env): Promise<Database> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, embedded: false, stop: async () => undefined };
  const embedded = await startEmbeddedPostgres(path.join(dataDir(), 'postgres'), true);
  await embedded.createDatabase('ttdn').catch(() => undefined); // already there after the first start
  return { url: embedded.url('ttdn'), embedded: true, stop: embedded.stop };
}

/**
 * Demo data (with its well-known passwords) goes only where it was asked for: the embedded database, or
 * DATABASE_URL with SEED_DEMO=1; never with NODE_ENV=production.
 */
export const demoDataWanted = (database: Pick<Database, 'embedded'>, env: NodeJS.ProcessEnv = process.env) =>
  env.NODE_ENV !== 'production' && (database.embedded || env.SEED_DEMO === '1');
