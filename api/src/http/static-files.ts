import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import sirv, { type RequestHandler } from 'sirv';
import { HttpError } from './errors.ts';

/**
 * Serves built folders as they lie (`widget/dist/widget.js` at `/widget.js`), the first folder holding the path
 * wins: with the precompressed `.br` / `.gz` copies the build writes beside each file, ETags, and a short cache,
 * since the script tag's URL carries no version and a new build must reach visitors within minutes. Any site may
 * load these files: they are public by design. Folders that do not exist are skipped (an API deployed without
 * the widget); with none, undefined.
 */
export function staticFiles(
  folders: readonly string[],
  maxAgeSeconds = 300,
): ((req: IncomingMessage, res: ServerResponse) => Promise<void>) | undefined {
  const servers: RequestHandler[] = folders
    .filter((folder) => existsSync(folder))
    .map((folder) =>
      sirv(folder, {
        etag: true,
        brotli: true,
        gzip: true,
        maxAge: maxAgeSeconds,
        dotfiles: false,
        setHeaders: (res) => {
          res.setHeader('access-control-allow-origin', '*');
          res.setHeader('cross-origin-resource-policy', 'cross-origin');
          res.setHeader('x-content-type-options', 'nosniff');
        },
      }),
    );
  if (!servers.length) return undefined;
  return (req, res) =>
    new Promise((resolve, reject) => {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        reject(new HttpError(405, `${req.method} is not allowed here: use GET.`));
        return;
      }
      const tryFrom = (index: number): void => {
        const serve = servers[index];
        if (!serve) {
          reject(new HttpError(404, `No such path: ${new URL(req.url ?? '/', 'http://localhost').pathname}`));
          return;
        }
        // sirv answers from its index of the folder, made once, and streams the file.
        serve(req, res, () => tryFrom(index + 1));
      };
      res.once('close', () => resolve());
      res.once('error', reject);
      tryFrom(0);
    });
}
