import { loadConfig } from '../config.ts';
import { createModels } from '../models/index.ts';
import { consoleLink, createSessions } from '../services/sessions.ts';
import { openToolDatabase } from './tool-database.ts';

/** `pnpm sign-in-link`: a new one-time link to the console, for the API that runs over this database. */
const config = loadConfig();
const db = await openToolDatabase(config, (line) => console.info(`[sign-in-link] ${line}`));
try {
  const base = config.publicUrl ?? `http://${config.host}:${config.port}`;
  console.info(await consoleLink(createSessions(createModels(db.connection)), base));
} catch (error) {
  console.error(`[sign-in-link] ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
