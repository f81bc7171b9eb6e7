import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_LOCALES } from '../api/src/links/texts/all.ts';
import { LOCALES } from '../widget/src/i18n/locales/all.ts';
import { axeViolations } from './axe.ts';
import { launchChromium } from './browser.ts';
import { createSurvey, freePort, graphql, type Product, startProduct } from './product.ts';

/**
 * Asking customers where they are, in headless Chromium: the email snippet as a mail client without scripts lays it
 * out at 320 and 600 px in each language; a score link opened by a mail gateway (scripts and all) records nothing,
 * and by a person records their score and comment; the hosted page answered without JavaScript, by plain posts.
 */
let dataDir: string;
let product: Product;
let browser: Browser;
let token: string;
let survey: { id: string; siteKey: string };
const LANGUAGES = ['en', 'id', 'mk', 'ro', 'el', 'tr'] as const;

interface Links {
  language: string;
  pageUrl: string;
  scoreUrls: string[];
  html: string;
}

async function admin<T>(query: string, variables: object): Promise<T> {
  const { data, errors } = await graphql<T>(product.url, query, variables, {
    authorization: `Bearer ${token}`,
  });
  if (!data) throw new Error(JSON.stringify(errors));
  return data;
}
const linksFor = async (recipients: object[]) =>
  (
    await admin<{ surveyLinks: Links[] }>(
      'query ($id: ID!, $r: [SurveyLinkInput!]!) { surveyLinks(surveyId: $id, recipients: $r) { language pageUrl scoreUrls html } }',
      { id: survey.id, r: recipients },
    )
  ).surveyLinks;
const stored = async (customer?: string) =>
  (
    await admin<{
      responses: {
        edges: { node: { score: number; comment: string | null; channel: string; attributes: unknown } }[];
      };
    }>(
      'query ($id: ID!) { responses(surveyId: $id, first: 100) { edges { node { score comment channel attributes } } } }',
      { id: survey.id },
    )
  ).responses.edges
    .map((edge) => edge.node)
    .filter(
      (node) =>
        customer === undefined || (node.attributes as { customerId?: string })?.customerId === customer,
    );

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'nps-e2e-links-'));
  product = await startProduct(dataDir, await freePort());
  token = (await readFile(join(dataDir, 'admin-token'), 'utf8')).trim();
  survey = await createSurvey(product.url, token, {
    brand: 'Kafe',
    languages: [...LANGUAGES],
    markets: ['ID', 'MK', 'RO', 'GR', 'CY', 'TR', 'US'],
    allowedOrigins: ['https://shop.example'],
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  product?.process.kill('SIGTERM');
  await product?.exited;
  await rm(dataDir, { recursive: true, force: true });
});

describe('the email snippet, as a mail client without scripts shows it', () => {
  it.each([320, 600])(
    'fits %i px in every language, the eleven scores in one row, each big enough to tap',
    async (width) => {
      const context = await browser.newContext({
        viewport: { width, height: 400 },
        javaScriptEnabled: false,
      });
      const page = await context.newPage();
      for (const links of await linksFor(LANGUAGES.map((language) => ({ language })))) {
        await page.setContent(
          `<!doctype html><meta charset="utf-8"><body style="margin:0">${links.html}</body>`,
        );
        const layout = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          boxes: [...document.querySelectorAll('a')].map(
            (a) => a.getBoundingClientRect().toJSON() as DOMRect,
          ),
        }));
        expect(layout.scrollWidth, links.language).toBeLessThanOrEqual(width);
        expect(layout.boxes).toHaveLength(11);
        expect(new Set(layout.boxes.map((box) => Math.round(box.top))).size, links.language).toBe(1);
        for (const box of layout.boxes) {
          expect(box.width).toBeGreaterThanOrEqual(24);
          expect(box.height).toBeGreaterThanOrEqual(24);
        }
        const question = LOCALES[links.language as 'en'].question.replace('{{brand}}', 'Kafe');
        await expect(page.getByText(question, { exact: true }).isVisible()).resolves.toBe(true);
      }
      await context.close();
    },
  );
});

