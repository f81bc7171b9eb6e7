import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Database } from './db/database.ts';
import { StartupError } from './errors.ts';
import { createApollo } from './graphql/apollo.ts';
import type { Context, Services } from './graphql/context.ts';
import type { OperationLimits } from './graphql/limits.ts';
import { clientIp } from './http/client-ip.ts';
import { applyCors } from './http/cors.ts';
import { dashboardPage } from './http/dashboard-page.ts';
import { graphqlHandler } from './http/graphql-handler.ts';
import { healthzHandler } from './http/healthz.ts';
import { createHttpServer, type Handler } from './http/server.ts';
import { staticFiles } from './http/static-files.ts';
import { createModels, type Models, syncIndexes } from './models/index.ts';
import { createAggregates } from './services/aggregates.ts';
import { createAuth } from './services/auth.ts';
import { createIngest } from './services/ingest.ts';
import { createNps } from './services/nps.ts';
import { createRateLimits, type RateLimitOptions } from './services/rate-limits.ts';
import { createResponses } from './services/responses.ts';
import { createSubmissions } from './services/submissions.ts';
import { createSurveys } from './services/surveys.ts';

export interface AppOptions {
  readonly db: Database;
  readonly development: boolean;
  /** The secret that grants every operation (`Authorization: Bearer <adminToken>`). */
  readonly adminToken: string;
  readonly rateLimits: RateLimitOptions;
  /** Take the client's address from `X-Forwarded-For` (only behind a reverse proxy that sets it). */
  readonly trustProxy?: boolean;
  readonly limits?: OperationLimits;
  /** Largest request body accepted; the GraphQL requests we serve are a few kilobytes. */
  readonly maxBodyBytes?: number;
  readonly log: (line: string) => void;
  /** Folders served as they lie, first match wins: the widget's build (`/widget.js`). */
  readonly staticDirs?: readonly string[];
  /** More pages by exact path, e.g. the demo shop's. */
  readonly routes?: Readonly<Record<string, Handler>>;
}

export interface App {
  readonly server: Server;
  readonly models: Models;
  readonly services: Services;
  /** Listens and resolves to the base URL, e.g. `http://127.0.0.1:4000`. */
  listen(port: number, host: string): Promise<string>;
  /** Stops taking requests, lets the ones in flight finish (up to `graceMs`), then stops Apollo and the writer. */
  close(graceMs?: number): Promise<void>;
}

/**
 * The API as an HTTP server over an open database: GraphQL at /graphql, health at /healthz, the widget's files
 * from `staticDirs`, and any further `routes`.
 */
export async function createApp(options: AppOptions): Promise<App> {
  const { db, development, log, maxBodyBytes = 64 * 1024, trustProxy = false } = options;
  const models = createModels(db.connection);
  await syncIndexes(models, { secondary: !db.ferretdb });
  const aggregates = createAggregates(models);
  const ingest = createIngest(models, aggregates, log);
  await ingest.open();
  const services: Services = {
    auth: createAuth(models, options.adminToken),
    surveys: createSurveys(models),
    submissions: createSubmissions(models, ingest),
    ingest,
    aggregates,
    nps: createNps(aggregates),
    responses: createResponses(models),
    rateLimits: createRateLimits(options.rateLimits),
  };

  const apollo = createApollo({ development, log, ...(options.limits && { limits: options.limits }) });
  await apollo.start();
  const context = async (req: IncomingMessage): Promise<Context> => ({
    db,
    services,
    development,
    auth: await services.auth.authenticate(req.headers.authorization),
    request: { ip: clientIp(req, trustProxy), origin: req.headers.origin },
    publicCache: new Map(),
  });
  const graphql = graphqlHandler({ apollo, context, maxBodyBytes });
  const server = createHttpServer(
    {
      ...options.routes,
      '/graphql': async (req, res) => {
        if (!applyCors(req, res)) await graphql(req, res);
      },
      '/healthz': healthzHandler(db),
      '/dashboard': dashboardPage,
    },
    log,
    staticFiles(options.staticDirs ?? []),
  );

  return {
    server,
    models,
    services,
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
    async close(graceMs = 10_000) {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const timer = setTimeout(() => server.closeAllConnections(), graceMs).unref();
      await closed;
      clearTimeout(timer);
      await apollo.stop();
      await ingest.close();
    },
  };
}
