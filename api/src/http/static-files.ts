import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, relative, sep } from 'node:path';
import { lookup } from 'mrmime';
import { HttpError } from './errors.ts';

interface StaticFile {
  readonly headers: Readonly<Record<string, string>>;
  readonly etag: string;
  /** The bytes per `Content-Encoding`: `identity`, and `br` / `gzip` when the build wrote them. */
  readonly bodies: ReadonlyMap<string, Buffer>;
}

const ENCODINGS = { br: '.br', gzip: '.gz' } as const;
const HASHED = /-[0-9a-f]{10}\.js$/;

/** Every file of `folder` but dotfiles and precompressed copies, by URL path (`/widget/locales/el.json`). */
function readFolder(folder: string, files: Map<string, StaticFile>, maxAgeSeconds: number): void {
  const names = readdirSync(folder, { recursive: true, encoding: 'utf8' });
  for (const name of names) {
    const path = `/${relative(folder, join(folder, name)).split(sep).join('/')}`;
    if (files.has(path) || /\/\./.test(path) || /\.(br|gz)$/.test(path)) continue;
    const file = join(folder, name);
    if (!statSync(file).isFile()) continue;
    const body = readFileSync(file);
    const bodies = new Map([['identity', body]]);
    for (const [encoding, extension] of Object.entries(ENCODINGS)) {
      if (existsSync(file + extension)) bodies.set(encoding, readFileSync(file + extension));
    }
    files.set(path, {
      etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
      bodies,
      headers: {
        'content-type': lookup(path) ?? 'application/octet-stream',
        // A name with a hash of the content (`survey-0123abcdef.js`) never changes content: a year.
        'cache-control': HASHED.test(path)
          ? 'public,max-age=31536000,immutable'
          : `public,max-age=${maxAgeSeconds}`,
        vary: 'Accept-Encoding',
        // Public by design: any site may load the widget.
        'access-control-allow-origin': '*',
        'cross-origin-resource-policy': 'cross-origin',
        'x-content-type-options': 'nosniff',
      },
    });
  }
}

/**
 * Serves built folders (`widget/dist/widget.js` at `/widget.js`; the first folder holding a path wins) from memory:
 * read once at start, so a rebuild while the API runs can neither break a response nor crash the process (a
 * restart serves the new build). With the `.br` / `.gz` copies the build writes beside each file, strong ETags, and
 * a short cache, since the script tag's URL carries no version and a new build must reach visitors within minutes.
 * Folders that do not exist are skipped (an API deployed without the widget); with none, undefined.
 */
export function staticFiles(
  folders: readonly string[],
  maxAgeSeconds = 300,
): ((req: IncomingMessage, res: ServerResponse) => Promise<void>) | undefined {
  const files = new Map<string, StaticFile>();
  for (const folder of folders) if (existsSync(folder)) readFolder(folder, files, maxAgeSeconds);
  if (!files.size) return undefined;
  return async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const file = files.get(path);
    if (!file) throw new HttpError(404, `No such path: ${path}`);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      throw new HttpError(405, `${req.method} is not allowed here: use GET.`);
    }
    if (req.headers['if-none-match'] === file.etag) {
      res.writeHead(304, { etag: file.etag, 'cache-control': file.headers['cache-control'] });
      res.end();
      return;
    }
    const accepted = req.headers['accept-encoding'] ?? '';
    const encoding = (['br', 'gzip'] as const).find((e) => accepted.includes(e) && file.bodies.has(e));
    const body = file.bodies.get(encoding ?? 'identity') as Buffer;
    res.writeHead(200, {
      ...file.headers,
      etag: file.etag,
      'content-length': body.length,
      ...(encoding && { 'content-encoding': encoding }),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}
