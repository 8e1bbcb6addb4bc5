import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import type { TestProject } from 'vitest/node';
import { repoRoot } from '../../server/src/common/repo-root';
import { startEmbeddedPostgres } from '../../server/src/db/embedded';
import { migrate, openOrm } from '../../server/src/db/orm';
import { loadSeeds } from '../../server/src/db/seed/load-seeds';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's own database, migrated and loaded with the demo data. */
    databaseUrl: string;
  }
}

interface TestDatabase {
  url: string;
  drop: () => Promise<void>;
}

/** A fresh database on the server at DATABASE_URL, dropped again at the end of the run. */
async function onServer(serverUrl: string): Promise<TestDatabase> {
  const name = `ttdn_test_${Date.now()}_${process.pid}`;
  const admin = async (sql: string) => {
    const client = new Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`drop database if exists "${name}" with (force)`) };
}

/** An embedded PostgreSQL in its own new folder under .data/, stopped and removed at the end of the run. */
async function embedded(): Promise<TestDatabase> {
  const dir = path.join(repoRoot(), '.data', `test-${process.pid}-${Date.now()}`);
  fs.mkdirSync(dir, { recursive: false });
  const remove = () => fs.rmSync(dir, { recursive: true, force: true });
  try {
    const server = await startEmbeddedPostgres(dir, false);
    const drop = async () => {
      try {
        await server.stop();
      } finally {
        remove();
      }
    };
    try {
      await server.createDatabase('ttdn_test');
    } catch (error) {
      await drop();
      throw error;
    }
    return { url: server.url('ttdn_test'), drop };
  } catch (error) {
    remove();
    throw error;
  }
}

export default async function setup(project: TestProject) {
  if (!fs.existsSync(path.join(repoRoot(), '.data'))) fs.mkdirSync(path.join(repoRoot(), '.data'));
  const database = process.env.DATABASE_URL ? await onServer(process.env.DATABASE_URL) : await embedded();
  try {
    const orm = await openOrm({ databaseUrl: database.url });
    try {
      await migrate(orm);
      await loadSeeds(orm.em.fork());
    } finally {
      await orm.close();
    }
  } catch (error) {
    await database.drop();
    throw error;
  }
  project.provide('databaseUrl', database.url);
  return async () => {
    await database.drop();
  };
}
