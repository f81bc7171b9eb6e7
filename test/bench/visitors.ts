import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, CDPSession, Page, Request } from 'playwright-core';
import { createSurvey, freePort, graphql } from '../product.ts';
import { median } from './stats.ts';

/**
 * What a survey costs the visitors of a page, ours beside PostHog's, in the same run, on the same page, with the same
 * throttling: bytes over the wire and requests (the page itself left out), time from the script's request to a
 * survey ready to answer, the longest task, and the main-thread time the script adds to the page (script, style and
 * layout time, less that of the same page without it: Chromium's `Performance.getMetrics`). For a visitor who is drawn and one who is not (PostHog samples with a feature
 * flag: the survey's `linked_flag_key`, false for the visitor not drawn).
 *
 * PostHog runs from the `posthog-js` npm package (`dist/array.js`, and `dist/surveys.js`, which it loads itself),
 * against a stand-in of its endpoints in this process: remote config (surveys on), flags, the survey list, and
 * event capture answered with 200. Its files are sent brotli-compressed, as its CDN does, and ours as our server does.
 */
const require = createRequire(import.meta.url);
const posthogDist = dirname(require.resolve('posthog-js/dist/array.js'));

const QUESTION = 'How likely are you to recommend Aegean Roasters to a friend or colleague?';
const SHOP = `<h1>Aegean Roasters</h1><p>Freshly roasted, shipped to your door.</p>
  <ul><li>Ethiopia Guji, 250 g</li><li>Colombia Huila, 250 g</li><li>House espresso blend, 1 kg</li></ul>`;

/** The NPS survey as PostHog defines it: a popover with one 0-10 rating question, shown to flagged visitors. */
const POSTHOG_SURVEY = {
  id: '0190a3d6-0000-7000-8000-000000000001',
  name: 'NPS',
  type: 'popover',
  questions: [
    {
      id: 'q1',
      type: 'rating',
      question: QUESTION,
      display: 'number',
      scale: 10,
      lowerBoundLabel: 'Not at all likely',
      upperBoundLabel: 'Extremely likely',
    },
  ],
  conditions: null,
  appearance: null,
  start_date: '2026-01-01T00:00:00Z',
  end_date: null,
  linked_flag_key: 'nps-sample',
  targeting_flag_key: null,
  internal_targeting_flag_key: null,
  current_iteration: null,
  current_iteration_start_date: null,
  schedule: 'once',
};

async function sendFile(req: IncomingMessage, res: ServerResponse, file: string, type: string) {
  const body = await readFile(file);
  const accepts = String(req.headers['accept-encoding'] ?? '');
  const [encoding, bytes] = accepts.includes('br')
    ? ['br', brotliCompressSync(body)]
    : accepts.includes('gzip')
      ? ['gzip', gzipSync(body)]
      : ['identity', body];
  res.writeHead(200, {
    'content-type': type,
    'content-encoding': encoding,
    'access-control-allow-origin': '*',
    'cache-control': 'public, max-age=3600',
  });
  res.end(bytes);
}

