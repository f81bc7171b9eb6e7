import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError } from '../http/errors.ts';
import { BRAND, SHOP_PAGES, type ShopPage } from './shop-content.ts';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function render(page: ShopPage, siteKey: string, baseUrl: string): string {
  const links = SHOP_PAGES.map(
    (other) =>
      `<a href="${other.path}" lang="${other.lang}"${other === page ? ' aria-current="page"' : ''}>${escapeHtml(other.label)}</a>`,
  ).join('\n        ');
  const products = page.products
    .map((p) => `<li><span>${escapeHtml(p.name)}</span> <strong>${escapeHtml(p.price)}</strong></li>`)
    .join('\n        ');
  const market = page.market ? ` data-market="${page.market}"` : '';
  return `<!doctype html>
<html lang="${page.lang}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${escapeHtml(BRAND)}: ${escapeHtml(page.title)}</title>
    <style>
      body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: #1f2937; background: #faf7f2; }
      header, main { max-width: 760px; margin: 0 auto; padding: 16px; }
      header { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: baseline; }
      header strong { font-size: 1.25em; margin-right: auto; }
      nav { display: flex; flex-wrap: wrap; gap: 4px 12px; font-size: 0.9em; }
      a { color: #7c2d12; }
      a[aria-current] { font-weight: 600; text-decoration: none; }
      ul { padding: 0; list-style: none; }
      li { display: flex; justify-content: space-between; padding: 12px 0; border-bottom: 1px solid #e7e0d6; }
      .note { color: #6b7280; font-size: 0.9em; }
      /* A long word (Greek's "Φρεσκοκαβουρδισμένος") breaks, hyphenated in the page's language, rather than overflow. */
      h1 { overflow-wrap: anywhere; hyphens: auto; }
    </style>
  </head>
  <body>
    <header>
      <strong>${escapeHtml(BRAND)}</strong>
      <nav>
        ${links}
      </nav>
    </header>
    <main>
      <h1>${escapeHtml(page.title)}</h1>
      <p>${escapeHtml(page.intro)}</p>
      <ul>
        ${products}
      </ul>
      <p class="note">${escapeHtml(page.note)}</p>
    </main>
    <script src="${baseUrl}/widget.js" data-site-key="${escapeHtml(siteKey)}"${market} data-delay="800" async></script>
  </body>
</html>
`;
}

/**
 * The demo shop's pages, each embedding the widget with the one-line script tag a site owner pastes, under a
 * strict Content-Security-Policy (the widget needs no inline script, no eval and no third-party origin).
 * `site` is asked for at each request: the site key and address are known only once the server listens.
 */
export function shopRoutes(site: () => { readonly siteKey: string; readonly baseUrl: string }) {
  return Object.fromEntries(
    SHOP_PAGES.map((page) => [
      page.path,
      async (_req: IncomingMessage, res: ServerResponse) => {
        const { siteKey, baseUrl } = site();
        if (!siteKey) throw new HttpError(503, 'The demo shop is starting.');
        res.writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy':
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; img-src 'self' data:",
          'cache-control': 'no-cache',
        });
        res.end(render(page, siteKey, baseUrl));
      },
    ]),
  );
}