describe('a score link in Chromium', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 390, height: 800 } });
  });
  afterAll(() => context.close());

  it('opened by a mail gateway that runs the page records nothing, for any of the eleven', async () => {
    const [links] = await linksFor([{ language: 'ro', customer: 'scanned', send: 'order-1' }]);
    const page = await context.newPage();
    for (const url of links?.scoreUrls ?? []) {
      await page.goto(url);
      await page.locator('nps-survey').getByRole('textbox').waitFor();
    }
    await page.waitForTimeout(1_000);
    await page.close();
    expect(await stored('scanned')).toEqual([]);
  });

  it('opened by a person keeps their score from their first act, records it with their comment; a second link changes it', async () => {
    const [links] = await linksFor([{ language: 'el', market: 'CY', customer: 'person', send: 'order-2' }]);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(links?.scoreUrls[4] ?? '');
    // The follow-up question of the score clicked, in the link's language: nothing recorded by opening it.
    const comment = page.locator('nps-survey').getByRole('textbox', { name: LOCALES.el.followUpDetractor });
    await comment.waitFor();
    expect(await stored('person')).toEqual([]);

    await comment.click();
    // Theirs now, kept on the device for the comment, to go with it.
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('nps-survey:outbox')))
      .toContain('"score":4');
    await comment.fill('Το κρουασάν ήταν μπαγιάτικο');
    await page.locator('nps-survey').getByRole('button', { name: LOCALES.el.send }).click();
    await expect
      .poll(() => page.locator('nps-survey [part="question"]').textContent())
      .toBe(LOCALES.el.thanks);
    await expect
      .poll(() => stored('person'), { timeout: 5_000 })
      .toEqual([
        expect.objectContaining({ score: 4, comment: 'Το κρουασάν ήταν μπαγιάτικο', channel: 'EMAIL' }),
      ]);

    // They thought again, and clicked 9 in the same email: the same answer, now a promoter's.
    await page.goto(links?.scoreUrls[9] ?? '');
    await page.locator('nps-survey').getByRole('button', { name: LOCALES.el.skip }).click();
    await expect
      .poll(() => stored('person'), { timeout: 5_000 })
      .toEqual([
        expect.objectContaining({ score: 9, comment: 'Το κρουασάν ήταν μπαγιάτικο', channel: 'EMAIL' }),
      ]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('changed by hand is refused with a page in its language', async () => {
    const [links] = await linksFor([{ language: 'tr', customer: 'forger' }]);
    const url = new URL(links?.scoreUrls[10] ?? '');
    url.searchParams.set('customer', 'someone-else');
    const page = await context.newPage();
    const response = await page.goto(url.href);
    expect(response?.status()).toBe(400);
    await expect(page.getByRole('heading', { name: PAGE_LOCALES.tr.invalidTitle }).isVisible()).resolves.toBe(
      true,
    );
    expect(await page.locator('html').getAttribute('lang')).toBe('tr');
    await page.close();
    expect(await stored('someone-else')).toEqual([]);
  });
});

describe('the hosted page', () => {
  it('has no axe violations, as the form and as the survey, in all six languages', async () => {
    const all = await linksFor(LANGUAGES.map((language) => ({ language, customer: 'axe' })));
    for (const script of [false, true]) {
      // The form alone: the page's script held back (axe itself runs through the browser's tools).
      const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
      if (!script) await context.route('**/survey-page.js', (route) => route.abort());
      const page = await context.newPage();
      for (const links of all) {
        await page.goto(links.pageUrl);
        if (script) await page.locator('nps-survey').getByRole('radiogroup').waitFor();
        expect(await axeViolations(page), `${links.language}, script ${script}`).toEqual([]);
      }
      await context.close();
    }
  });
});

describe('the hosted page without JavaScript', () => {
  it('takes the score, then the comment, by plain form posts', async () => {
    const context = await browser.newContext({
      viewport: { width: 320, height: 700 },
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    const [links] = await linksFor([{ language: 'mk', market: 'MK', customer: 'no-js' }]);
    await page.goto(links?.pageUrl ?? '');
    await page.getByRole('radio', { name: LOCALES.mk.scoreLabel.replace('{{score}}', '8') }).check();
    await page.getByRole('button', { name: PAGE_LOCALES.mk.next }).click();
    await page.getByRole('textbox', { name: LOCALES.mk.followUpPassive }).fill('Побрза достава');
    await page.getByRole('button', { name: LOCALES.mk.send }).click();
    await expect(page.getByRole('heading', { name: LOCALES.mk.thanks }).isVisible()).resolves.toBe(true);
    expect(await stored('no-js')).toEqual([
      expect.objectContaining({ score: 8, comment: 'Побрза достава', channel: 'LINK' }),
    ]);
    await context.close();
  });
});
