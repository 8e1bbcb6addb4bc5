import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import path from 'node:path';
import { entities } from './entities';
import { migrationsList } from './migrations';
import { ReadRoutingDriver } from './read-routing';

export interface OrmOptions {
  databaseUrl: string;
  /** Streaming replicas for reads outside transactions (`DATABASE_REPLICA_URLS`, comma-separated). */
  replicaUrls?: string[];
  /** Called with every SQL statement the ORM sends; tests count statements through it. */
  onQuery?: (sql: string) => void;
}

export function ormConfig({ databaseUrl, replicaUrls = [], onQuery }: OrmOptions): Options {
  return {
    driver: ReadRoutingDriver,
    clientUrl: databaseUrl,
    replicas: replicaUrls.map((clientUrl, i) => ({ name: `replica-${i + 1}`, clientUrl })),
    entities,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    extensions: [Migrator],
    migrations: {
      migrationsList,
      path: path.join(__dirname, 'migrations'),
      pathTs: path.join(__dirname, 'migrations'),
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
    pool: { min: 0, max: 10 },
    debug: onQuery ? ['query'] : false,
    logger: onQuery ? (message: string) => onQuery(message) : () => undefined,
    allowGlobalContext: false,
    forceUndefined: true,
  };
}

/** The replica URLs `DATABASE_REPLICA_URLS` lists. */
export const replicaUrlsFromEnv = (env: NodeJS.ProcessEnv = process.env) =>
  (env.DATABASE_REPLICA_URLS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export async function openOrm(options: OrmOptions): Promise<MikroORM> {
  return MikroORM.init(ormConfig(options));
}

/** Schema changes only ever come from committed migrations; nothing syncs the schema at run time. */
export async function migrate(orm: MikroORM): Promise<void> {
  await orm.getMigrator().up();
}