function json(res: ServerResponse, body: unknown, type = 'application/json') {
  res.writeHead(200, { 'content-type': type, 'access-control-allow-origin': '*' });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

/**
 * PostHog's endpoints, as far as a page with a survey uses them, under `/drawn` or `/not-drawn` (the `api_host` the
 * page gives), which says whether the flag that samples visitors is on.
 */
function posthogStandIn(): Server {
  return createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const drawn = url.pathname.startsWith('/drawn/');
    url.pathname = url.pathname.replace(/^\/(drawn|not-drawn)/, '');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'access-control-allow-origin': '*',
        'access-control-allow-headers': '*',
        'access-control-allow-methods': 'GET, POST',
      });
      res.end();
      return;
    }
    // `/static/surveys.js`, or `/static/<version>/surveys.js` (its versioned path).
    const file = /^\/static\/(?:[\d.]+\/)?([\w.-]+\.js)$/.exec(url.pathname)?.[1];
    if (file) {
      const path = join(posthogDist, file);
      if (await stat(path).catch(() => undefined)) return sendFile(req, res, path, 'text/javascript');
      res.writeHead(404).end();
      return;
    }
    const config = { surveys: true, supportedCompression: [], autocapture_opt_out: true, heatmaps: false };
    if (/^\/array\/[\w]+\/config$/.test(url.pathname)) return json(res, config);
    const token = /^\/array\/(\w+)\/config\.js$/.exec(url.pathname)?.[1];
    if (token) {
      const remote = JSON.stringify({ [token]: { config } });
      return json(res, `window._POSTHOG_REMOTE_CONFIG = ${remote};`, 'text/javascript');
    }
    if (url.pathname.startsWith('/flags')) {
      return json(res, {
        ...config,
        featureFlags: { 'nps-sample': drawn },
        featureFlagPayloads: {},
        flags: { 'nps-sample': { key: 'nps-sample', enabled: drawn, variant: null } },
        errorsWhileComputingFlags: false,
      });
    }
    if (url.pathname.startsWith('/api/surveys')) return json(res, { surveys: [POSTHOG_SURVEY] });
    // Events, logs, recordings: taken and dropped.
    req.resume();
    json(res, { status: 1 });
  });
}

type Product = 'ours' | 'PostHog';

/** The same shop page, with our script tag or PostHog's snippet (loaded async, then `posthog.init`). */
function pages(api: string, posthog: string, siteKeys: { drawn: string; notDrawn: string }): Server {
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const drawn = url.searchParams.get('drawn') === '1';
    const product = url.searchParams.get('product');
    const script =
      product === 'ours'
        ? `<script src="${api}/widget.js" data-site-key="${drawn ? siteKeys.drawn : siteKeys.notDrawn}" async></script>`
        : product === 'PostHog'
          ? `<script src="${posthog}/static/array.js" async onload="posthog.init('phc_bench', {
               api_host: '${posthog}/${drawn ? 'drawn' : 'not-drawn'}', autocapture: false, capture_pageview: false, capture_pageleave: false,
               disable_session_recording: true, persistence: 'localStorage', opt_out_useragent_filter: true,
               })"></script>`
          : '';
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(
      `<!doctype html><html lang="en"><meta charset="utf-8"><title>Shop</title><body>${SHOP}${script}</body></html>`,
    );
  });
}

/** `performance.now()` when a visible button "10" is in the page, shadow roots included: a survey ready to answer. */
function interactiveAt(): number | false {
  const find = (root: Document | ShadowRoot): boolean =>
    [...root.querySelectorAll('*')].some(
      (el) =>
        (el.matches('button, [role="radio"]') &&
          el.textContent?.trim() === '10' &&
          el.getClientRects().length > 0 &&
          !el.closest('[hidden]')) ||
        (!!el.shadowRoot && find(el.shadowRoot)),
    );
  return find(document) ? performance.now() : false;
}

interface Sample {
  bytes: number;
  requests: number;
  /** From the script's request to a survey ready to answer; null for a visitor not drawn. */
  interactiveMs: number | null;
  longestTaskMs: number;
  /** Main-thread time of the whole page until settled: scripts, style and layout. */
  taskMs: number;
}

