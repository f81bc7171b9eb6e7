import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Database } from '../db/database.ts';
import { sendJson } from './send-json.ts';

/** `GET /healthz`: 200 when the database answers a ping, 503 when it does not (load balancers read the status). */
export function healthzHandler(db: Database) {
  return async (_req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const up = await db.ping();
    sendJson(res, up ? 200 : 503, { status: up ? 'ok' : 'unavailable', database: up ? 'up' : 'down' });
  };
}
