import type { IncomingMessage, ServerResponse } from 'node:http';

export const SESSION_COOKIE = 'nps_session';

/** The session cookie's value, if the request carries one. */
export function sessionCookie(req: IncomingMessage): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return value.join('=');
  }
  return undefined;
}

/**
 * Sets (or, with `maxAgeSeconds` 0, clears) the session cookie: `HttpOnly`, so no script reads it; `SameSite=Lax`,
 * so no other site's request carries it; `Secure` when the server is reached over https.
 */
export function setSessionCookie(
  res: ServerResponse,
  value: string,
  maxAgeSeconds: number,
  secure: boolean,
): void {
  res.setHeader(
    'set-cookie',
    `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure ? '; Secure' : ''}`,
  );
}

/**
 * Whether a request carrying the session cookie comes from this server's own pages: its `Origin` must be this
 * server's (browsers send it with every POST). Beside `SameSite` and Apollo's CSRF prevention, a third wall: a
 * cookie is never honoured for a page of another origin.
 */
export function fromOwnOrigin(
  req: IncomingMessage,
  publicOrigin: string | undefined,
  https: boolean,
): boolean {
  const origin = req.headers.origin;
  if (!origin) return false;
  if (publicOrigin && origin === publicOrigin) return true;
  return origin === `${https ? 'https' : 'http'}://${req.headers.host ?? ''}`;
}
