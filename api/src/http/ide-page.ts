import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * `GET /graphql` from a browser, in development: GraphiQL, bundled by the widget's build (`/ide.js`, `/ide.css`),
 * so it works with no network beyond this server. The page is the same for every request and carries no secret:
 * where a request comes from cannot be told behind a proxy, so the IDE asks for the token itself.
 */
export function idePage() {
  return (_req: IncomingMessage, res: ServerResponse): void => {
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
    <title>NPS API · GraphiQL</title>
    <link rel="stylesheet" href="/ide.css">
    <style>
      html, body, #ide { height: 100%; margin: 0; }
      .nps-ide-token { display: flex; gap: 0.75rem; align-items: end; padding: 2rem; font: 16px system-ui, sans-serif; }
      .nps-ide-token label { display: grid; gap: 0.25rem; }
      .nps-ide-token input, .nps-ide-token button { font: inherit; padding: 0.4rem 0.6rem; }
    </style>
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
