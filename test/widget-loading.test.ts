import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.ts';
import { createSurvey, freePort, graphql, type Product, startProduct } from './product.ts';

/**
 * `widget.js` as a site's visitors meet it, in headless Chromium: a small loader that decides, and the survey chunk
 * fetched only for a visitor who is asked. The pages are another site's (their own origin), embedding the one-line
 * script tag; every request the page makes is recorded.
 */
let dataDir: string;
let product: Product;
let adminToken: string;
let browser: Browser;
let site: Server;
let siteUrl: string;
/** A survey no visitor is drawn for, and one every visitor is. */
let never: { id: string; siteKey: string };
let always: { id: string; siteKey: string };

const CHUNK = /\/widget\/survey-[0-9a-f]{10}\.js$/;

interface Visit {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly requests: string[];
}

async function visit(data: Record<string, string>, context?: BrowserContext, script = ''): Promise<Visit> {
  const own = context ?? (await browser.newContext());
  const page = await own.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(`${siteUrl}/?${new URLSearchParams({ ...data, script })}`);
  return { context: own, page, requests };
}

const survey = (page: Page) => page.locator('nps-survey');

/** Skip, on the follow-up question: the score, kept for its comment until then, goes alone. */
async function skipComment(page: Page): Promise<void> {
  await survey(page).locator('[part="button"]').click();
}

