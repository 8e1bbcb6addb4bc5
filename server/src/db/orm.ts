import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import path from 'node:path';
import { entities } from './entities';
import { migrationsList } from './migrations';

export interface OrmOptions {
  databaseUrl: string;
  /** Called with every SQL statement the ORM sends; tests count statements through it. */
  onQuery?: (sql: string) => void;
}

export function ormConfig({ databaseUrl, onQuery }: OrmOptions): Options {
  return {
    clientUrl: databaseUrl,
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

export async function openOrm(options: OrmOptions): Promise<MikroORM> {
  return MikroORM.init(ormConfig(options));
}

/** Schema changes only ever come from committed migrations; nothing syncs the schema at run time. */
export async function migrate(orm: MikroORM): Promise<void> {
  await orm.getMigrator().up();
}
