import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { requestIdOf, withRequestId } from '../logging.ts';
import { HttpError } from './errors.ts';
import { sendJson } from './send-json.ts';

export type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/**
 * Routes by exact path, then to `fallback` (the static files) if any; answers refusals and failures as JSON, and
 * never lets an error escape a request.
 */
export function createHttpServer(
  routes: Readonly<Record<string, Handler>>,
  log: (line: string) => void,
  fallback?: Handler,
): Server {
  return createServer((req, res) => {
    // Taken from `X-Request-Id` when a proxy set one, and sent back: the log lines of this request carry it.
    const requestId = requestIdOf(req.headers['x-request-id']);
    res.setHeader('x-request-id', requestId);
    void withRequestId(requestId, () => serve(req, res));
  });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const route = Object.hasOwn(routes, path) ? routes[path] : fallback;
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
      log(`${req.method} ${path} failed: ${(error as Error).stack ?? String(error)}`);
      sendJson(res, 500, { error: 'Internal server error.' });
    }
  }
}