async function storedComments(surveyId: string): Promise<(string | null)[]> {
  const { data } = await graphql<{ responses: { edges: { node: { comment: string | null } }[] } }>(
    product.url,
    'query ($id: ID!) { responses(surveyId: $id, first: 100) { edges { node { comment } } } }',
    { id: surveyId },
    { authorization: `Bearer ${adminToken}` },
  );
  return data?.responses.edges.map((edge) => edge.node.comment) ?? [];
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'nps-e2e-loading-'));
  product = await startProduct(dataDir, await freePort(), { NPS_DEMO: '0' });
  adminToken = (await readFile(join(dataDir, 'admin-token'), 'utf8')).trim();
  const port = await freePort();
  siteUrl = `http://127.0.0.1:${port}`;
  // Another site: the script tag with the attributes of the query string, and a script of the page's own.
  site = createServer((req, res) => {
    const params = new URL(req.url ?? '/', siteUrl).searchParams;
    const data = [...params]
      .filter(([name]) => name !== 'script')
      .map(([name, value]) => ` data-${name}="${value}"`)
      .join('');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html lang="en"><title>Site</title><h1>A shop</h1>
       <script src="${product.url}/widget.js"${data} async></script>
       <script>${params.get('script') ?? ''}</script>`,
    );
  });
  await new Promise<void>((done) => site.listen(port, '127.0.0.1', done));
  const base = { brand: 'Kafe', languages: ['en', 'el'], markets: ['GR'], allowedOrigins: [siteUrl] };
  never = await createSurvey(product.url, adminToken, { ...base, sampleRate: 0 });
  always = await createSurvey(product.url, adminToken, { ...base, sampleRate: 1 });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((done) => (site ? site.close(() => done()) : done()));
  product?.process.kill('SIGTERM');
  await product?.exited;
  await rm(dataDir, { recursive: true, force: true });
});

describe('the widget loader', () => {
  it('costs a visitor who is not drawn the loader and one configuration request: never the survey chunk', async () => {
    const { context, page, requests } = await visit({ 'site-key': never.siteKey });
    await expect.poll(() => requests.filter((path) => path === '/graphql').length).toBe(1);
    await page.waitForTimeout(1000);
    expect(requests.filter((path) => path.startsWith('/widget') || path === '/graphql')).toEqual([
      '/widget.js',
      '/graphql',
    ]);
    expect(await survey(page).count()).toBe(0);
    // The next page within the configuration's ten minutes: the loader alone (from the HTTP cache).
    const again = await visit({ 'site-key': never.siteKey }, context);
    await again.page.waitForTimeout(1000);
    expect(again.requests.filter((path) => path === '/graphql' || CHUNK.test(path))).toEqual([]);
    await context.close();
  });

  it('fetches the survey for a drawn visitor at once, and shows it after data-delay', async () => {
    const { context, page, requests } = await visit({ 'site-key': always.siteKey, delay: '1500' });
    await expect.poll(() => requests.some((path) => CHUNK.test(path))).toBe(true);
    const fetchedAt = await page.evaluate(() => performance.now());
    expect(fetchedAt).toBeLessThan(1500);
    await survey(page).locator('[part="base"]').waitFor();
    const shownAt = await page.evaluate(() => performance.now());
    expect(shownAt).toBeGreaterThanOrEqual(1500);
    await context.close();
  });

  it('lets the page call npsSurvey.show() before the survey has arrived', async () => {
    const script = `
      const wait = setInterval(() => {
        if (!window.npsSurvey) return;
        clearInterval(wait);
        window.shownBeforeChunk = !customElements.get('nps-survey');
        window.npsSurvey.show();
      }, 1);`;
    const { context, page, requests } = await visit({ 'site-key': never.siteKey }, undefined, script);
    await survey(page).locator('[part="base"]').waitFor();
    expect(
      await page.evaluate(() => (window as unknown as { shownBeforeChunk: boolean }).shownBeforeChunk),
    ).toBe(true);
    expect(requests.some((path) => CHUNK.test(path))).toBe(true);
    await context.close();
  });

  it('downloads only the loader on a repeat visit within the recontact period', async () => {
    const first = await visit({ 'site-key': always.siteKey });
    await survey(first.page).getByRole('radio').nth(9).click();
    await skipComment(first.page);
    await expect.poll(() => first.requests.filter((path) => path === '/graphql').length).toBe(2);
    // Acknowledged, so that the next page has no answer waiting to send (which would rightly load the survey).
    await expect
      .poll(() => first.page.evaluate(() => localStorage.getItem('nps-survey:outbox')), { timeout: 5000 })
      .toBeNull();
    const again = await visit({ 'site-key': always.siteKey }, first.context);
    await again.page.waitForTimeout(1000);
    expect(again.requests.filter((path) => path === '/graphql' || CHUNK.test(path))).toEqual([]);
    expect(await survey(again.page).count()).toBe(0);
    await first.context.close();
  });

  it("holds the recontact period across an identified customer's devices, knowing only a hash of their id", async () => {
    const laptop = await visit({ 'site-key': always.siteKey, 'customer-id': 'cust-7' });
    await survey(laptop.page).getByRole('radio').nth(10).click();
    await skipComment(laptop.page);
    await expect.poll(async () => (await storedComments(always.id)).length).toBeGreaterThan(0);
    await laptop.context.close();

    const phone = await visit({ 'site-key': always.siteKey, 'customer-id': 'cust-7' });
    await phone.page.waitForTimeout(1000);
    expect(phone.requests.filter((path) => CHUNK.test(path))).toEqual([]);
    expect(await survey(phone.page).count()).toBe(0);
    await phone.context.close();

    const someoneElse = await visit({ 'site-key': always.siteKey, 'customer-id': 'cust-8' });
    await survey(someoneElse.page).locator('[part="base"]').waitFor();
    await someoneElse.context.close();
  });

  it('sends a comment typed when the visitor leaves the page, and stores it once', async () => {
    const before = (await storedComments(always.id)).length;
    const { context, page } = await visit({ 'site-key': always.siteKey });
    await survey(page).getByRole('radio').nth(3).click();
    await survey(page).getByRole('textbox').fill('Gave up waiting for the parcel');
    await page.goto(`${siteUrl}/elsewhere`);
    await expect
      .poll(async () =>
        (await storedComments(always.id)).filter((c) => c === 'Gave up waiting for the parcel'),
      )
      .toHaveLength(1);
    expect((await storedComments(always.id)).length).toBe(before + 1);
    await context.close();
  });

  it('sends the score kept for its comment when the visitor closes the page without writing one', async () => {
    const before = (await storedComments(always.id)).length;
    const { context, page } = await visit({ 'site-key': always.siteKey });
    await survey(page).getByRole('radio').nth(5).click();
    await survey(page).getByRole('textbox').waitFor();
    await page.close({ runBeforeUnload: true });
    await expect.poll(async () => (await storedComments(always.id)).length).toBe(before + 1);
    await context.close();
  });

  it('with data-consent="required", stores and shows nothing until consent, and forget() leaves storage empty', async () => {
    type Api = { npsSurvey: { consent(granted: boolean): void; forget(): void } };
    const stored = () =>
      page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('nps-survey')));
    const { context, page, requests } = await visit({ 'site-key': always.siteKey, consent: 'required' });
    await page.waitForTimeout(1000);
    expect(await stored()).toEqual([]);
    expect(requests.filter((path) => path === '/graphql' || CHUNK.test(path))).toEqual([]);
    expect(await survey(page).count()).toBe(0);

    await page.evaluate(() => (window as unknown as Api).npsSurvey.consent(true));
    await survey(page).getByRole('radio').nth(6).click();
    await skipComment(page);
    // Acknowledged: nothing left waiting in the outbox, the contact and the configuration kept.
    await expect
      .poll(stored)
      .toEqual(
        expect.arrayContaining([
          `nps-survey:${always.siteKey}:contact`,
          `nps-survey:${always.siteKey}:config`,
        ]),
      );
    await expect.poll(async () => (await stored()).includes('nps-survey:outbox')).toBe(false);

    await page.evaluate(() => (window as unknown as Api).npsSurvey.forget());
    expect(await stored()).toEqual([]);
    await context.close();
  });

  it('takes consent given before widget.js ran, through the documented stub, and shows the survey', async () => {
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    const snippet = /<script>(window\.npsSurvey=[^<]+)<\/script>/.exec(readme)?.[1];
    expect(snippet).toBeDefined();
    const { context, page, requests } = await visit(
      { 'site-key': always.siteKey, consent: 'required' },
      undefined,
      `${snippet}; npsSurvey.consent(true);`,
    );
    await survey(page).getByRole('radiogroup').waitFor();
    expect(requests.some((path) => CHUNK.test(path))).toBe(true);
    await context.close();
  });

  it('forgets the configuration and the draw when consent is withdrawn from a visitor who was not drawn', async () => {
    type Api = { npsSurvey: { consent(granted: boolean): void } };
    const { context, page } = await visit({ 'site-key': never.siteKey });
    const stored = () =>
      page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('nps-survey')));
    await expect
      .poll(stored)
      .toEqual(
        expect.arrayContaining([`nps-survey:${never.siteKey}:contact`, `nps-survey:${never.siteKey}:config`]),
      );
    await page.evaluate(() => (window as unknown as Api).npsSurvey.consent(false));
    expect(await stored()).toEqual([]);
    await context.close();
  });

  it('sends the score with its comment in one request, so closing the page the moment the thanks show loses nothing', async () => {
    const comment = `Roasted too dark ${Date.now()}`;
    const { context, page } = await visit({ 'site-key': always.siteKey });
    const submits: string[] = [];
    page.on('request', (request) => {
      const body = request.postData() ?? '';
      if (body.includes('submitResponse')) submits.push(body);
    });
    await survey(page).getByRole('radio').nth(4).click();
    await survey(page).getByRole('textbox').fill(comment);
    await page.waitForTimeout(300);
    expect(submits).toEqual([]);
    await survey(page).locator('[part~="primary"]').click();
    await expect.poll(async () => (await storedComments(always.id)).includes(comment)).toBe(true);
    expect(submits).toHaveLength(1);
    expect(submits[0]).toContain('"score":4');
    await context.close();

    const second = `Closed at once ${Date.now()}`;
    const { context: own, page: quick } = await visit({ 'site-key': always.siteKey });
    await survey(quick).getByRole('radio').nth(2).click();
    await survey(quick).getByRole('textbox').fill(second);
    await survey(quick).locator('[part~="primary"]').click();
    await survey(quick).locator('[role="status"]').filter({ hasText: /\S/ }).waitFor();
    await quick.close();
    await expect.poll(async () => (await storedComments(always.id)).includes(second)).toBe(true);
    await own.close();
  });
});
