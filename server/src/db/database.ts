import path from 'node:path';
import { repoRoot } from '../common/repo-root';
import { startEmbeddedPostgres } from './embedded';

export interface Database {
  url: string;
  stop: () => Promise<void>;
}

/** Where the embedded database and the generated token key live. */
export const dataDir = () => path.join(repoRoot(), '.data');

/** `DATABASE_URL` when given; otherwise an embedded PostgreSQL kept under `./.data/`. */
export async function openDatabase(): Promise<Database> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => undefined };
  const embedded = await startEmbeddedPostgres(path.join(dataDir(), 'postgres'), true);
  await embedded.createDatabase('ttdn').catch(() => undefined); // already there after the first start
  return { url: embedded.url('ttdn'), stop: embedded.stop };
}
