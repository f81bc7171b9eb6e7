import { consoleLink, createSetupCode } from '../auth/sessions.ts';
import { loadConfig } from '../config.ts';
import { createModels } from '../models/index.ts';
import { openToolDatabase } from './tool-database.ts';

/**
 * `pnpm setup-link`: a new one-time link where the first owner makes their account, for the API that runs over this
 * database; once an account exists, the console's address (people sign in with their password; the admin token
 * stays for automation and recovery).
 */
const config = loadConfig();
const db = await openToolDatabase(config, (line) => console.info(`[setup-link] ${line}`));
try {
  const base = config.publicUrl ?? `http://${config.host}:${config.port}`;
  const code = await createSetupCode(createModels(db.connection));
  console.info(
    code
      ? consoleLink(base, code)
      : `An owner's account exists: sign in at ${consoleLink(base, null)} with its email address and password.`,
  );
} catch (error) {
  console.error(`[setup-link] ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
