import { existsSync } from 'node:fs';
import { loadAdminToken } from './admin-token.ts';
import { createApp } from './app.ts';
import { loadConfig } from './config.ts';
import { type Database, openDatabase } from './db/database.ts';
import { StartupError } from './errors.ts';

const log = (line: string) => console.info(`[nps] ${line}`);

let db: Database | undefined;
try {
  const config = loadConfig();
  const admin = await loadAdminToken(config);
  db = await openDatabase(config, log);
  const app = await createApp({
    db,
    development: config.env === 'development',
    adminToken: admin.token,
    rateLimits: config.rateLimits,
    trustProxy: config.trustProxy,
    staticDirs: [config.widgetDir],
    log,
  });
  if (!existsSync(config.widgetDir))
    log(`no widget build in ${config.widgetDir}: run \`pnpm build\` to serve /widget.js`);
  const url = await app.listen(config.port, config.host);
  log(`GraphQL: ${url}/graphql   health: ${url}/healthz   admin token: ${admin.source}`);

  const open = db;
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) {
      // A second Ctrl-C is an impatient person; a repeated SIGTERM is a supervisor repeating itself.
      if (signal !== 'SIGINT') return;
      log('SIGINT again: exiting now, leaving the database to be reused by the next start');
      process.exit(1);
    }
    stopping = true;
    log(`${signal}: stopping`);
    await app.close();
    await open.close();
    log('stopped');
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(error instanceof StartupError ? `[nps] ${error.message}` : error);
  await db?.close().catch(() => {});
  process.exit(1);
}
