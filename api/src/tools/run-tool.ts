import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import type { Database } from '../db/database.ts';
import { openToolDatabase } from './tool-database.ts';

/**
 * Runs a command-line tool over the API's database: its file or folder argument checked, its lines prefixed with its name,
 * its failure one line and a non-zero exit, the database closed whatever happens.
 */
export async function runTool(
  name: string,
  usage: string,
  work: (
    db: Database,
    dir: string,
    log: (line: string) => void,
    options: { replace?: boolean; survey?: string },
  ) => Promise<void>,
): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { replace: { type: 'boolean' }, survey: { type: 'string' } },
  });
  const [dir] = positionals;
  if (!dir) {
    console.error(`usage: ${usage}`);
    process.exit(2);
  }
  const log = (line: string) => console.info(`[${name}] ${line}`);
  const db = await openToolDatabase(loadConfig(), log);
  try {
    await work(db, dir, log, values);
  } catch (error) {
    console.error(`[${name}] ${(error as Error).message}`);
    process.exitCode = 1;
  } finally {
    await db.close();
  }
}
