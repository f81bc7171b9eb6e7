import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * CORS for /graphql. Any origin may call it: what an origin may do is decided per operation (the public ones
 * check the survey's allowed origins, the rest need a bearer token), and no cookies are ever used.
 * Answers a preflight itself; returns true when the request is fully handled.
 */
export function applyCors(req: IncomingMessage, res: ServerResponse): boolean {
  const origin = req.headers.origin;
  res.setHeader('vary', 'Origin');
  if (origin) {
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('access-control-expose-headers', 'retry-after');
  }
  if (req.method !== 'OPTIONS') return false;
  res.writeHead(204, {
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    'access-control-allow-headers':
      'content-type, authorization, apollo-require-preflight, x-apollo-operation-name',
    'access-control-max-age': '600',
  });
  res.end();
  return true;
}
