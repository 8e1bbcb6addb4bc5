import 'reflect-metadata';
import { openOrm } from '../db/orm';

/**
 * Writes a migration with the difference between the entities and the database at DATABASE_URL
 * (apply the existing migrations to it first). Add the new class to `db/migrations/index.ts`.
 */
async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is required');
  const orm = await openOrm({ databaseUrl });
  await orm.getMigrator().up();
  const result = await orm.getMigrator().createMigration(undefined, false, process.argv[2] === '--initial');
  console.log(result.fileName || 'no changes');
  await orm.close();
}
void main();
