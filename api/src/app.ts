import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Database } from './db/database.ts';
import { StartupError } from './errors.ts';
import { createApollo } from './graphql/apollo.ts';
import type { Context } from './graphql/context.ts';
import type { OperationLimits } from './graphql/limits.ts';
import { consolePage, dashboardPage } from './http/app-pages.ts';
import { clientIp } from './http/client-ip.ts';
import { applyCors } from './http/cors.ts';
import { HttpError } from './http/errors.ts';
import { graphqlHandler } from './http/graphql-handler.ts';
import { healthzHandler, type Readiness, readyzHandler } from './http/healthz.ts';
import { idePage, wantsPage } from './http/ide-page.ts';
import { metricsHandler } from './http/metrics.ts';
import { createHttpServer, type Handler } from './http/server.ts';
import { fromOwnOrigin, sessionCookie, setSessionCookie } from './http/session-cookie.ts';
import { staticFiles } from './http/static-files.ts';
import { SURVEY_PAGE_PATH, surveyPageHandler } from './http/survey-page.ts';
import type { Log } from './logging.ts';
import { type Models, syncIndexes } from './models/index.ts';
import { createServices } from './services/create-services.ts';
import type { Services } from './services/index.ts';
import type { RateLimitOptions } from './services/rate-limits.ts';

export interface AppOptions {
  readonly db: Database;
  readonly development: boolean;
  /** The secret that grants every operation (`Authorization: Bearer <adminToken>`). */
  readonly adminToken: string;
  readonly rateLimits: RateLimitOptions;
  /** Sign-in attempts per minute, per address and per account (`perSiteKeyPerMinute`); 30 and 5 by default. */
  readonly signInLimits?: RateLimitOptions;
  /** Take the client's address from `X-Forwarded-For` (only behind a reverse proxy that sets it). */
  readonly trustProxy?: boolean;
  readonly limits?: OperationLimits;
  /** Largest request body accepted; the GraphQL requests we serve are a few kilobytes. */
  readonly maxBodyBytes?: number;
  readonly log: Log;
  /** Folders served as they lie, first match wins: the widget's build (`/widget.js`). */
  readonly staticDirs?: readonly string[];
  /** More pages by exact path, e.g. the demo shop's. */
  readonly routes?: Readonly<Record<string, Handler>>;
  /** The most pre-aggregate cells kept in memory (see `reports/aggregates.ts`). */
  readonly cacheCells?: number;
  /** How long `/readyz` says `draining` before the server stops taking requests: the load balancer's notice. */
  readonly drainMs?: number;
  /** Development and tests only: webhooks may go to http, loopback and private addresses. */
  readonly webhooksAllowPrivate?: boolean;
  /** Where people reach this API, for links in Slack messages, emails and the survey page's links. */
  readonly publicUrl?: string | undefined;
}

export interface App {
  readonly server: Server;
  readonly models: Models;
  readonly services: Services;
  /** This instance, as writer leases and count deltas name it. */
  readonly instance: string;
  readonly readiness: Readiness;
  /** Listens and resolves to the base URL, e.g. `http://127.0.0.1:4000`; GraphQL answers 503 until `start`. */
  listen(port: number, host: string): Promise<string>;
  /** Claims a writer slot (repairing what stopped instances left), reads the count feed, then says `ready`. */
  start(): Promise<void>;
  /** Says `draining` for `drainMs`, stops taking requests, lets the ones in flight finish (up to `graceMs`), then
   * stops Apollo, writes the last counts and releases the writer slot. */
  close(graceMs?: number): Promise<void>;
}

/**
 * The API as an HTTP server over an open database (started by `start`, which may come after `listen`): GraphQL at /graphql, liveness at /healthz, readiness at /readyz, metrics at /metrics, the widget's files
 * from `staticDirs`, and any further `routes`.
 */
