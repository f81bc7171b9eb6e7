import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Database } from '../db/database.ts';
import { sendJson } from './send-json.ts';

/** What `/readyz` says: only a `ready` instance should get traffic. */
export type Readiness = 'starting' | 'ready' | 'draining';

/** `GET /healthz`, for an orchestrator's liveness probe: 200 while the process serves HTTP at all. */
export function healthzHandler() {
  return async (_req: IncomingMessage, res: ServerResponse): Promise<void> => {
    sendJson(res, 200, { status: 'alive' });
  };
}

/**
 * `GET /readyz`, for load balancers and readiness probes: 200 only when this instance is ready (started: its writer
 * slot held and repaired, the count feed read; not draining) and its database answers a ping; 503 otherwise, with
 * what is wrong.
 */
export function readyzHandler(db: Database, readiness: () => Readiness, onPing?: (seconds: number) => void) {
  return async (_req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const started = performance.now();
    const up = await db.ping();
    if (up) onPing?.((performance.now() - started) / 1000);
    const state = readiness();
    const ok = up && state === 'ready';
    sendJson(res, ok ? 200 : 503, {
      status: ok ? 'ok' : up ? state : 'unavailable',
      database: up ? 'up' : 'down',
    });
  };
}
