import { join } from 'node:path';
import mongoose, { type Connection } from 'mongoose';
import type { Config } from '../config.ts';
import { StartupError } from '../errors.ts';
import type { Log } from '../logging.ts';
import { lockDataDir } from './embedded/data-dir-lock.ts';
import { ensureFerretDB } from './embedded/ferretdb-install.ts';
import { type RunningFerretDB, startFerretDB } from './embedded/ferretdb-server.ts';
import { superviseFerretDB } from './embedded/ferretdb-supervisor.ts';

export interface Database {
  readonly connection: Connection;
  /** The embedded server, when this process started or adopted it (MONGODB_URI unset). */
  readonly embedded: RunningFerretDB | undefined;
  /** The server is FerretDB (embedded or not): it says so in `buildInfo`. */
  readonly ferretdb: boolean;
  /** Answers within `timeoutMs` whether the database responds to a ping. */
  ping(timeoutMs?: number): Promise<boolean>;
  /** Closes the connection and stops the embedded server, if any. */
  close(): Promise<void>;
}

type DatabaseConfig = Pick<
  Config,
  'mongodbUri' | 'mongodbDatabase' | 'dataDir' | 'toolsDir' | 'ferretdbPort'
>;

/** Connects to MONGODB_URI, or to the embedded FerretDB, started (and built, the first time) on demand. */
export async function openDatabase(config: DatabaseConfig, log: Log): Promise<Database> {
  if (config.mongodbUri !== undefined) return connectDatabase(config.mongodbUri, config.mongodbDatabase);
  // Before anything touches the embedded database: a second start on the same folder must not stop the first's.
  const unlock = await lockDataDir(config.dataDir);
  try {
    const binary = await ensureFerretDB(config.toolsDir, log);
    const options = { binary, dataDir: join(config.dataDir, 'ferretdb'), port: config.ferretdbPort, log };
    const embedded = superviseFerretDB(await startFerretDB(options), options);
    const db = await connectDatabase(embedded.uri, config.mongodbDatabase, embedded);
    return {
      ...db,
      async close() {
        await db.close();
        await unlock();
      },
    };
  } catch (error) {
    await unlock();
    throw error;
  }
}

/**
 * Connects to a running server. `database` is used when the URI names none. An `embedded` server is stopped
 * with the connection, and also when connecting fails.
 */
export async function connectDatabase(
  uri: string,
  database: string,
  embedded?: RunningFerretDB,
): Promise<Database> {
  const connection = mongoose.createConnection(uri, {
    ...(databaseInUri(uri) ? {} : { dbName: database }),
    serverSelectionTimeoutMS: 10_000,
  });
  let ferretdb: boolean;
  try {
    await connection.asPromise();
    const info = await connection.db?.admin().command({ buildInfo: 1 });
    ferretdb = info?.['ferretdbVersion'] !== undefined;
  } catch (error) {
    await embedded?.stop();
    throw new StartupError(`Cannot connect to the database at ${redact(uri)}: ${(error as Error).message}`);
  }
  return {
    connection,
    embedded,
    ferretdb,
    async ping(timeoutMs = 1_000) {
      const db = connection.db;
      if (!db) return false;
      const timeout = new Promise<false>((resolve) => setTimeout(resolve, timeoutMs, false).unref());
      return Promise.race([
        db
          .admin()
          .ping()
          .then(
            () => true,
            () => false,
          ),
        timeout,
      ]);
    },
    async close() {
      await connection.close();
      await embedded?.stop();
    },
  };
}

function databaseInUri(uri: string): boolean {
  return /^mongodb(\+srv)?:\/\/[^/]+\/[^?/]+/.test(uri);
}

/** The URI as it may be printed: without its password. */
export function redact(uri: string): string {
  return uri.replace(/\/\/([^:/@]+):[^@/]*@/, '//$1:***@');
}
