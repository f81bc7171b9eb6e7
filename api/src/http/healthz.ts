import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Readiness } from '../app.ts';
import type { Database } from '../db/database.ts';
import { sendJson } from './send-json.ts';

/**
 * `GET /healthz`, for load balancers: 200 only when this instance is ready (started, not draining) and its database
 * answers a ping; 503 otherwise, with what is wrong.
 */
export function healthzHandler(db: Database, readiness: () => Readiness) {
  return async (_req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const up = await db.ping();
    const state = readiness();
    const ok = up && state === 'ready';
    sendJson(res, ok ? 200 : 503, {
      status: ok ? 'ok' : up ? state : 'unavailable',
      database: up ? 'up' : 'down',
    });
  };
}
