import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Database } from './db/database.ts';
import { StartupError } from './errors.ts';
import { createApollo } from './graphql/apollo.ts';
import type { Context } from './graphql/context.ts';
import { graphqlHandler } from './http/graphql-handler.ts';
import { healthzHandler } from './http/healthz.ts';
import { createHttpServer } from './http/server.ts';

export interface AppOptions {
  readonly db: Database;
  readonly development: boolean;
  /** Largest request body accepted; the GraphQL requests we serve are a few kilobytes. */
  readonly maxBodyBytes?: number;
  readonly log: (line: string) => void;
}

export interface App {
  readonly server: Server;
  /** Listens and resolves to the base URL, e.g. `http://127.0.0.1:4000`. */
  listen(port: number, host: string): Promise<string>;
  /** Stops taking requests, lets the ones in flight finish (up to `graceMs`), then stops Apollo. */
  close(graceMs?: number): Promise<void>;
}

/** The API as an HTTP server over an open database: GraphQL at /graphql, health at /healthz. */
export async function createApp({
  db,
  development,
  maxBodyBytes = 64 * 1024,
  log,
}: AppOptions): Promise<App> {
  const apollo = createApollo({ development });
  await apollo.start();
  const context = async (): Promise<Context> => ({ db });
  const server = createHttpServer(
    { '/graphql': graphqlHandler({ apollo, context, maxBodyBytes }), '/healthz': healthzHandler(db) },
    log,
  );
  return {
    server,
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
    },
  };
}
