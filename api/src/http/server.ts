import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type Log, requestIdOf, withRequestId } from '../logging.ts';
import { HttpError } from './errors.ts';
import { sendJson } from './send-json.ts';

export type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/**
 * Routes by exact path, then by prefix (a route ending in `/*`), then to `fallback` (the static files) if any; answers refusals and failures as JSON, and
 * never lets an error escape a request. Logs one access line per request: method, path (never the query string,
 * which may carry anything), status, duration, the GraphQL operation's name, and the request id.
 */
export function createHttpServer(
  routes: Readonly<Record<string, Handler>>,
  log: Log,
  fallback?: Handler,
): Server {
  /** A route whose path ends in `/*` takes every path under it (`/s/*` takes `/s/<siteKey>`). */
  const prefixes = Object.keys(routes)
    .filter((path) => path.endsWith('/*'))
    .map((path) => path.slice(0, -1));
  function underPrefix(path: string): Handler | undefined {
    const prefix = prefixes.find((candidate) => path.startsWith(candidate) && path.length > candidate.length);
    return prefix ? routes[`${prefix}*`] : undefined;
  }

  return createServer((req, res) => {
    const started = performance.now();
    // Taken from `X-Request-Id` when a proxy set one, and sent back: the log lines of this request carry it.
    const requestId = requestIdOf(req.headers['x-request-id']);
    res.setHeader('x-request-id', requestId);
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const request = withRequestId(requestId, () => serve(req, res, path));
    res.once('close', () => {
      const ms = Math.round(performance.now() - started);
      const status = res.writableFinished ? res.statusCode : 0;
      const operation = request.operation;
      log(
        `${req.method} ${path} ${status || 'aborted'} ${ms} ms${operation ? ` ${operation}` : ''}`,
        'info',
        { requestId, method: req.method, path, status, ms, ...(operation && { operation }) },
      );
    });
  });

  async function serve(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const route = Object.hasOwn(routes, path) ? routes[path] : (underPrefix(path) ?? fallback);
    try {
      if (!route) throw new HttpError(404, `No such path: ${path}`);
      await route(req, res);
    } catch (error) {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (error instanceof HttpError) {
        // A refused body may still be arriving: answer now and close, rather than read what we will not use.
        res.setHeader('connection', 'close');
        sendJson(res, error.status, { error: error.message });
        return;
      }
      log(`${req.method} ${path} failed: ${(error as Error).stack ?? String(error)}`, 'error');
      sendJson(res, 500, { error: 'Internal server error.' });
    }
  }
}
