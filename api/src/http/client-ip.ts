import type { IncomingMessage } from 'node:http';

/**
 * The client's address. Behind a reverse proxy (`trustProxy`), the last address the proxy appended to
 * `X-Forwarded-For`; otherwise the socket's, since the header is the client's to forge.
 */
export function clientIp(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.headers['x-forwarded-for'];
    const last = (Array.isArray(forwarded) ? forwarded.join(',') : forwarded)?.split(',').at(-1)?.trim();
    if (last) return last;
  }
  return req.socket.remoteAddress ?? 'unknown';
}
