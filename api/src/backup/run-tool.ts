import { loadConfig } from '../config.ts';
import type { Database } from '../db/database.ts';
import { openToolDatabase } from './tool-database.ts';

/**
 * Runs a command-line tool over the API's database: its folder argument checked, its lines prefixed with its name,
 * its failure one line and a non-zero exit, the database closed whatever happens.
 */
export async function runTool(
  name: string,
  usage: string,
  work: (db: Database, dir: string, log: (line: string) => void) => Promise<void>,
): Promise<void> {
  const dir = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
  if (!dir) {
    console.error(`usage: ${usage}`);
    process.exit(2);
  }
  const log = (line: string) => console.info(`[${name}] ${line}`);
  const db = await openToolDatabase(loadConfig(), log);
  try {
    await work(db, dir, log);
  } catch (error) {
    console.error(`[${name}] ${(error as Error).message}`);
    process.exitCode = 1;
  } finally {
    await db.close();
  }
}
