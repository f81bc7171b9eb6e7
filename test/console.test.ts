import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { launchChromium } from './browser.ts';
import { freePort, graphql, type Product, startProduct } from './product.ts';

/**
 * A new site owner's first minutes, in headless Chromium, from a fresh start and by the console alone: the setup
 * link the server printed, where they make their account; a survey created for Greek, Turkish and English with its
 * refusals shown by their fields; the Greek question worded beside the preview, the script tag copied into a page of another origin where a Turkish
 * visitor answers, the answer found in the dashboard and the install check showing that origin, a theme of the
 * survey's own added and the answer classified again and counted in the dashboard. Then two owners
 * saving at once, and deleting. No GraphQL is written to do any of it; the API is asked only to check.
 */
let dataDir: string;
let product: Product;
let browser: Browser;
let owner: Page;
let site: Server;
let siteOrigin: string;
/** The page the site serves: the script tag the owner copied. */
let siteTag = '';
const pageErrors: string[] = [];
const EMAIL = 'owner@lykavittos.example';
const PASSWORD = 'two roasts, one grinder';

const SURVEYS = '{ surveys { id brand version markets texts { language key text } } }';
const adminToken = async () => (await readFile(join(dataDir, 'admin-token'), 'utf8')).trim();
async function surveys() {
  const { data } = await graphql<{
    surveys: {
      id: string;
      brand: string;
      markets: string[];
      texts: { language: string; key: string; text: string }[];
    }[];
  }>(product.url, SURVEYS, {}, { authorization: `Bearer ${await adminToken()}` });
  return data?.surveys ?? [];
}
const ours = async () => (await surveys()).find((s) => s.brand.startsWith('Lykavittos Coffee'));
const consoleOf = (page: Page) => page.locator('nps-console');
const field = (page: Page, name: string) => consoleOf(page).getByRole('textbox', { name, exact: true });
const errorOf = async (control: Locator) => {
  const ids = ((await control.getAttribute('aria-describedby')) ?? '').split(' ');
  const error = ids.find((id) => id.endsWith('-error'));
  return error ? consoleOf(owner).locator(`[id="${error}"]`).textContent() : null;
};

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'nps-e2e-console-'));
  product = await startProduct(dataDir, await freePort());
  site = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="tr"><head><meta charset="utf-8"><title>Dükkan</title></head>
      <body><h1>Kahve dükkanı</h1>${siteTag}</body></html>`);
  });
  await new Promise<void>((done) => site.listen(0, '127.0.0.1', done));
  siteOrigin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  browser = await launchChromium();
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: product.url });
  owner = await context.newPage();
  owner.on('pageerror', (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await browser?.close();
  site?.close();
  product?.process.kill('SIGTERM');
  await product?.exited;
  await rm(dataDir, { recursive: true, force: true });
});

describe('a new site owner, by the console alone', () => {
  it('makes the first owner by the setup link the server printed, which works once and leaves the address', async () => {
    const link = /Set up:\s+(\S+)/.exec(product.output())?.[1] ?? '';
    expect(link).toMatch(/\/console#setup=/);
    await owner.goto(link);
    expect(owner.url()).toBe(`${product.url}/console`);
    await consoleOf(owner).getByRole('heading', { name: 'Create the owner account' }).waitFor();
    await consoleOf(owner).getByLabel('Email address').fill(EMAIL);
    const password = consoleOf(owner).getByLabel('Password (12 characters or more)');
    await password.fill('short');
    await consoleOf(owner).getByRole('button', { name: 'Create the account' }).click();
    await consoleOf(owner)
      .getByRole('alert')
      .filter({ hasText: 'password of 12 to 200 characters' })
      .waitFor();
    expect(await password.getAttribute('aria-invalid')).toBe('true');
    await password.fill(PASSWORD);
    await consoleOf(owner).getByRole('button', { name: 'Create the account' }).click();
    await consoleOf(owner).getByRole('heading', { name: 'Your surveys' }).waitFor();
    expect(await consoleOf(owner).locator('header').textContent()).toContain(`Signed in as ${EMAIL}`);
    // The demo survey is there, beside the button that makes a new one.
    await consoleOf(owner).getByRole('button', { name: 'Edit: Aegean Roasters' }).waitFor();
    // The session is a cookie no script of the page can read.
    expect(await owner.evaluate(() => document.cookie)).toBe('');

    const again = await browser.newPage();
    await again.goto(link);
    await consoleOf(again).getByLabel('Email address').fill('someone@else.example');
    await consoleOf(again).getByLabel('Password (12 characters or more)').fill(PASSWORD);
    await consoleOf(again).getByRole('button', { name: 'Create the account' }).click();
    await consoleOf(again).getByRole('alert').filter({ hasText: 'already been used' }).waitFor();
    await again.close();
  });

  it('creates a survey, each refusal of the API shown next to its field and nothing saved meanwhile', async () => {
    const before = (await surveys()).length;
    await consoleOf(owner).getByRole('button', { name: 'New survey' }).click();
    await field(owner, 'Brand').fill('Lykavittos Coffee');
    for (const language of ['Ελληνικά', 'Türkçe']) {
      await consoleOf(owner).getByRole('checkbox', { name: language }).check();
    }
    await consoleOf(owner).getByLabel('Default language').selectOption('el');
    await field(owner, 'Markets').fill('GR, CY, TR');
    const origins = field(owner, 'Allowed origins');
    await origins.fill(`${siteOrigin}\nshop.example/checkout`);
    const create = consoleOf(owner).getByRole('button', { name: 'Create survey' });
    await create.click();
    await expect.poll(() => errorOf(origins)).toContain('must be an origin such as https://shop.example');
    expect(await origins.getAttribute('aria-invalid')).toBe('true');
    expect((await surveys()).length).toBe(before);

    await origins.fill(siteOrigin);
    const share = field(owner, 'Share of visitors asked');
    await share.fill('2');
    await create.click();
    await expect.poll(() => errorOf(share)).toBe('Enter a number from 0 to 1.');
    expect(await errorOf(origins)).toBeNull();
    expect((await surveys()).length).toBe(before);

    await share.fill('1');
    await create.click();
    // Made, it opens on its script tag.
    await consoleOf(owner).getByRole('tab', { name: 'Install', selected: true }).waitFor();
    expect(await ours()).toMatchObject({ markets: ['GR', 'CY', 'TR'] });
    expect((await surveys()).length).toBe(before + 1);
  });

  it('words the Greek question beside the preview, which changes as it is typed, and checks placeholders', async () => {
    await consoleOf(owner).getByRole('tab', { name: 'Texts' }).click();
    const editor = consoleOf(owner).locator('nps-texts-editor');
    expect(await editor.getByLabel('Language of the texts').inputValue()).toBe('el');
    const preview = editor.locator('nps-survey [part="question"]');
    await expect.poll(() => preview.textContent()).toContain('Lykavittos Coffee');
    const builtIn = await preview.textContent();

    await field(owner, 'Question').fill('Θα προτείνατε το {{brand}} σε έναν φίλο σας;');
    await expect
      .poll(() => preview.textContent())
      .toBe('Θα προτείνατε το Lykavittos Coffee σε έναν φίλο σας;');
    expect(builtIn).not.toContain('έναν φίλο σας');

    // The follow-up of each category, and the narrow width, in the same preview.
    await editor.getByRole('radio', { name: 'Follow-up: Detractor (0–6)' }).check();
    await expect.poll(() => editor.locator('nps-survey label[part="question"]').textContent()).toMatch(/\S/);
    await editor.getByRole('radio', { name: '320 px' }).check();
    expect((await editor.locator('.frame').boundingBox())?.width).toBe(320);

    // Greek has two plural forms: the counter is asked for in those two only.
    expect(await editor.getByRole('textbox', { name: /^Characters left/ }).count()).toBe(2);

    const score = field(owner, 'Name of each score (for screen readers)');
    await score.fill('Βαθμός');
    await expect.poll(() => errorOf(score)).toBe('This text needs {{score}}.');
    await field(owner, 'Thank-you message').fill('Ευχαριστούμε {{name}}!');
    expect(await errorOf(field(owner, 'Thank-you message'))).toContain('{{name}} cannot be used here');
    await editor.getByRole('button', { name: 'Save texts' }).click();
    expect((await ours())?.texts).toEqual([]);

    await score.fill('{{score}} από 10');
    await field(owner, 'Thank-you message').fill('');
    await editor.getByRole('button', { name: 'Save texts' }).click();
    await consoleOf(owner).getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    expect((await ours())?.texts).toEqual([
      { language: 'el', key: 'question', text: 'Θα προτείνατε το {{brand}} σε έναν φίλο σας;' },
      { language: 'el', key: 'scoreLabel', text: '{{score}} από 10' },
    ]);
  });

  it('copies the script tag into a page of another origin, where a Turkish visitor answers', async () => {
    await consoleOf(owner).getByRole('tab', { name: 'Install' }).click();
    const panel = consoleOf(owner).locator('nps-install-panel');
    const tag = (await panel.locator('[part="snippet"]').first().textContent()) ?? '';
    expect(tag).toMatch(
      /^<script src="http:\/\/127\.0\.0\.1:\d+\/widget\.js" data-site-key="pk_\w+" async><\/script>$/,
    );
    await panel.getByRole('button', { name: 'Copy' }).first().click();
    siteTag = await owner.evaluate(() => navigator.clipboard.readText());
    expect(siteTag).toBe(tag);

    const visitor = await (await browser.newContext({ locale: 'tr-TR' })).newPage();
    await visitor.goto(siteOrigin);
    const survey = visitor.locator('nps-survey');
    await survey.getByRole('radiogroup').waitFor();
    expect(await survey.locator('[role="dialog"]').getAttribute('lang')).toBe('tr');
    await survey.getByRole('radio').nth(9).click();
    await survey.getByRole('textbox').fill('Kahveniz harika.');
    await survey.locator('[part~="primary"]').click();
    await survey.locator('[role="status"]').filter({ hasText: /\S/ }).waitFor();
    await visitor.context().close();
  });

  it('finds the answer in the dashboard, and the install check shows the origin', async () => {
    await consoleOf(owner).getByRole('button', { name: 'Check again' }).click();
    await consoleOf(owner)
      .locator('nps-install-panel li')
      .filter({ hasText: siteOrigin })
      .filter({ hasText: 'Seen less than a minute ago' })
      .waitFor();

    await consoleOf(owner).getByRole('link', { name: 'Open the dashboard' }).click();
    const dashboard = owner.locator('nps-dashboard');
    await expect
      .poll(() => dashboard.locator('[part="headline"]').textContent(), { timeout: 20_000 })
      .toContain('1 response');
    expect(await dashboard.getByRole('combobox', { name: 'Survey' }).inputValue()).toBe((await ours())?.id);
    await owner.goBack();
  });

  it('adds a theme of its own: the answer stored already is classified again, and the dashboard counts it and opens its comments', async () => {
    await consoleOf(owner).getByRole('button', { name: 'Edit: Lykavittos Coffee' }).click();
    await consoleOf(owner).getByRole('tab', { name: 'Themes' }).click();
    const editor = consoleOf(owner).locator('nps-themes-editor');
    await editor.getByRole('button', { name: 'Add a theme' }).click();
    await editor.getByRole('textbox', { name: 'Code', exact: true }).fill('coffee');
    await editor.getByRole('textbox', { name: 'Name (Ελληνικά)' }).fill('Καφές');
    await editor.getByRole('textbox', { name: 'Cue words (Ελληνικά), one per line' }).fill('καφ*');
    await editor.getByLabel('Language of the names and cue words').selectOption('tr');
    await editor.getByRole('textbox', { name: 'Name (Türkçe)' }).fill('Kahve');
    await editor.getByRole('textbox', { name: 'Cue words (Türkçe), one per line' }).fill('kahve*');
    await editor.getByRole('button', { name: 'Save themes' }).click();
    await consoleOf(owner).getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    // The Turkish visitor's "Kahveniz harika." is classified again in the background, as the editor follows.
    await editor
      .locator('[part="progress"]')
      .filter({ hasText: 'The stored comments were classified again: 1 of 1 changed.' })
      .waitFor({ timeout: 20_000 });
    const survey = await ours();
    const { data } = await graphql<{
      themes: { overall: { customThemes: { code: string; promoters: number }[] } };
    }>(
      product.url,
      'query ($id: ID!) { themes(surveyId: $id) { overall { customThemes { code promoters } } } }',
      { id: survey?.id },
      { authorization: `Bearer ${await adminToken()}` },
    );
    expect(data?.themes.overall.customThemes).toEqual([{ code: 'COFFEE', promoters: 1 }]);

    await consoleOf(owner).getByRole('link', { name: 'Open the dashboard' }).click();
    const theme = owner.locator('nps-dashboard nps-themes-panel [data-custom-theme="COFFEE"]');
    await expect.poll(() => theme.textContent(), { timeout: 20_000 }).toMatch(/Καφές\s+100%\s+\(1\)/);
    // Chosen like a built-in theme: the comment behind it, its cue's word marked.
    await theme.click();
    const comments = owner.locator('nps-dashboard nps-themes-panel [part="comments"]');
    await expect.poll(() => comments.locator('blockquote').textContent()).toBe('Kahveniz harika.');
    expect(await comments.locator('mark').allTextContents()).toEqual(['Kahveniz']);
    await owner.goBack();
  });
});

describe('two owners editing at once', () => {
  it('refuses the stale save with what changed, and keeps the other owner’s change', async () => {
    await consoleOf(owner).getByRole('button', { name: 'Edit: Lykavittos Coffee' }).click();
    // Another browser, signed in with the same owner's email address and password.
    const other = await browser.newPage();
    await other.goto(`${product.url}/console`);
    await consoleOf(other).getByLabel('Email address').fill(EMAIL);
    await consoleOf(other).getByLabel('Password', { exact: true }).fill(PASSWORD);
    await consoleOf(other).getByRole('button', { name: 'Sign in', exact: true }).click();
    await consoleOf(other).getByRole('button', { name: 'Edit: Lykavittos Coffee' }).click();
    await field(other, 'Brand').fill('Lykavittos Coffee & Co');
    await consoleOf(other).getByRole('button', { name: 'Save', exact: true }).click();
    await consoleOf(other).getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    await field(owner, 'Markets').fill('GR, CY, TR, US');
    await consoleOf(owner).getByRole('button', { name: 'Save', exact: true }).click();
    const conflict = consoleOf(owner)
      .getByRole('alert')
      .filter({ hasText: 'Someone else changed this survey' });
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('(Brand)');
    const saved = (await surveys()).find((s) => s.brand === 'Lykavittos Coffee & Co');
    expect(saved?.markets).toEqual(['GR', 'CY', 'TR']);

    await conflict.getByRole('button', { name: 'Load their version' }).click();
    await expect.poll(() => field(owner, 'Brand').inputValue()).toBe('Lykavittos Coffee & Co');
    await other.close();
  });
});

describe('people and roles', () => {
  /** Invites an address with a role in the People tab; the link the console shows for it. */
  async function invite(email: string, role: string): Promise<string> {
    await consoleOf(owner).getByRole('tab', { name: 'People' }).click();
    const panel = consoleOf(owner).locator('nps-people-panel');
    await panel.getByLabel('Email address').fill(email);
    await panel.getByLabel('Role', { exact: true }).selectOption({ label: role });
    await panel.getByRole('button', { name: 'Invite' }).click();
    await panel.getByRole('listitem').filter({ hasText: email }).first().waitFor();
    return (await panel.locator('[part="link"]').textContent()) ?? '';
  }

  /** A new browser that accepts an invitation link with a password of its own. */
  async function join(link: string) {
    const page = await (await browser.newContext({ locale: 'en-US' })).newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(link);
    await consoleOf(page).getByRole('heading', { name: 'Join Lykavittos Coffee & Co' }).waitFor();
    await consoleOf(page).getByLabel('Password (12 characters or more)').fill('my own password here');
    await consoleOf(page).getByRole('button', { name: 'Join' }).click();
    await consoleOf(page).getByRole('heading', { name: 'Your surveys' }).waitFor();
    return page;
  }

  it('gives an analyst the answers and comments, but no settings, tokens, people or webhooks', async () => {
    const link = await invite('analyst@lykavittos.example', 'Analyst');
    expect(link).toMatch(/\/console#invite=/);
    // The survey's activity says who invited whom.
    await expect
      .poll(() => consoleOf(owner).locator('nps-people-panel li').allTextContents())
      .toContainEqual(
        expect.stringMatching(new RegExp(`${EMAIL}\\s*invited: analyst@lykavittos\\.example \\(ANALYST\\)`)),
      );
    const analyst = await join(link);
    // Their own password, changed from the header (their other sessions would end).
    await consoleOf(analyst).getByText('Signed in as analyst@lykavittos.example').click();
    await consoleOf(analyst).getByLabel('Current password').fill('my own password here');
    await consoleOf(analyst).getByLabel('Password (12 characters or more)').fill('an even better password');
    await consoleOf(analyst).getByRole('button', { name: 'Change the password' }).click();
    await consoleOf(analyst).getByRole('status').filter({ hasText: 'Password changed.' }).waitFor();
    // Only the survey of the invitation, and of it only what the role allows.
    expect(await consoleOf(analyst).locator('tbody th').allTextContents()).toEqual([
      'Lykavittos Coffee & Co',
    ]);
    await consoleOf(analyst).getByRole('button', { name: 'Edit: Lykavittos Coffee & Co' }).click();
    expect((await consoleOf(analyst).getByRole('tab').allTextContents()).map((tab) => tab.trim())).toEqual([
      'Install',
    ]);
    await consoleOf(analyst).getByRole('link', { name: 'Open the dashboard' }).click();
    const dashboard = analyst.locator('nps-dashboard');
    await dashboard.getByRole('heading', { name: 'Recent comments' }).waitFor();
    await expect.poll(() => dashboard.locator('blockquote').allTextContents()).toContain('Kahveniz harika.');
    expect(await dashboard.getByRole('heading', { name: 'Webhooks' }).count()).toBe(0);
    await analyst.context().close();
  });

  it('shows a viewer the figures and no comment anywhere: not on the page, not through the API, no export', async () => {
    const viewer = await join(await invite('viewer@lykavittos.example', 'Viewer'));
    await viewer.goto(`${product.url}/dashboard`);
    const dashboard = viewer.locator('nps-dashboard');
    await expect.poll(() => dashboard.locator('[part="headline"]').textContent()).toContain('1 response');
    expect(await dashboard.getByRole('heading', { name: 'Recent comments' }).count()).toBe(0);
    expect(await dashboard.getByRole('button', { name: 'Export the responses (CSV)' }).isVisible()).toBe(
      false,
    );
    expect(await dashboard.locator('blockquote').count()).toBe(0);
    const id = (await ours())?.id;
    const asked = await viewer.evaluate(async (id) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'query ($id: ID!) { responses(surveyId: $id, first: 10) { edges { node { comment } } } }',
          variables: { id },
        }),
      });
      return JSON.stringify(await response.json());
    }, id);
    expect(asked).toContain('FORBIDDEN');
    expect(asked).not.toContain('Kahveniz');
    await viewer.context().close();
  });
});

describe('deleting a survey', () => {
  it('asks for its brand typed in, erases its answers and says what it erased', async () => {
    await consoleOf(owner).getByRole('tab', { name: 'Settings' }).click();
    const remove = consoleOf(owner).getByRole('button', { name: 'Delete for good' });
    expect(await remove.isDisabled()).toBe(true);
    await field(owner, 'Type the brand, Lykavittos Coffee & Co, to confirm').fill('Lykavittos Coffee & Co');
    await remove.click();
    await consoleOf(owner)
      .getByRole('status')
      .filter({
        hasText:
          '“Lykavittos Coffee & Co” was deleted: 1 response erased, with 0 read tokens and 0 webhooks.',
      })
      .waitFor();
    expect((await surveys()).map((s) => s.brand)).toEqual(['Aegean Roasters']);
    expect(pageErrors).toEqual([]);
  });
});

describe('the console in each language', () => {
  it('has no axe violations on any screen, in all six languages, at desktop width and at 390 px', async () => {
    for (const width of [1280, 390]) {
      await owner.setViewportSize({ width, height: 900 });
      for (const [language, edit, texts] of [
        ['en', 'Edit', 'Texts'],
        ['id', 'Ubah', 'Teks'],
        ['mk', 'Уреди', 'Текстови'],
        ['ro', 'Editează', 'Texte'],
        ['el', 'Επεξεργασία', 'Κείμενα'],
        ['tr', 'Düzenle', 'Metinler'],
      ] as const) {
        await consoleOf(owner).locator('header select').selectOption(language);
        await expect.poll(() => owner.evaluate(() => document.documentElement.lang)).toBe(language);
        const back = consoleOf(owner).locator('.title button').first();
        if (await consoleOf(owner).getByRole('tablist').isVisible()) await back.click();
        expect(await axeViolations(owner), `${language} ${width} list`).toEqual([]);
        await consoleOf(owner).getByRole('button', { name: edit }).first().click();
        for (const tab of ['settings', 'texts', 'themes', 'install', 'tokens', 'people']) {
          await consoleOf(owner).locator(`#tab-${tab}`).click();
          expect(await axeViolations(owner), `${language} ${width} ${tab}`).toEqual([]);
        }
        expect(await consoleOf(owner).locator('#tab-texts').textContent()).toContain(texts);
        // Nothing wider than the screen: no sideways scrolling at 390 px.
        expect(await owner.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      }
    }
  });
});
