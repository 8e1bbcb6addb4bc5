import { startApp } from './app';
import { jwtSecret } from './auth/tokens';
import { dataDir, demoDataWanted, openDatabase } from './db/database';
import { migrate, openOrm, replicaUrlsFromEnv } from './db/orm';
import { loadSeeds } from './db/seed/load-seeds';
import { createLogger, type Logger } from './http/logger';
import { AdministrativeUnit } from './modules/unit/unit.entity';
import { readSettings } from './settings';

export interface Server {
  url: string;
  stop: () => Promise<void>;
}

/** What `npm start` runs, from the given environment: database, migrations, demo data where wanted, the HTTP server. */
export async function startServer(env: NodeJS.ProcessEnv = process.env, log: Logger = createLogger()): Promise<Server> {
  if (env.NODE_ENV === 'production' && !env.JWT_SECRET) {
    throw new Error('NODE_ENV=production cần JWT_SECRET (mọi bản API phải dùng cùng một khóa).');
  }
  const settings = readSettings(env);
  const database = await openDatabase(env);
  const orm = await openOrm({ databaseUrl: database.url, replicaUrls: replicaUrlsFromEnv(env) });
  try {
    await migrate(orm);
    if (demoDataWanted(database, env) && (await orm.em.fork().count(AdministrativeUnit)) === 0) {
      await loadSeeds(orm.em.fork());
      log.info('Đã nạp dữ liệu mẫu (demo data loaded).');
    }
    const app = await startApp(orm, { port: Number(env.PORT ?? 4000), jwtSecret: jwtSecret(dataDir(), env), logger: log, settings });
    log.info(`API GraphQL: ${app.url.replace('127.0.0.1', 'localhost')}`);
    return {
      url: app.url,
      stop: async () => {
        await app.stop();
        await orm.close();
        await database.stop();
      },
    };
  } catch (error) {
    await orm.close();
    await database.stop();
    throw error;
  }
}
