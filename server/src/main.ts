import 'reflect-metadata';
import { startApp } from './app';
import { jwtSecret } from './auth/tokens';
import { dataDir } from './db/database';
import { openDatabase } from './db/database';
import { migrate, openOrm } from './db/orm';
import { loadSeeds } from './db/seed/load-seeds';
import { AdministrativeUnit } from './modules/unit/unit.entity';

/** `npm start`: database, migrations, demo data when the database is empty, then the HTTP server. */
async function main() {
  const database = await openDatabase();
  const orm = await openOrm({ databaseUrl: database.url });
  await migrate(orm);
  if ((await orm.em.fork().count(AdministrativeUnit)) === 0) {
    await loadSeeds(orm.em.fork());
    console.log('Đã nạp dữ liệu mẫu (demo data loaded).');
  }
  const app = await startApp(orm, { port: Number(process.env.PORT ?? 4000), jwtSecret: jwtSecret(dataDir()) });
  console.log(`API GraphQL: ${app.url.replace('127.0.0.1', 'localhost')}`);
  const shutdown = async () => {
    await app.stop();
    await orm.close();
    await database.stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
