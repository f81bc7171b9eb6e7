import type { IncomingMessage, ServerResponse } from 'node:http';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether a request comes from this machine, to this machine by name (not a page that rebound a DNS name to it). */
function fromThisMachine(req: IncomingMessage): boolean {
  const host = new URL(`http://${req.headers.host ?? 'invalid'}`).hostname;
  return LOOPBACK.has(req.socket.remoteAddress ?? '') && LOCAL_HOSTS.has(host);
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * `GET /graphql` from a browser, in development: GraphiQL, bundled by the widget's build (`/ide.js`, `/ide.css`),
 * so it works with no network beyond this server. Opened from this machine, the page carries the admin token, which
 * the IDE sends with every request; from anywhere else, the visitor types their own.
 */
export function idePage(adminToken: string) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const token = fromThisMachine(req)
      ? `\n    <meta name="nps-admin-token" content="${escapeAttribute(adminToken)}">`
      : '';
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy':
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'",
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
    });
    res.end(`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>NPS API · GraphiQL</title>${token}
    <link rel="stylesheet" href="/ide.css">
    <style>html, body, #ide { height: 100%; margin: 0; }</style>
  </head>
  <body>
    <div id="ide"></div>
    <script src="/ide.js" defer></script>
  </body>
</html>
`);
  };
}

/** A browser asking for a page (not a GraphQL client asking over GET). */
export function wantsPage(req: IncomingMessage): boolean {
  return req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
}
