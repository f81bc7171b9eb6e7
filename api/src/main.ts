import { existsSync } from 'node:fs';
import { loadAdminToken } from './admin-token.ts';
import { createApp } from './app.ts';
import { consoleLink, type SessionService } from './auth/sessions.ts';
import { loadConfig } from './config.ts';
import { type Database, openDatabase } from './db/database.ts';
import { ensureDemoSurvey } from './demo/demo-survey.ts';
import { seedAnswers } from './demo/seed.ts';
import { shopRoutes } from './demo/shop-site.ts';
import { StartupError } from './errors.ts';
import { createLog } from './logging.ts';

let log = createLog({ pretty: true });

/** Where the console is; on a database with no account yet, the first owner's one-time setup link. */
async function consoleLines(sessions: SessionService, baseUrl: string): Promise<string[]> {
  const code = await sessions.createSetupCode();
  if (!code)
    return [`Console:     ${consoleLink(baseUrl, null)}   (sign in with your email address and password)`];
  return [
    `Set up:      ${consoleLink(baseUrl, code)}`,
    "             (the first owner's account: one use, within an hour; `pnpm setup-link` prints another)",
  ];
}

let db: Database | undefined;
try {
  const config = loadConfig();
  log = createLog({ pretty: config.env === 'development' });
  const admin = await loadAdminToken(config);
  db = await openDatabase(config, log);
  // The demo shop's pages need the survey's site key and the server's address, both known only further down.
  const shop = { siteKey: '', baseUrl: '' };
  const app = await createApp({
    db,
    development: config.env === 'development',
    adminToken: admin.token,
    rateLimits: config.rateLimits,
    trustProxy: config.trustProxy,
    webhooksAllowPrivate: config.webhooksAllowPrivate,
    publicUrl: config.publicUrl ?? `http://${config.host}:${config.port}`,
    cacheCells: config.cacheCells,
    drainMs: config.drainMs,
    staticDirs: [config.widgetDir],
    ...(config.demo && { routes: shopRoutes(() => shop) }),
    log,
  });
  if (!existsSync(config.widgetDir)) {
    log(`no widget build in ${config.widgetDir}: run \`pnpm build\` to serve /widget.js`);
  }
  const url = await app.listen(config.port, config.host);
  shop.baseUrl = url;
  await app.start();

  const lines = [
    ...(await consoleLines(app.services.sessions, config.publicUrl ?? url)),
    `GraphQL:     ${url}/graphql${config.env === 'development' ? ' (open it in a browser for the IDE)' : ''}`,
    `Health:      ${url}/healthz (alive), ${url}/readyz (ready for traffic)`,
    `Metrics:     ${url}/metrics (admin token)`,
    `Dashboard:   ${url}/dashboard   (open it with the admin token, or a survey's read token)`,
    `Admin token: ${admin.source}`,
  ];
  if (config.demo) {
    const port = new URL(url).port;
    const origins = [url, `http://localhost:${port}`, `http://127.0.0.1:${port}`];
    const { survey, created } = await ensureDemoSurvey(app.services.surveys, config.dataDir, [
      ...new Set(origins),
    ]);
    shop.siteKey = survey.siteKey;
    if (created) log(`demo survey created (${survey.id})`);
    if (process.argv.includes('--seed')) {
      if (await app.models.Response.exists({ survey: survey._id })) {
        log('--seed: the demo survey already has answers; left as it is');
      } else {
        const { inserted, ms } = await seedAnswers(app.models, app.services.aggregates, {
          survey: survey._id,
          count: 20_000,
          days: 90,
        });
        log(`--seed: ${inserted} answers over the last 90 days, in ${(ms / 1000).toFixed(1)} s`);
      }
    }
    lines.unshift(`Demo shop:   ${url}/   (site key ${survey.siteKey})`);
  }
  for (const line of lines) log(line);

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
