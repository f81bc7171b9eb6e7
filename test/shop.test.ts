import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mk } from '../widget/src/i18n/locales/mk.ts';
import { launchChromium } from './browser.ts';
import { freePort, type Product, startProduct } from './product.ts';

/**
 * The product as a newcomer starts it (fresh database, demo shop), answered by visitors in headless Chromium, then
 * read back through GraphQL with a read token. The tests run in order: the reports check what the visitors gave.
 */
let dataDir: string;
let port: number;
let product: Product;
let browser: Browser;
let siteKey: string;
let surveyId: string;
let readToken: string;

async function graphql<T>(query: string, variables: object, token: string): Promise<T> {
  const response = await fetch(`${product.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

interface Visitor {
  readonly path: string;
  readonly language: string;
  readonly market: string;
  readonly score: number;
  readonly comment?: string;
  readonly input: 'mouse' | 'keyboard';
}

/** What the visitors gave: each row one answer stored. */
const given: { language: string; market: string; score: number }[] = [];

const VISITORS: readonly Visitor[] = [
  { path: '/', language: 'en', market: 'US', score: 10, comment: 'Lovely <b>beans</b>', input: 'mouse' },
  { path: '/', language: 'en', market: 'US', score: 3, comment: 'Late again', input: 'keyboard' },
  { path: '/id/', language: 'id', market: 'ID', score: 9, input: 'keyboard' },
  { path: '/id/', language: 'id', market: 'ID', score: 6, comment: 'Ongkir mahal', input: 'mouse' },
  { path: '/mk/', language: 'mk', market: 'MK', score: 8, comment: 'Добро', input: 'mouse' },
  { path: '/ro/', language: 'ro', market: 'RO', score: 7, input: 'keyboard' },
  { path: '/el/', language: 'el', market: 'GR', score: 10, comment: 'Τέλειο', input: 'mouse' },
  { path: '/el-cy/', language: 'el', market: 'CY', score: 2, comment: 'Πολύ αργά', input: 'keyboard' },
  { path: '/el-cy/', language: 'el', market: 'CY', score: 9, input: 'mouse' },
  { path: '/tr/', language: 'tr', market: 'TR', score: 0, comment: 'Kargo gelmedi', input: 'keyboard' },
];

async function openShop(path: string): Promise<{ context: BrowserContext; page: Page; warnings: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const warnings: string[] = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  page.on('pageerror', (error) => warnings.push(`uncaught: ${error.message}`));
  await page.goto(`${product.url}${path}`);
  return { context, page, warnings };
}

const survey = (page: Page) => page.locator('nps-survey');

async function answer(page: Page, visitor: Visitor, { acknowledged = true } = {}): Promise<void> {
  const scale = survey(page).getByRole('radiogroup');
  await scale.waitFor();
  if (visitor.input === 'mouse') {
    await scale.getByRole('radio').nth(visitor.score).click();
  } else {
    await scale.getByRole('radio').first().focus();
    for (let i = 0; i < visitor.score; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
  }
  const field = survey(page).getByRole('textbox');
  await field.waitFor();
  if (visitor.input === 'keyboard') {
    expect(await field.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    await page.keyboard.type(visitor.comment ?? '');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
  } else {
    if (visitor.comment) await field.fill(visitor.comment);
    await survey(page).locator('[part~="primary"]').click();
  }
  await survey(page).locator('[role="status"]').filter({ hasText: /\S/ }).waitFor();
  // The thanks come at once; the answer is stored once the API acknowledged it (nothing left in the outbox). The
  // visitor's context is closed after that: closing a context drops its requests, which closing a page does not.
  if (!acknowledged) return;
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('nps-survey:outbox')), { timeout: 10_000 })
    .toBeNull();
}

async function storedCount(): Promise<number> {
  const { nps } = await graphql<{ nps: { overall: { responses: number } } }>(
    'query ($id: ID!) { nps(surveyId: $id) { overall { responses } } }',
    { id: surveyId },
    readToken,
  );
  return nps.overall.responses;
}

async function waitFor(condition: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'nps-e2e-shop-'));
  port = await freePort();
  product = await startProduct(dataDir, port);
  browser = await launchChromium();
  siteKey = /site key (pk_\w+)/.exec(product.output())?.[1] ?? '';
  surveyId = (JSON.parse(await readFile(join(dataDir, 'demo-survey.json'), 'utf8')) as { id: string }).id;
  const admin = (await readFile(join(dataDir, 'admin-token'), 'utf8')).trim();
  const { createReadToken } = await graphql<{ createReadToken: { token: string } }>(
    'mutation ($id: ID!) { createReadToken(surveyId: $id, label: "e2e dashboard") { token } }',
    { id: surveyId },
    admin,
  );
  readToken = createReadToken.token;
});

afterAll(async () => {
  await browser?.close();
  product?.process.kill('SIGTERM');
  await product?.exited;
  await rm(dataDir, { recursive: true, force: true });
});

describe('the start command', () => {
  it('prints the demo shop with its site key, the GraphQL endpoint, health and the admin token', () => {
    const output = product.output();
    expect(siteKey).toMatch(/^pk_/);
    for (const line of ['Demo shop:', 'GraphQL:', 'Health:', 'Admin token:']) expect(output).toContain(line);
  });

  it('serves the demo pages with the one-line script tag, under a strict CSP', async () => {
    const response = await fetch(`${product.url}/tr/`);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await response.text()).toContain(
      `<script src="${product.url}/widget.js" data-site-key="${siteKey}" data-market="TR" data-delay="800" async></script>`,
    );
  });

  it('serves GraphiQL at /graphql with nothing from outside: it asks for the token, then sends it with every request', async () => {
    const admin = (await readFile(join(dataDir, 'admin-token'), 'utf8')).trim();
    const context = await browser.newContext();
    const page = await context.newPage();
    const outside: string[] = [];
    const sent: (string | undefined)[] = [];
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname !== '127.0.0.1') {
        outside.push(url.href);
        return route.abort();
      }
      if (url.pathname === '/graphql' && route.request().method() === 'POST') {
        sent.push(route.request().headers()['authorization']);
      }
      return route.continue();
    });
    await page.goto(`${product.url}/graphql`);
    expect(await page.content()).not.toContain(admin);
    await page.getByLabel('Token').fill(admin);
    await page.getByRole('button', { name: 'Open the IDE' }).click();
    await page.locator('.graphiql-container').waitFor();
    // GraphiQL reads the schema on load, with the headers it was given.
    await expect.poll(() => sent.length).toBeGreaterThan(0);
    expect(sent[0]).toBe(`Bearer ${admin}`);
    expect(outside).toEqual([]);
    await context.close();
  });
});

describe('visitors answering in the demo shop', () => {
  for (const visitor of VISITORS) {
    it(`answers ${visitor.score} in ${visitor.language} from ${visitor.market} with the ${visitor.input}`, async () => {
      const { context, page, warnings } = await openShop(visitor.path);
      await answer(page, visitor);
      given.push({ language: visitor.language, market: visitor.market, score: visitor.score });
      expect(await survey(page).locator('[role="dialog"]').getAttribute('lang')).toBe(visitor.language);
      expect(warnings).toEqual([]);
      await context.close();
    });
  }

  it('stores nothing for a visitor who dismisses the survey', async () => {
    const before = await storedCount();
    const { context, page } = await openShop('/ro/');
    await survey(page).getByRole('radiogroup').waitFor();
    await survey(page).locator('[part="close"]').click();
    expect(await survey(page).isHidden()).toBe(true);
    await page.waitForTimeout(500);
    expect(await storedCount()).toBe(before);
    await context.close();
  });

  it('keeps an answer while the API cannot be reached, then stores it exactly once', async () => {
    const { context, page } = await openShop('/mk/');
    let blocked = 0;
    await context.route('**/graphql', (route) => {
      if (route.request().postData()?.includes('submitResponse')) {
        blocked += 1;
        return route.abort('internetdisconnected');
      }
      return route.continue();
    });
    const before = await storedCount();
    await answer(
      page,
      {
        path: '/mk/',
        language: 'mk',
        market: 'MK',
        score: 5,
        comment: 'Доцна',
        input: 'mouse',
      },
      { acknowledged: false },
    );
    expect(blocked).toBeGreaterThan(0);
    await survey(page).getByText(mk.savedOffline).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('nps-survey:outbox'))).toContain('Доцна');
    await context.unroute('**/graphql');
    given.push({ language: 'mk', market: 'MK', score: 5 });
    await waitFor(async () => (await storedCount()) === before + 1, 30_000, 'the queued answer');
    await waitFor(
      async () => (await page.evaluate(() => localStorage.getItem('nps-survey:outbox'))) === null,
      30_000,
      'the queue to empty',
    );
    await page.waitForTimeout(1_000);
    expect(await storedCount()).toBe(before + 1);
    await context.close();
  });
});

describe('what the dashboards read', () => {
  type Score = {
    responses: number;
    promoters: number;
    passives: number;
    detractors: number;
    nps: number | null;
    hidden: boolean;
  };
  const SCORE = 'responses promoters passives detractors nps hidden';
  /** The survey's minimum of answers for a segment's NPS (the default). */
  const MIN_RESPONSES = 30;

  function expected(rows: typeof given): Score {
    const promoters = rows.filter((r) => r.score >= 9).length;
    const detractors = rows.filter((r) => r.score <= 6).length;
    const passives = rows.length - promoters - detractors;
    return {
      responses: rows.length,
      promoters,
      passives,
      detractors,
      nps: ((promoters - detractors) / rows.length) * 100,
      hidden: false,
    };
  }

  async function report(groupBy: string[]) {
    const { nps } = await graphql<{
      nps: { overall: Score; segments: { language: string | null; market: string | null; score: Score }[] };
    }>(
      `query ($id: ID!, $groupBy: [NpsDimension!]) {
        nps(surveyId: $id, groupBy: $groupBy) { overall { ${SCORE} } segments { language market score { ${SCORE} } } }
      }`,
      { id: surveyId, groupBy },
      readToken,
    );
    return nps;
  }

  it('reports NPS overall as the visitors gave it', async () => {
    const { overall } = await report([]);
    const { nps, ...counts } = expected(given);
    expect(overall.responses).toBe(given.length);
    expect(overall).toMatchObject(counts);
    expect(overall.nps).toBeCloseTo(nps ?? 0, 9);
  });

  for (const [groupBy, key] of [
    [['LANGUAGE'], (r: { language: string }) => r.language],
    [['MARKET'], (r: { market: string }) => r.market],
    [['LANGUAGE', 'MARKET'], (r: { language: string; market: string }) => `${r.language}|${r.market}`],
  ] as const) {
    it(`reports NPS by ${groupBy.join(' × ').toLowerCase()}`, async () => {
      const { segments } = await report([...groupBy]);
      const keys = [...new Set(given.map((r) => key(r as never)))].sort();
      const got = Object.fromEntries(
        segments.map((s) => [
          groupBy.length === 2 ? `${s.language}|${s.market}` : (s.language ?? s.market),
          s.score,
        ]),
      );
      expect(Object.keys(got).sort()).toEqual(keys);
      for (const k of keys) {
        const { nps, hidden: _, ...counts } = expected(given.filter((r) => key(r as never) === k));
        expect(got[k], k).toMatchObject(counts);
        // A segment of fewer answers than the survey's minimum has its counts, and no NPS to over-read.
        if (counts.responses < MIN_RESPONSES) expect(got[k], k).toMatchObject({ nps: null, hidden: true });
        else expect(got[k]?.nps, k).toBeCloseTo(nps ?? 0, 9);
      }
    });
  }

  it('puts every detractor in the follow-up queue, and the comment comes back as the text written', async () => {
    const { followUpQueue } = await graphql<{
      followUpQueue: { response: { score: number; comment: string | null; language: string } }[];
    }>(
      'query ($id: ID!) { followUpQueue(surveyId: $id) { response { score comment language } } }',
      { id: surveyId },
      readToken,
    );
    expect(followUpQueue.map((t) => t.response.score).sort((a, b) => a - b)).toEqual(
      given
        .filter((r) => r.score <= 6)
        .map((r) => r.score)
        .sort((a, b) => a - b),
    );
    const { responses } = await graphql<{ responses: { edges: { node: { comment: string | null } }[] } }>(
      'query ($id: ID!) { responses(surveyId: $id, first: 50) { edges { node { comment } } } }',
      { id: surveyId },
      readToken,
    );
    expect(responses.edges.map((e) => e.node.comment)).toContain('Lovely <b>beans</b>');
  });
});

describe('hostile and broken paths', () => {
  let other: Server;
  let otherUrl: string;

  beforeAll(async () => {
    // Another site: the same script tag, on an origin the survey does not allow.
    other = createServer((req, res) => {
      const key = req.url?.includes('wrong') ? 'pk_doesnotexist000000000000' : siteKey;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        `<!doctype html><html lang="en"><title>Other</title><h1 id="own">Their page</h1>
         <script src="${product.url}/widget.js" data-site-key="${key}" async></script>`,
      );
    });
    const otherPort = await freePort();
    await new Promise<void>((done) => other.listen(otherPort, '127.0.0.1', done));
    otherUrl = `http://127.0.0.1:${otherPort}`;
  });
  afterAll(() => new Promise<void>((done) => other.close(() => done())));

  async function visitOther(path: string): Promise<string[]> {
    const context = await browser.newContext();
    const page = await context.newPage();
    const warnings: string[] = [];
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    page.on('pageerror', (error) => warnings.push(`uncaught: ${error.message}`));
    await page.goto(`${otherUrl}${path}`);
    await expect.poll(() => warnings.length, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.locator('#own').textContent()).toBe('Their page');
    expect(await page.locator('nps-survey').isHidden()).toBe(true);
    await context.close();
    return warnings;
  }

  it('shows nothing on an origin the survey does not allow, and says why on the console', async () => {
    const before = await storedCount();
    const warnings = await visitOther('/');
    expect(warnings).toEqual([expect.stringMatching(/nps-survey: the survey cannot be shown .*origin/)]);
    expect(await storedCount()).toBe(before);
  });

  it('shows nothing for a wrong site key, and says why on the console', async () => {
    const warnings = await visitOther('/wrong');
    expect(warnings).toEqual([expect.stringMatching(/nps-survey: the survey cannot be shown .*site key/)]);
  });

  it('keeps the host page working while the API is down, and sends the answer once it is back', async () => {
    const { context, page, warnings } = await openShop('/tr/');
    await survey(page).getByRole('radiogroup').waitFor();
    const before = await storedCount();
    product.process.kill('SIGTERM');
    await product.exited;

    await survey(page).getByRole('radio').nth(8).click();
    await survey(page).locator('[part~="primary"]').click();
    expect(await page.evaluate(() => document.title)).toContain('Aegean Roasters');
    expect(await page.evaluate(() => localStorage.getItem('nps-survey:outbox'))).toContain('"score":8');

    product = await startProduct(dataDir, port);
    given.push({ language: 'tr', market: 'TR', score: 8 });
    await waitFor(
      async () => (await storedCount()) === before + 1,
      60_000,
      'the answer sent after the restart',
    );
    expect(warnings.filter((w) => w.startsWith('uncaught'))).toEqual([]);
    await context.close();
  });
});