async function sample(page: Page, cdp: CDPSession, url: string, drawn: boolean, scriptName: string) {
  let bytes = 0;
  let requests = 0;
  const done: Promise<void>[] = [];
  const onFinished = (request: Request) => {
    if (request.resourceType() === 'document') return;
    requests += 1;
    const counted = request.sizes().then((sizes) => {
      bytes += sizes.responseBodySize + sizes.responseHeadersSize;
    });
    done.push(counted.catch(() => {}));
  };
  page.on('requestfinished', onFinished);
  await page.goto(url);
  let interactiveMs: number | null = null;
  if (drawn) {
    const at = (await (
      await page.waitForFunction(interactiveAt, undefined, { polling: 'raf', timeout: 30_000 })
    ).jsonValue()) as number;
    const start = await page.evaluate(
      (name) =>
        (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((e) =>
          e.name.includes(name),
        )?.startTime ?? 0,
      scriptName,
    );
    interactiveMs = at - start;
  }
  // Settled: whatever the script does after its decision (events, extensions) is counted too.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1000);
  await Promise.all(done);
  page.off('requestfinished', onFinished);
  const longestTaskMs = await page.evaluate(() =>
    Math.max(0, ...(window as unknown as { __tasks: number[] }).__tasks),
  );
  const { metrics } = await cdp.send('Performance.getMetrics');
  // Not `TaskDuration`, which also counts the renderer's own network and IPC tasks, whoever caused them.
  const taskMs =
    ['ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration']
      .map((name) => metrics.find((m) => m.name === name)?.value ?? 0)
      .reduce((a, b) => a + b, 0) * 1000;
  return { bytes, requests, interactiveMs, longestTaskMs, taskMs } satisfies Sample;
}

/** A fresh context and page, its long tasks recorded in `window.__tasks`, with Lighthouse's mobile throttling. */
export async function throttledContext(
  browser: Browser,
  throttled: boolean,
): Promise<{ context: BrowserContext; page: Page; cdp: CDPSession }> {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const tasks: number[] = [];
    new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration))).observe({
      type: 'longtask',
      buffered: true,
    });
    Object.assign(window, { __tasks: tasks });
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Network.enable');
  if (throttled) {
    // Lighthouse's mobile throttling: 4× slower CPU, 150 ms round trips, 1.6 Mbit/s down.
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
  }
  return { context, page, cdp };
}

/**
 * Runs the comparison: each product × drawn or not × unthrottled or mobile, `runs` first visits (empty cache and
 * storage, each in a fresh browser context) and `runs` repeat visits (the same context again), medians.
 */
export async function visitorsBench(
  browser: Browser,
  api: {
    url: string;
    siteKeys: { drawn: string; notDrawn: string };
    allowOrigin: (origin: string) => Promise<void>;
  },
  runs = 5,
) {
  const posthog = posthogStandIn();
  const posthogPort = await freePort();
  await new Promise<void>((done) => posthog.listen(posthogPort, '127.0.0.1', done));
  const posthogUrl = `http://127.0.0.1:${posthogPort}`;
  const site = pages(api.url, posthogUrl, api.siteKeys);
  const sitePort = await freePort();
  await new Promise<void>((done) => site.listen(sitePort, '127.0.0.1', done));
  const siteUrl = `http://127.0.0.1:${sitePort}`;
  await api.allowOrigin(siteUrl);
  const rows: Record<string, string | number>[] = [];
  try {
    for (const throttled of [false, true]) {
      // The page alone: what the scripts' main-thread time is measured against.
      const baseline: number[] = [];
      for (let run = 0; run < runs; run++) {
        const { context, page, cdp } = await throttledContext(browser, throttled);
        baseline.push((await sample(page, cdp, `${siteUrl}/?product=none`, false, '')).taskMs);
        await context.close();
      }
      for (const product of ['ours', 'PostHog'] as Product[]) {
        for (const drawn of [true, false]) {
          for (const visit of ['first', 'repeat'] as const) {
            const samples: Sample[] = [];
            for (let run = 0; run < runs; run++) {
              const { context, page, cdp } = await throttledContext(browser, throttled);
              const url = `${siteUrl}/?product=${product}&drawn=${drawn ? 1 : 0}`;
              const script = product === 'ours' ? '/widget.js' : '/static/array.js';
              if (visit === 'repeat') {
                await sample(page, cdp, url, drawn, script);
                // A repeat visit of someone who was asked has answered or closed it: look at the cost of the script.
                const fresh = await context.newPage();
                const freshCdp = await context.newCDPSession(fresh);
                await freshCdp.send('Performance.enable');
                samples.push(await sample(fresh, freshCdp, url, false, script));
              } else {
                samples.push(await sample(page, cdp, url, drawn, script));
              }
              await context.close();
            }
            const interactive = samples.map((s) => s.interactiveMs).filter((v): v is number => v !== null);
            rows.push({
              throttling: throttled ? 'mobile' : 'none',
              product,
              visitor: drawn ? 'drawn' : 'not drawn',
              visit,
              'KB over the wire': Number((median(samples.map((s) => s.bytes)) / 1024).toFixed(1)),
              requests: median(samples.map((s) => s.requests)),
              'script → interactive (ms)': interactive.length ? Math.round(median(interactive)) : '–',
              'longest task (ms)': Math.round(median(samples.map((s) => s.longestTaskMs))),
              'main-thread time added (ms)': Math.max(
                0,
                Math.round(median(samples.map((s) => s.taskMs)) - median(baseline)),
              ),
            });
          }
        }
      }
    }
  } finally {
    await new Promise<void>((done) => posthog.close(() => done()));
    await new Promise<void>((done) => site.close(() => done()));
  }
  return rows;
}

