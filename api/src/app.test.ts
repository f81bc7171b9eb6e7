import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type App, type AppOptions, createApp } from './app.ts';
import { connectDatabase, type Database } from './db/database.ts';
import { type RunningFerretDB, startFerretDB } from './db/embedded/ferretdb-server.ts';
import { ADMIN_TOKEN } from './testing/app.ts';
import { openTestDatabase } from './testing/database.ts';

function create(db: Database, options: Partial<AppOptions> = {}): Promise<App> {
  return createApp({
    db,
    development: false,
    adminToken: ADMIN_TOKEN,
    rateLimits: { perIpPerMinute: 1000, perSiteKeyPerMinute: 1000 },
    log: () => {},
    ...options,
  });
}

async function serve(db: Database, staticDirs: string[] = []): Promise<{ app: App; url: string }> {
  const app = await create(db, { staticDirs });
  const url = await app.listen(0, '127.0.0.1');
  await app.start();
  return { app, url };
}

function graphql(url: string, query: string, headers: Record<string, string> = {}) {
  return fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
}

describe('the API over HTTP', () => {
  let db: Database;
  let app: App;
  let url: string;

  beforeAll(async () => {
    db = await openTestDatabase('app');
    ({ app, url } = await serve(db));
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('serves GraphQL at /graphql, with the schema loaded from schema/', async () => {
    const response = await graphql(url, '{ health { database } }');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { health: { database: true } } });
  });

  it('answers /readyz with 200 while the database answers, and /healthz with 200 while it serves', async () => {
    const response = await fetch(`${url}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'up' });
    expect(await (await fetch(`${url}/healthz`)).json()).toEqual({ status: 'alive' });
  });

  it('answers malformed JSON with 400', async () => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'The request body is not valid JSON.' });
  });

  it('answers an unknown path with 404', async () => {
    expect((await fetch(`${url}/nope`)).status).toBe(404);
  });
});

describe("the widget's files", () => {
  const script = 'console.log("widget")';
  let db: Database;
  let app: App;
  let url: string;
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'nps-static-'));
    await mkdir(join(folder, 'widget/locales'), { recursive: true });
    await writeFile(join(folder, 'widget.js'), script);
    await writeFile(join(folder, 'widget.js.br'), brotliCompressSync(script));
    await writeFile(join(folder, 'widget.js.gz'), gzipSync(script));
    await writeFile(join(folder, 'widget/locales/el.json'), '{"send":"Αποστολή"}');
    await writeFile(join(folder, '.secret'), 'not for the web');
    db = await openTestDatabase('static');
    ({ app, url } = await serve(db, [join(folder, 'missing'), folder]));
  });
  afterAll(async () => {
    await app.close();
    await db.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('serves /widget.js to any site, precompressed, cached for minutes and revalidated by ETag', async () => {
    const response = await fetch(`${url}/widget.js`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(script);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'content-type': 'text/javascript',
      'content-encoding': 'br',
      'access-control-allow-origin': '*',
      'cache-control': 'public,max-age=300',
      'x-content-type-options': 'nosniff',
      vary: 'Accept-Encoding',
    });
    const gzipped = await fetch(`${url}/widget.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    const etag = response.headers.get('etag') ?? '';
    const again = await fetch(`${url}/widget.js`, {
      headers: { 'accept-encoding': 'br, gzip', 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
  });

  it('serves the translations as JSON', async () => {
    const response = await fetch(`${url}/widget/locales/el.json`);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual({ send: 'Αποστολή' });
  });

  it('keeps serving what it read at start when the build is deleted or replaced under it', async () => {
    await rm(join(folder, 'widget.js'));
    await writeFile(join(folder, 'widget.js.br'), 'truncated');
    const response = await fetch(`${url}/widget.js`, { headers: { 'accept-encoding': 'br' } });
    expect(await response.text()).toBe(script);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });

  it('serves nothing outside the folder, no dotfiles, and only GET', async () => {
    expect((await fetch(`${url}/.secret`)).status).toBe(404);
    expect((await fetch(`${url}/%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404);
    expect((await fetch(`${url}/widget/locales/xx.json`)).status).toBe(404);
    expect((await fetch(`${url}/widget.js`, { method: 'POST', body: 'x' })).status).toBe(405);
    expect((await graphql(url, '{ __typename }')).status).toBe(200);
  });
});

describe('the GraphQL IDE', () => {
  /** Runs `check` against a started development app on a database of its own, then stops both. */
  async function inDevelopment(name: string, check: (url: string, db: Database) => Promise<void>) {
    const db = await openTestDatabase(name);
    const app = await create(db, { development: true });
    try {
      const url = await app.listen(0, '127.0.0.1');
      await app.start();
      await check(url, db);
    } finally {
      await app.close();
      await db.close();
    }
  }

  it('is served by the API itself in development, and never carries a secret, behind a proxy or not', () =>
    inDevelopment('ide', async (url) => {
      const { port } = new URL(url);
      const page = (headers: Record<string, string>) =>
        new Promise<string>((resolve, reject) => {
          request(
            { host: '127.0.0.1', port, path: '/graphql', headers: { accept: 'text/html', ...headers } },
            (res) => {
              let body = '';
              res.on('data', (chunk) => (body += chunk));
              res.on('end', () => resolve(body));
            },
          )
            .on('error', reject)
            .end();
        });
      // Opened on this machine; through nginx's plain `proxy_pass` (Host rewritten to the upstream, the visitor in
      // X-Forwarded-For); and by another name. The socket is loopback in every case.
      for (const headers of [
        { host: `127.0.0.1:${port}` },
        { host: `127.0.0.1:${port}`, 'x-forwarded-for': '203.0.113.9' },
        { host: 'nps.example.com', 'x-forwarded-for': '203.0.113.9' },
        { host: `localhost:${port}` },
      ]) {
        const html = await page(headers);
        expect(html).toContain('<script src="/ide.js" defer></script>');
        expect(html).not.toMatch(/https?:\/\//);
        expect(html).not.toContain(ADMIN_TOKEN);
        expect(html).not.toContain('nps-admin-token');
      }
    }));

  it('sends no stack trace and no internal message to a client, in development neither', () =>
    inDevelopment('ide_errors', async (url, db) => {
      // A failure the API did not expect: a survey stored in a shape no model writes.
      await db.connection
        .collection('surveys')
        .insertOne({ brand: ['not', 'a', 'string'], createdAt: new Date() });
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
        body: JSON.stringify({ query: '{ surveys { id brand } }' }),
      });
      const body = await response.text();
      expect(body).toContain('INTERNAL_SERVER_ERROR');
      expect(body).toContain('Internal server error.');
      expect(body).not.toContain('stacktrace');
      expect(body).not.toMatch(/\.ts:\d+/);
    }));

  it('is not served in production', async () => {
    const db = await openTestDatabase('no_ide');
    const { app, url } = await serve(db);
    try {
      const page = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
      expect(await page.text()).not.toContain('/ide.js');
    } finally {
      await app.close();
      await db.close();
    }
  });
});

describe('readiness, for load balancers', () => {
  it('says starting until the instance has started, and draining once it stops', async () => {
    const db = await openTestDatabase('readiness');
    const app = await create(db, { drainMs: 300 });
    try {
      const url = await app.listen(0, '127.0.0.1');
      const starting = await fetch(`${url}/readyz`);
      expect(starting.status).toBe(503);
      // Alive all the same: an orchestrator must not restart an instance that is starting.
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      expect(await starting.json()).toEqual({ status: 'starting', database: 'up' });
      expect((await graphql(url, '{ __typename }')).status).toBe(503);

      await app.start();
      expect((await fetch(`${url}/readyz`)).status).toBe(200);

      const closing = app.close();
      const draining = await fetch(`${url}/readyz`);
      expect(draining.status).toBe(503);
      expect(await draining.json()).toEqual({ status: 'draining', database: 'up' });
      await closing;
    } finally {
      await db.close();
    }
  });
});

describe('/readyz when the database goes away', () => {
  let dir: string;
  let server: RunningFerretDB;
  let db: Database;
  let app: App;
  let url: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'nps-healthz-'));
    const options = { binary: inject('ferretdbBinary'), dataDir: dir, log: () => {} };
    server = await startFerretDB(options);
    db = await connectDatabase(server.uri, 'healthz');
    ({ app, url } = await serve(db));
  });
  afterAll(async () => {
    await app.close();
    await db.close();
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('turns 503 when the database dies, and 200 again once it is back', async () => {
    process.kill(server.pid, 'SIGKILL');
    const down = await fetch(`${url}/readyz`);
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: 'unavailable', database: 'down' });

    server = await startFerretDB({
      binary: inject('ferretdbBinary'),
      dataDir: dir,
      port: server.port,
      log: () => {},
    });
    await expect.poll(async () => (await fetch(`${url}/readyz`)).status, { timeout: 15_000 }).toBe(200);
  });
});
