import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AuthService } from '../auth/auth.ts';
import type { Metrics } from '../services/metrics.ts';
import { sendJson } from './send-json.ts';

/**
 * `GET /metrics` in Prometheus' text format, for the admin token only (`Authorization: Bearer ...`, which
 * Prometheus sends with `authorization.credentials`): the figures tell traffic and survey activity, which are not
 * public, and one port is simpler to run than two.
 */
export function metricsHandler(metrics: Metrics, auth: AuthService) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const who = await auth.authenticate(req.headers.authorization);
    if (who.kind !== 'admin') {
      sendJson(res, who.kind === 'survey' ? 403 : 401, { error: 'The metrics need the admin token.' });
      return;
    }
    const body = await metrics.registry.metrics();
    res.writeHead(200, { 'content-type': metrics.registry.contentType, 'cache-control': 'no-store' });
    res.end(body);
  };
}
