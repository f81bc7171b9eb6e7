import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mongoose, { type Connection, Types } from 'mongoose';
import type { Browser, Page } from 'playwright-core';
import { Webhook as Verifier } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAnswers } from '../api/src/demo/seed.ts';
import { createModels } from '../api/src/models/index.ts';
import { createAggregates } from '../api/src/reports/aggregates.ts';
import {
  intlEnglish,
  overflowing,
  PSEUDO_LTR,
  PSEUDO_RTL,
  pseudoMessages,
  untranslatedTexts,
} from '../widget/src/i18n/pseudo.ts';
import { en } from '../widget/src/owner/dashboard/i18n/en.ts';
import { launchChromium } from './browser.ts';
import { embeddedServer, freePort, type Product, startProduct } from './product.ts';

/**
 * `<nps-dashboard>` at `/dashboard`, opened with a read token in headless Chromium, over a database seeded with
 * two months of answers plus one with markup in its comment. What it shows is checked against the API's own
 * answers to the same questions. The tests run in order, on one page.
 */
const ADMIN_TOKEN = 'dashboard-admin-token-0123456789abcdefghij';
const ORIGIN = 'https://shop.example';
const MARKUP = '<img src=x onerror="window.__xss = true"> Late <b>again</b>';
const DAY_MS = 86_400_000;

let dataDir: string;
let product: Product;
let db: Connection;
let browser: Browser;
let page: Page;
let surveyId: string;
let siteKey: string;
let readToken: string;
const pageErrors: string[] = [];

