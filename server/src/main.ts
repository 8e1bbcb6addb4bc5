import 'reflect-metadata';
import { startApp } from './app';
import { jwtSecret } from './auth/tokens';
import { dataDir, demoDataWanted, openDatabase } from './db/database';
import { migrate, openOrm, replicaUrlsFromEnv } from './db/orm';
import { loadSeeds } from './db/seed/load-seeds';
import { createLogger } from './http/logger';
import { AdministrativeUnit } from './modules/unit/unit.entity';

/** `npm start`: database, migrations, demo data where wanted (see demoDataWanted), then the HTTP server. */
async function main() {
  const log = createLogger();
  if (process.env.NODE_ENV === 'production' && !process.env.JWT_SECRET) {
    throw new Error('NODE_ENV=production cần JWT_SECRET (mọi bản API phải dùng cùng một khóa).');
  }
  const database = await openDatabase();
  const orm = await openOrm({ databaseUrl: database.url, replicaUrls: replicaUrlsFromEnv() });
  await migrate(orm);
  if (demoDataWanted(database) && (await orm.em.fork().count(AdministrativeUnit)) === 0) {
    await loadSeeds(orm.em.fork());
    log.info('Đã nạp dữ liệu mẫu (demo data loaded).');
  }
  const app = await startApp(orm, { port: Number(process.env.PORT ?? 4000), jwtSecret: jwtSecret(dataDir()), logger: log });
  log.info(`API GraphQL: ${app.url.replace('127.0.0.1', 'localhost')}`);
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