export async function createApp(options: AppOptions): Promise<App> {
  const { db, development, log, maxBodyBytes = 64 * 1024, trustProxy = false, drainMs = 0 } = options;
  const instance = randomUUID();
  let readiness: Readiness = 'starting';
  const { models, services, feed } = createServices({ ...options, instance });
  const { ingest, metrics, rateLimits, links } = services;
  const apollo = createApollo({ log, ...(options.limits && { limits: options.limits }) });
  const context = requestContext(db, services, options);
  const graphql = graphqlHandler({ apollo, context, maxBodyBytes });
  const ide = idePage();
  const server = createHttpServer(
    {
      ...options.routes,
      '/graphql': async (req, res) => {
        if (development && wantsPage(req)) return ide(req, res);
        if (applyCors(req, res)) return;
        if (readiness === 'starting') throw new HttpError(503, 'Starting: try again in a moment.');
        await graphql(req, res);
      },
      '/healthz': healthzHandler(),
      '/readyz': readyzHandler(
        db,
        () => readiness,
        (seconds) => metrics.pinged(seconds),
      ),
      '/metrics': metricsHandler(metrics, services.auth),
      '/dashboard': dashboardPage,
      '/console': consolePage,
      [`${SURVEY_PAGE_PATH}*`]: surveyPageHandler({
        links,
        rateLimits,
        clientIp: (req) => clientIp(req, trustProxy),
        log,
      }),
    },
    log,
    staticFiles(options.staticDirs ?? []),
  );

  return {
    server,
    models,
    services,
    instance,
    get readiness() {
      return readiness;
    },
    listen: (port, host) => listenOn(server, port, host),
    async start() {
      await syncIndexes(models, { secondary: !db.ferretdb });
      await ingest.open();
      await feed.start();
      await services.rateLimits.start(log);
      services.retention.start();
      services.webhookDelivery.start();
      services.reclassification.open();
      await apollo.start();
      readiness = 'ready';
    },
    async close(graceMs = 10_000) {
      readiness = 'draining';
      if (drainMs) await new Promise((resolve) => setTimeout(resolve, drainMs));
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const timer = setTimeout(() => server.closeAllConnections(), graceMs).unref();
      await closed;
      clearTimeout(timer);
      services.rateLimits.stop();
      services.retention.stop();
      services.webhookDelivery.stop();
      await services.reclassification.close();
      feed.stop();
      await apollo.stop().catch(() => {});
      await ingest.close();
    },
  };
}

/** Builds each GraphQL request's context: who asks (a token, or a session cookie from our own pages), and from where. */
function requestContext(
  db: Database,
  services: Services,
  { development, trustProxy = false, publicUrl }: AppOptions,
): (req: IncomingMessage, res: ServerResponse) => Promise<Context> {
  const publicOrigin = publicUrl ? new URL(publicUrl).origin : undefined;
  return async (req, res) => {
    const https =
      publicOrigin?.startsWith('https:') ?? (trustProxy && req.headers['x-forwarded-proto'] === 'https');
    // A token wins; a session cookie counts only on a request from this server's own pages.
    const cookie = req.headers.authorization ? undefined : sessionCookie(req);
    const session =
      cookie && fromOwnOrigin(req, publicOrigin, https) ? await services.sessions.resolve(cookie) : null;
    return {
      db,
      services,
      development,
      auth: session
        ? { kind: 'person', ...session }
        : await services.auth.authenticate(req.headers.authorization),
      request: {
        ip: clientIp(req, trustProxy),
        origin: req.headers.origin,
        base: publicOrigin ?? `${https ? 'https' : 'http'}://${req.headers.host ?? 'localhost'}`,
      },
      publicCache: new Map(),
      session: {
        set: (token, maxAgeSeconds) => setSessionCookie(res, token, maxAgeSeconds, https),
        clear: () => setSessionCookie(res, '', 0, https),
      },
    };
  };
}

/** Listens; resolves to the base URL, or rejects with a `StartupError` when the port is taken. */
function listenOn(server: Server, port: number, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new StartupError(`PORT ${port} on ${host} is in use by another process: stop it, or set PORT.`)
          : error,
      ),
    );
    server.listen(port, host, () => {
      const { address, port: bound } = server.address() as AddressInfo;
      resolve(`http://${address.includes(':') ? `[${address}]` : address}:${bound}`);
    });
  });
}