async function graphql<T>(query: string, variables: object, token = readToken, origin?: string): Promise<T> {
  const response = await fetch(`${product.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token && { authorization: `Bearer ${token}` }),
      ...(origin && { origin }),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

/** The dashboard's default period: the last 30 UTC days, today included. */
function lastThirtyDays() {
  const today = Math.floor(Date.now() / DAY_MS) * DAY_MS;
  return { from: new Date(today - 29 * DAY_MS).toISOString(), to: new Date(today + DAY_MS).toISOString() };
}

const dashboard = () => page.locator('nps-dashboard');

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'nps-e2e-dashboard-'));
  product = await startProduct(dataDir, await freePort(), {
    NODE_ENV: 'production',
    NPS_DEMO: '0',
    NPS_ADMIN_TOKEN: ADMIN_TOKEN,
    // The webhooks panel's test send goes to a receiver on loopback.
    NPS_WEBHOOKS_ALLOW_PRIVATE: '1',
  });
  const { createSurvey } = await graphql<{ createSurvey: { id: string; siteKey: string } }>(
    'mutation ($input: CreateSurveyInput!) { createSurvey(input: $input) { id siteKey } }',
    {
      input: {
        brand: 'Aegean Roasters',
        languages: ['en', 'id', 'mk', 'ro', 'el', 'tr'],
        markets: ['US', 'ID', 'MK', 'RO', 'GR', 'CY', 'TR'],
        allowedOrigins: [ORIGIN],
      },
    },
    ADMIN_TOKEN,
  );
  surveyId = createSurvey.id;
  siteKey = createSurvey.siteKey;
  const { port } = await embeddedServer(dataDir);
  db = await mongoose.createConnection(`mongodb://127.0.0.1:${port}/`, { dbName: 'nps' }).asPromise();
  const models = createModels(db);
  await seedAnswers(models, createAggregates(models), {
    survey: new Types.ObjectId(surveyId),
    count: 800,
    days: 60,
  });
  await graphql(
    'mutation ($input: SubmitResponseInput!) { submitResponse(input: $input) { duplicate } }',
    {
      input: {
        siteKey: createSurvey.siteKey,
        clientResponseId: crypto.randomUUID(),
        score: 1,
        language: 'el',
        market: 'CY',
        comment: MARKUP,
      },
    },
    '',
    ORIGIN,
  );
  ({
    createReadToken: { token: readToken },
  } = await graphql<{ createReadToken: { token: string } }>(
    'mutation ($id: ID!) { createReadToken(surveyId: $id, label: "dashboard e2e") { token } }',
    { id: surveyId },
    ADMIN_TOKEN,
  ));

  browser = await launchChromium();
  page = await (await browser.newContext({ locale: 'en-US', acceptDownloads: true })).newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('dialog', (dialog) => {
    pageErrors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(`${product.url}/dashboard`);
});

afterAll(async () => {
  await browser?.close();
  await db?.close();
  product?.process.kill('SIGTERM');
  await product?.exited;
  await rm(dataDir, { recursive: true, force: true });
});

describe('the dashboard', () => {
  it('asks for the read token with a labelled field, and refuses a wrong one', async () => {
    const field = dashboard().getByLabel('Read token');
    await field.fill('nps_rt_not-a-token');
    await dashboard().getByRole('button', { name: 'Open' }).click();
    await expect.poll(() => dashboard().getByRole('alert').textContent()).toContain('not accepted');
    await field.fill(readToken);
    await dashboard().getByRole('button', { name: 'Open' }).click();
    await dashboard().locator('nps-segment-grid button').first().waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('nps-dashboard-token'))).toBe(readToken);
  });

  it('shows the headline NPS, its margin of error and split, as the API reports them', async () => {
    const { nps } = await graphql<{
      nps: { overall: { nps: number; marginOfError: number; responses: number } };
    }>(
      'query ($id: ID!, $filter: NpsFilter) { nps(surveyId: $id, filter: $filter) { overall { nps marginOfError responses } } }',
      { id: surveyId, filter: lastThirtyDays() },
    );
    const shown = dashboard().locator('[part="nps"]');
    expect(Number(await shown.getAttribute('data-nps'))).toBeCloseTo(nps.overall.nps, 6);
    const headline = await dashboard().locator('[part="headline"]').textContent();
    expect(headline).toContain(`±${Math.round(nps.overall.marginOfError)} (95% confidence level)`);
    expect(headline).toContain(`${nps.overall.responses} responses`);
    expect(await dashboard().locator('[part="split"]').getAttribute('aria-label')).toMatch(
      /^Promoters \d+%, passives \d+%, detractors \d+%$/,
    );
  });

  it('fills the language × market grid with the nps query’s figures, and marks cells of too few answers', async () => {
    const { nps } = await graphql<{
      nps: { segments: { language: string; market: string; score: { responses: number; nps: number } }[] };
    }>(
      'query ($id: ID!, $filter: NpsFilter) { nps(surveyId: $id, filter: $filter, groupBy: [LANGUAGE, MARKET]) { segments { language market score { responses nps } } } }',
      { id: surveyId, filter: lastThirtyDays() },
    );
    const cells = dashboard().locator('nps-segment-grid [part~="cell"]');
    expect(await cells.count()).toBe(nps.segments.length);
    let tooFew = 0;
    for (const segment of nps.segments) {
      const cell = dashboard().locator(
        `nps-segment-grid [data-language="${segment.language}"][data-market="${segment.market}"]`,
      );
      // Its accessible name: the visible text with the row and column named for screen readers.
      const label = ((await cell.textContent()) ?? '').replace(/\s+/g, ' ');
      expect(label).toContain(`${segment.score.responses.toLocaleString('en')} response`);
      if (segment.score.responses < 30) {
        tooFew++;
        expect(await cell.getAttribute('part')).toBe('cell too-few');
        expect(label).toContain('too few');
      } else {
        const nps = new Intl.NumberFormat('en', { signDisplay: 'exceptZero', maximumFractionDigits: 0 });
        expect(label).toContain(`NPS ${nps.format(segment.score.nps)}`);
      }
    }
    expect(tooFew).toBeGreaterThan(0);
  });

  it('shows NPS by channel as the nps query does, and filters everything to the channel chosen there', async () => {
    const { nps } = await graphql<{
      nps: { segments: { channel: string; score: { responses: number } }[] };
    }>(
      'query ($id: ID!, $filter: NpsFilter) { nps(surveyId: $id, filter: $filter, groupBy: [CHANNEL]) { segments { channel score { responses } } } }',
      { id: surveyId, filter: lastThirtyDays() },
    );
    const names = { WIDGET: 'On the site', EMAIL: 'Email', LINK: 'Survey link' } as const;
    const rows = dashboard().locator('table.channels tbody tr');
    expect(await rows.count()).toBe(3);
    for (const segment of nps.segments) {
      const row = rows.filter({ hasText: names[segment.channel as keyof typeof names] });
      expect(await row.locator('td').first().textContent()).toBe(
        segment.score.responses.toLocaleString('en'),
      );
    }

    const email = await graphql<{ nps: { overall: { nps: number } } }>(
      'query ($id: ID!, $filter: NpsFilter) { nps(surveyId: $id, filter: $filter) { overall { nps } } }',
      { id: surveyId, filter: { ...lastThirtyDays(), channels: ['EMAIL'] } },
    );
    const everything = await dashboard().locator('[part="nps"]').getAttribute('data-nps');
    const trend = await dashboard().locator('nps-trend-chart svg').getAttribute('aria-label');
    await dashboard().getByRole('button', { name: 'Email', exact: true }).click();
    await expect
      .poll(async () => Number(await dashboard().locator('[part="nps"]').getAttribute('data-nps')))
      .toBeCloseTo(email.nps.overall.nps, 6);
    expect(await dashboard().locator('#headline-title').textContent()).toBe('NPS · Email');
    await dashboard().getByRole('button', { name: 'Show everything' }).click();
    await expect.poll(() => dashboard().locator('#headline-title').textContent()).toBe('NPS');
    await expect.poll(() => dashboard().locator('[part="nps"]').getAttribute('data-nps')).toBe(everything);
    await expect
      .poll(() => dashboard().locator('nps-trend-chart svg').getAttribute('aria-label'))
      .toBe(trend);
  });

  it('filters the trend and the comments to a cell chosen with the keyboard, and back', async () => {
    const trend = dashboard().locator('nps-trend-chart svg');
    const before = await trend.getAttribute('aria-label');
    const cell = dashboard().locator('nps-segment-grid [data-language="el"][data-market="CY"]');
    await cell.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => cell.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => dashboard().getByRole('status').first().textContent()).toContain('Filtered to');
    await expect.poll(() => trend.getAttribute('aria-label')).not.toBe(before);

    const { responses } = await graphql<{ responses: { edges: { node: { id: string } }[] } }>(
      'query ($id: ID!, $filter: ResponseFilter) { responses(surveyId: $id, filter: $filter, first: 20) { edges { node { id } } } }',
      {
        id: surveyId,
        filter: { ...lastThirtyDays(), languages: ['el'], markets: ['CY'], withComment: true },
      },
    );
    const shown = () =>
      dashboard()
        .locator('ul.comments li')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-response-id')));
    await expect.poll(shown).toEqual(responses.edges.map((edge) => edge.node.id));

    await dashboard().getByRole('button', { name: 'Show everything' }).click();
    await expect.poll(() => cell.getAttribute('aria-pressed')).toBe('false');
    await expect.poll(() => trend.getAttribute('aria-label')).toBe(before);
  });

  it("says why: the detractors' themes, and the comments behind one with the words it was found in marked", async () => {
    const panel = dashboard().locator('nps-themes-panel');
    const theme = panel.locator('[part="side"]').first().locator('[part="theme"]').first();
    const name = await theme.getAttribute('data-theme');
    await theme.click();
    await expect.poll(() => theme.getAttribute('aria-pressed')).toBe('true');
    const { responses } = await graphql<{ responses: { edges: { node: { id: string } }[] } }>(
      'query ($id: ID!, $filter: ResponseFilter) { responses(surveyId: $id, filter: $filter, first: 20) { edges { node { id } } } }',
      {
        id: surveyId,
        filter: { ...lastThirtyDays(), categories: ['DETRACTOR'], themes: [name], withComment: true },
      },
    );
    const comments = panel.locator('[part="comments"] li');
    await expect
      .poll(() => comments.evaluateAll((items) => items.map((item) => item.getAttribute('data-response-id'))))
      .toEqual(responses.edges.map((edge) => edge.node.id));
    expect(responses.edges.length).toBeGreaterThan(0);
    expect(await comments.first().locator('mark').count()).toBeGreaterThan(0);
    await theme.click();
    await expect.poll(() => comments.count()).toBe(0);
  });

  it("corrects a comment's theme in the why panel: saved with who made it, counted at once, on the page too", async () => {
    const panel = dashboard().locator('nps-themes-panel');
    const theme = panel.locator('[part="side"]').first().locator('[part="theme"]').first();
    const name = (await theme.getAttribute('data-theme')) as string;
    const detractors = async () => {
      const { themes } = await graphql<{
        themes: { overall: { themes: { theme: string; detractors: number }[] } };
      }>(
        'query ($id: ID!, $filter: NpsFilter) { themes(surveyId: $id, filter: $filter) { overall { themes { theme detractors } } } }',
        { id: surveyId, filter: lastThirtyDays() },
      );
      return themes.overall.themes.find((count) => count.theme === name)?.detractors ?? 0;
    };
    const before = await detractors();
    await theme.click();
    const comment = panel.locator('[part="comments"] li').first();
    await expect.poll(() => comment.count()).toBe(1);
    const responseId = (await comment.getAttribute('data-response-id')) as string;
    const remove = comment.locator(`[part="corrections"] .chip[data-theme="${name}"] button`);
    expect(await remove.getAttribute('aria-label')).toBe(
      en.removeTheme.replace('{{theme}}', en[`reason_${name}` as keyof typeof en] as string),
    );
    await remove.click();

    await expect.poll(detractors).toBe(before - 1);
    // Stored with who made it: the read token the dashboard was opened with.
    const stored = await db.collection('responses').findOne({ _id: responseId as never });
    const token = await db.collection('tokens').findOne({ label: 'dashboard e2e' });
    expect(stored?.['themes']).not.toContain(name);
    expect(stored?.['themeCorrections']).toEqual([
      { theme: name, present: false, by: token?._id, at: expect.any(Date) },
    ]);
    // The panel counts it at once, and the comment leaves the theme's list.
    await expect.poll(() => theme.textContent()).toContain(`(${before - 1})`);
    await expect
      .poll(() => panel.locator(`[part="comments"] li[data-response-id="${responseId}"]`).count())
      .toBe(0);

    // Given back to the classifier, as the later tests expect the seeded answers.
    await graphql(
      'mutation ($id: ID!, $theme: FollowUpReason!) { correctTheme(responseId: $id, theme: $theme, present: null) { id } }',
      { id: responseId, theme: name },
    );
    await expect.poll(detractors).toBe(before);
    await theme.click();
  });

  it('shows a comment with markup as text: no element made, no script run', async () => {
    const comment = dashboard().locator('ul.comments blockquote').first();
    expect(await comment.textContent()).toBe(MARKUP);
    expect(await dashboard().locator('ul.comments img').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __xss?: boolean }).__xss)).toBeUndefined();
    expect(pageErrors).toEqual([]);
  });

  it('records a follow-up with its reasons, and takes the detractor off the queue', async () => {
    const task = dashboard().locator('nps-follow-up-queue [part="task"]').first();
    const responseId = await task.getAttribute('data-response-id');
    await task.getByText('Follow up', { exact: true }).click();
    await task.getByRole('button', { name: 'Record the follow-up' }).click();
    // No reason chosen: the browser wants a name first, then the form says what is missing.
    await task.getByLabel('Followed up by').fill('ayse@aegean-roasters.example');
    await task.getByRole('button', { name: 'Record the follow-up' }).click();
    expect(await task.getByRole('alert').textContent()).toBe('Choose at least one reason.');
    await task.getByLabel('Delivery').check();
    await task.getByLabel('Note').fill('Refunded the shipping.');
    await task.getByRole('button', { name: 'Record the follow-up' }).click();

    await expect
      .poll(() => dashboard().locator(`nps-follow-up-queue [data-response-id="${responseId}"]`).count())
      .toBe(0);
    const { followUpQueue } = await graphql<{ followUpQueue: { response: { id: string } }[] }>(
      'query ($id: ID!) { followUpQueue(surveyId: $id, first: 100) { response { id } } }',
      { id: surveyId },
    );
    expect(followUpQueue.map((t) => t.response.id)).not.toContain(responseId);
    await expect.poll(() => dashboard().locator('ul.reasons').textContent()).toContain('Delivery');
  });

  it("lists the survey's webhooks with their health, sends a signed test that shows in the last deliveries, and deletes", async () => {
    const received: { headers: Record<string, string>; body: string }[] = [];
    const receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => {
        body += chunk;
      });
      req.on('end', () => {
        received.push({ headers: req.headers as Record<string, string>, body });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((done) => receiver.listen(0, '127.0.0.1', done));
    try {
      const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
      const { createWebhook } = await graphql<{ createWebhook: { secret: string; webhook: { id: string } } }>(
        'mutation ($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id } } }',
        { input: { surveyId, url, events: ['DETRACTOR_OVERDUE'] } },
      );
      await dashboard().evaluate((el) => el.setAttribute('refresh-seconds', '1'));
      const item = dashboard().locator(`nps-webhooks-panel [data-webhook-id="${createWebhook.webhook.id}"]`);
      await expect.poll(() => item.count(), { timeout: 5_000 }).toBe(1);
      await dashboard().evaluate((el) => el.setAttribute('refresh-seconds', '0'));
      expect(await item.textContent()).toContain(url);
      expect(await item.locator('[part~="health"]').textContent()).toBe(en.webhookWorking);
      expect(await item.textContent()).toContain(en.event_DETRACTOR_OVERDUE);

      await item.getByRole('button', { name: en.testWebhook }).click();
      await expect.poll(() => item.locator('tbody tr').count(), { timeout: 5_000 }).toBe(1);
      expect(await item.locator('tbody tr').textContent()).toContain(en.delivery_DELIVERED);
      expect(received).toHaveLength(1);
      const event = new Verifier(createWebhook.secret).verify(
        received[0]?.body ?? '',
        received[0]?.headers ?? {},
      ) as { data: { test: boolean } };
      expect(event.data.test).toBe(true);

      await item.getByRole('button', { name: en.deleteWebhook }).click();
      await expect.poll(() => item.count(), { timeout: 5_000 }).toBe(0);
      const { webhooks } = await graphql<{ webhooks: { id: string }[] }>(
        'query ($id: ID!) { webhooks(surveyId: $id) { id } }',
        { id: surveyId },
      );
      expect(webhooks).toEqual([]);
    } finally {
      receiver.close();
    }
  });

  it('exports the period’s answers as CSV, one row each, markup as text', async () => {
    const download = page.waitForEvent('download');
    await dashboard().getByRole('button', { name: 'Export the responses (CSV)' }).click();
    const csv = await readFile((await (await download).path()) ?? '', 'utf8');
    const { nps } = await graphql<{ nps: { overall: { responses: number } } }>(
      'query ($id: ID!, $filter: NpsFilter) { nps(surveyId: $id, filter: $filter) { overall { responses } } }',
      { id: surveyId, filter: lastThirtyDays() },
    );
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFcreatedAt,score,category,language,market,channel,comment,themes,pageUrl,followedUpAt,followedUpBy,reasons,note',
    );
    expect(lines).toHaveLength(nps.overall.responses + 1);
    expect(csv).toContain('"<img src=x onerror=""window.__xss = true""> Late <b>again</b>"');
  });

  it('fits a 390 px phone without scrolling sideways (the grid scrolls within itself)', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('shows new answers by itself, reading the figures again every refresh-seconds', async () => {
    const count = async () =>
      Number(
        /(\d+) responses/.exec((await dashboard().locator('[part="headline"]').textContent()) ?? '')?.[1],
      );
    const before = await count();
    await dashboard().evaluate((el) => el.setAttribute('refresh-seconds', '1'));
    await graphql(
      'mutation ($input: SubmitResponseInput!) { submitResponse(input: $input) { duplicate } }',
      { input: { siteKey, clientResponseId: crypto.randomUUID(), score: 10, language: 'en', market: 'US' } },
      '',
      ORIGIN,
    );
    await expect.poll(count, { timeout: 10_000 }).toBe(before + 1);
    await dashboard().evaluate((el) => el.setAttribute('refresh-seconds', '0'));
  });

  it('switches its own language, the page with it: Greek, then Turkish, its numbers written the Turkish way', async () => {
    await dashboard().getByLabel('Interface language').selectOption('el');
    await expect.poll(() => dashboard().locator('#trend-title').textContent()).toBe('Τάση');
    expect(await dashboard().getAttribute('lang')).toBe('el');
    expect(await page.evaluate(() => [document.documentElement.lang, document.title])).toEqual([
      'el',
      'Πίνακας ελέγχου NPS',
    ]);
    await dashboard().getByLabel('Γλώσσα εμφάνισης').selectOption('tr');
    await expect.poll(() => dashboard().locator('#trend-title').textContent()).toBe('Eğilim');
    expect(await page.title()).toBe('NPS panosu');
    expect(await dashboard().locator('[part="split"]').getAttribute('aria-label')).toMatch(
      /^Destekleyenler %\d+, pasifler %\d+, eleştirenler %\d+$/,
    );
    expect(await dashboard().locator('[part="headline"]').textContent()).toMatch(/±\d+ \(%95 güven düzeyi\)/);
  });

  it('writes every date, duration, name and number in the language shown, never the English of a browser lacking it', async () => {
    for (const language of ['id', 'mk', 'ro', 'el', 'tr']) {
      await dashboard().evaluate((el, language) => Object.assign(el, { language }), language);
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(language);
      await page.waitForTimeout(300);
      // Every text shown, into shadow roots, but the visitors' own comments and what is marked as another language
      // (each language named in itself in the language menu).
      const shown = await dashboard().evaluate((root, language) => {
        const texts: string[] = [];
        const visit = (node: Node) => {
          if (node.nodeType === Node.TEXT_NODE) texts.push(node.textContent ?? '');
          if (node instanceof Element && ['BLOCKQUOTE', 'STYLE', 'SCRIPT'].includes(node.tagName)) return;
          if (node instanceof Element && node.hasAttribute('lang') && node.getAttribute('lang') !== language)
            return;
          if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
          for (const child of node.childNodes) visit(child);
        };
        visit(root);
        return texts.join(' ');
      }, language);
      expect(intlEnglish(shown, language), language).toEqual([]);
    }
    // Macedonian, which Chromium has no data for: our own names, dates and numbers.
    await dashboard().evaluate((el) => Object.assign(el, { language: 'mk' }));
    await expect
      .poll(() => dashboard().locator('nps-segment-grid th[scope="col"]').allTextContents())
      .toContain('Грција');
    await dashboard().evaluate((el) => Object.assign(el, { language: 'en' }));
  });

  it('shows no text outside i18n, and fits 320 px, in the pseudo-locales left to right and right to left', async () => {
    const texts = { [PSEUDO_LTR]: pseudoMessages(en), [PSEUDO_RTL]: pseudoMessages(en) };
    const survey = await graphql<{ survey: { languages: string[]; markets: string[] } }>(
      'query ($id: ID!) { survey(id: $id) { languages markets } }',
      { id: surveyId },
    );
    await page.setViewportSize({ width: 320, height: 900 });
    for (const language of [PSEUDO_LTR, PSEUDO_RTL]) {
      await dashboard().evaluate((el, change) => Object.assign(el, change), { texts, language });
      await expect.poll(() => dashboard().locator('#trend-title').textContent()).toContain('⟦');
      const followUp = dashboard().locator('nps-follow-up-queue').getByRole('button').first();
      if (await followUp.count()) await followUp.click();
      const allowed = await page.evaluate(
        ({ language, survey }) => [
          'Aegean Roasters',
          'NPS',
          ...survey.languages.map(
            (code) => new Intl.DisplayNames([language], { type: 'language' }).of(code) ?? code,
          ),
          ...survey.markets.map(
            (code) => new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code,
          ),
          ...['English', 'Bahasa Indonesia', 'Македонски', 'Română', 'Ελληνικά', 'Türkçe'],
        ],
        { language, survey: survey.survey },
      );
      // In `ar-XB`, `Intl` writes names, dates and durations in Arabic: any Latin letter outside ⟦ ⟧ is a text
      // that did not go through i18n. (In `en-XA` its English dates would be mistaken for such texts.)
      const found = await page.evaluate(
        `(${untranslatedTexts})(document.querySelector('nps-dashboard'), ${JSON.stringify(allowed)}, 'blockquote', '\\\\p{Script=Latin}')`,
      );
      if (language === PSEUDO_RTL) expect(found).toEqual([]);
      const wide = await page.evaluate(
        `(${overflowing})(document.querySelector('nps-dashboard').shadowRoot, document.documentElement)`,
      );
      expect(wide, language).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(
        language === PSEUDO_RTL ? 'rtl' : 'ltr',
      );
    }
    await dashboard().evaluate((el) => Object.assign(el, { language: 'en' }));
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