/** Formbricks' published bundles, gzipped: its loader (`@formbricks/js`) and its survey UI (`@formbricks/surveys`). */
export async function formbricksSizes() {
  const gz = async (file: string) => gzipSync(await readFile(file), { level: 9 }).length;
  const loader = await gz(require.resolve('@formbricks/js'));
  const surveys = await gz(join(dirname(require.resolve('@formbricks/surveys')), 'index.umd.js'));
  return { loader, surveys };
}

/** PostHog's figure over ours, per row pair: how many times more a visitor pays with PostHog. */
export function ratios(rows: Record<string, string | number>[]) {
  const ours = rows.filter((row) => row['product'] === 'ours');
  return ours.map((row) => {
    const theirs = rows.find(
      (other) =>
        other['product'] === 'PostHog' &&
        other['throttling'] === row['throttling'] &&
        other['visitor'] === row['visitor'] &&
        other['visit'] === row['visit'],
    );
    const ratio = (key: string) => {
      const a = Number(row[key]);
      const b = Number(theirs?.[key]);
      return Number.isFinite(a) && Number.isFinite(b) && a > 0 ? `${(b / a).toFixed(1)}×` : '–';
    };
    return {
      throttling: row['throttling'],
      visitor: row['visitor'],
      visit: row['visit'],
      'bytes: PostHog / ours': ratio('KB over the wire'),
      'requests: PostHog / ours': ratio('requests'),
      'time to interactive: PostHog / ours': ratio('script → interactive (ms)'),
      'main-thread time: PostHog / ours': ratio('main-thread time added (ms)'),
    };
  });
}

/** Two surveys on the product at `url`, one drawing every visitor and one none, then the comparison. */
export async function compareVisitors(url: string, dir: string, chromium: Browser) {
  const token = (await readFile(join(dir, 'admin-token'), 'utf8')).trim();
  const base = { brand: 'Aegean Roasters', languages: ['en'], markets: ['US'], allowedOrigins: [] };
  const drawn = await createSurvey(url, token, { ...base, sampleRate: 1 });
  const notDrawn = await createSurvey(url, token, { ...base, sampleRate: 0 });
  const rows = await visitorsBench(
    chromium,
    {
      url,
      siteKeys: { drawn: drawn.siteKey, notDrawn: notDrawn.siteKey },
      allowOrigin: async (origin) => {
        for (const survey of [drawn, notDrawn]) {
          await graphql(
            url,
            'mutation ($id: ID!, $input: UpdateSurveyInput!) { updateSurvey(id: $id, input: $input) { id } }',
            { id: survey.id, input: { allowedOrigins: [origin] } },
            { authorization: `Bearer ${token}` },
          );
        }
      },
    },
    Number(process.env['BENCH_RUNS'] ?? 5),
  );
  return { rows, formbricks: await formbricksSizes() };
}
