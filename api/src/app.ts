import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAudit } from './auth/audit.ts';
import { createAuth } from './auth/auth.ts';
import { createPeople } from './auth/people.ts';
import { createSessions } from './auth/sessions.ts';
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
import { createCountFeed } from './ingest/count-feed.ts';
import { createCustomerContacts } from './ingest/customer-contacts.ts';
import { createHistoryImport } from './ingest/history-import.ts';
import { createIngest } from './ingest/ingest.ts';
import { createSubmissions } from './ingest/submissions.ts';
import { createLeases } from './ingest/writer-lease.ts';
import { createSurveyLinks } from './links/survey-links.ts';
import type { Log } from './logging.ts';
import { createModels, type Models, syncIndexes } from './models/index.ts';
import { createErasure } from './privacy/erasure.ts';
import { createRetention } from './privacy/retention.ts';
import { createSurveyDeletion } from './privacy/survey-deletion.ts';
import { createAggregates } from './reports/aggregates.ts';
import { createNps } from './reports/nps.ts';
import { createResponses } from './reports/responses.ts';
import { createThemes } from './reports/themes.ts';
import type { Services } from './services/index.ts';
import { createMetrics } from './services/metrics.ts';
import { createRateLimits, type RateLimitOptions } from './services/rate-limits.ts';
import { createSurveys } from './surveys/surveys.ts';
import { createReclassification } from './themes/reclassification.ts';
import { createWebhookDelivery } from './webhooks/delivery.ts';
import { createWebhookOutbox } from './webhooks/outbox.ts';
import { createWebhooks } from './webhooks/subscriptions.ts';

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
  const models = createModels(db.connection);
  const leases = createLeases(models, instance);
  const metrics = createMetrics();
  const aggregates = createAggregates(models, {
    holder: instance,
    onLookup: (hit) => metrics.cacheLookup(hit),
    ...(options.cacheCells && { maxCells: options.cacheCells }),
  });
  const webhookOutbox = createWebhookOutbox(models, { holder: instance });
  const ingest = createIngest(models, aggregates, {
    holder: instance,
    leases,
    log,
    metrics,
    events: webhookOutbox,
  });
  metrics.read({
    queueDepth: () => ingest.queued,
    cached: () => aggregates.cached,
    databaseRestarts: () => db.embedded?.restarts ?? 0,
  });
  const feed = createCountFeed(models, aggregates, leases, log);
  const customerContacts = createCustomerContacts(models);
  const allowPrivate = options.webhooksAllowPrivate ?? false;
  const webhooks = createWebhooks(models, {
    allowPrivate,
    changed: (survey) => webhookOutbox.forget(survey),
  });
  const submissions = createSubmissions(models, ingest, customerContacts, webhookOutbox);
  // The public paths, and sign-in attempts per address and per account, counted over every instance.
  const rateLimits = createRateLimits(models, instance, leases, options.rateLimits, options.signInLimits);
  const surveys = createSurveys(models);
  const sessions = createSessions(models, rateLimits);
  const erasure = createErasure(models, ingest);
  const links = createSurveyLinks(models, surveys, submissions, customerContacts);
  const services: Services = {
    auth: createAuth(models, options.adminToken),
    sessions,
    people: createPeople(models, sessions),
    audit: createAudit(models),
    surveys,
    submissions,
    history: createHistoryImport(models, submissions),
    ingest,
    aggregates,
    nps: createNps(aggregates),
    themes: createThemes(models, aggregates, ingest),
    reclassification: createReclassification(models, ingest, log),
    webhooks,
    webhookOutbox,
    webhookDelivery: createWebhookDelivery(models, webhooks, webhookOutbox, {
      holder: instance,
      allowPrivate,
      log,
      janitor: () => leases.janitor,
      liveHolders: () => leases.liveHolders(),
      busy: () => ingest.queued > 0,
      ...(options.publicUrl && { publicUrl: options.publicUrl }),
    }),
    responses: createResponses(models, webhookOutbox),
    rateLimits,
    customerContacts,
    erasure,
    links,
    surveyDeletion: createSurveyDeletion(surveys, erasure),
    retention: createRetention(models, leases, log),
    metrics,
  };

  const apollo = createApollo({ log, ...(options.limits && { limits: options.limits }) });
  const publicOrigin = options.publicUrl ? new URL(options.publicUrl).origin : undefined;
  const context = async (req: IncomingMessage, res: ServerResponse): Promise<Context> => {
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
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', (error: NodeJS.ErrnoException) =>
          reject(
            error.code === 'EADDRINUSE'
              ? new StartupError(
                  `PORT ${port} on ${host} is in use by another process: stop it, or set PORT.`,
                )
              : error,
          ),
        );
        server.listen(port, host, () => {
          const { address, port: bound } = server.address() as AddressInfo;
          resolve(`http://${address.includes(':') ? `[${address}]` : address}:${bound}`);
        });
      }),
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
