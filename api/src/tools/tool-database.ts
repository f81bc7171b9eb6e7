import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from '../config.ts';
import { connectDatabase, type Database, openDatabase } from '../db/database.ts';
import { isAlive } from '../db/embedded/ferretdb-server.ts';

/**
 * The database a command-line tool works on, while the API runs or not: `MONGODB_URI`; else the embedded database
 * the API is running (found from its state file, and left running); else the embedded database, started for the
 * tool and stopped after it.
 */
export async function openToolDatabase(config: Config, log: (line: string) => void): Promise<Database> {
  if (config.mongodbUri !== undefined) return connectDatabase(config.mongodbUri, config.mongodbDatabase);
  const state = await readFile(join(config.dataDir, 'ferretdb', 'server.json'), 'utf8')
    .then((text) => JSON.parse(text) as { pid: number; port: number })
    .catch(() => undefined);
  if (state && isAlive(state.pid)) {
    return connectDatabase(`mongodb://127.0.0.1:${state.port}/`, config.mongodbDatabase);
  }
  return openDatabase(config, log);
}
