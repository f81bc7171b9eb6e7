import type { IncomingMessage, ServerResponse } from 'node:http';

/** A page that is one element of the front end, talking to this server's `/graphql`. */
const page = (title: string, tag: string, script: string) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="referrer" content="no-referrer">
    <title>${title}</title>
    <style>body { margin: 0; background: #f9fafb; }</style>
  </head>
  <body>
    <${tag} endpoint="/graphql" page></${tag}>
    <script src="/${script}" defer></script>
  </body>
</html>
`;

/**
 * Serves a page under a strict Content-Security-Policy: its script only from here, no inline script, requests only
 * to this server, and no framing by other sites (the page holds a token).
 */
function servePage(html: string) {
  return async (_req: IncomingMessage, res: ServerResponse): Promise<void> => {
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy':
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    });
    res.end(html);
  };
}

/** `/dashboard`: the reports of a survey, for its owner or a read token's holder. */
export const dashboardPage = servePage(page('NPS dashboard', 'nps-dashboard', 'dashboard.js'));

/** `/console`: where a site owner sets surveys up (the admin, signed in by the link `./pnpmw start` prints). */
export const consolePage = servePage(page('NPS console', 'nps-console', 'console.js'));
