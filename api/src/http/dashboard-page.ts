import type { IncomingMessage, ServerResponse } from 'node:http';

/** The page `/dashboard`: `<nps-dashboard>` alone, talking to this server's `/graphql`. */
const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="referrer" content="no-referrer">
    <title>NPS dashboard</title>
    <style>body { margin: 0; background: #f9fafb; }</style>
  </head>
  <body>
    <nps-dashboard endpoint="/graphql" page></nps-dashboard>
    <script src="/dashboard.js" defer></script>
  </body>
</html>
`;

/**
 * Serves the dashboard page under a strict Content-Security-Policy: its script only from here, no inline script,
 * requests only to this server, and no framing by other sites (the page holds a read token).
 */
export async function dashboardPage(_req: IncomingMessage, res: ServerResponse): Promise<void> {
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy':
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  });
  res.end(PAGE);
}
