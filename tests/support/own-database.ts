import { Client } from 'pg';
import { inject } from 'vitest';
import { migrate, openOrm } from '../../server/src/db/orm';
import { loadSeeds } from '../../server/src/db/seed/load-seeds';

/**
 * A database of the file's own next to the run's, migrated and loaded with the demo data, for a file whose story
 * changes seeded rows for good (issuing a seeded plan, numbers taken from a register) that later files read as seeded.
 */
export async function ownDatabase(suffix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const shared = new URL(inject('databaseUrl'));
  const name = `${shared.pathname.slice(1)}_${suffix}`;
  const admin = async (sql: string) => {
    const client = new Client({ connectionString: shared.toString() });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`create database "${name}"`);
  const url = new URL(shared.toString());
  url.pathname = `/${name}`;
  const orm = await openOrm({ databaseUrl: url.toString() });
  try {
    await migrate(orm);
    await loadSeeds(orm.em.fork());
  } finally {
    await orm.close();
  }
  return { url: url.toString(), drop: () => admin(`drop database if exists "${name}" with (force)`) };
}
