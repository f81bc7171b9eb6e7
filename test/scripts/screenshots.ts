import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import mongoose, { Types } from 'mongoose';
import { DEMO_THEMES } from '../../api/src/demo/demo-themes.ts';
import { seedAnswers } from '../../api/src/demo/seed.ts';
import { createModels } from '../../api/src/models/index.ts';
import { createAggregates } from '../../api/src/reports/aggregates.ts';
import { en } from '../../widget/src/i18n/locales/en.ts';
import { PSEUDO_RTL, pseudoMessages } from '../../widget/src/i18n/pseudo.ts';
import { en as dashboardEnglish } from '../../widget/src/owner/dashboard/i18n/en.ts';
import { launchChromium } from '../browser.ts';
import { embeddedServer, freePort, graphql, startProduct } from '../product.ts';

/**
 * Regenerates the widget's screenshots (`widget/screenshots/<language>-<desktop|320px>[-follow-up].png`: both steps
 * in each language, and `pseudo-rtl-320px[-follow-up].png` in the right-to-left pseudo-locale), the demo shop's
 * (`test/screenshots/demo-shop.png`) and the dashboard's (`widget/screenshots/dashboard-<language>.png` in each
 * language, `dashboard-narrow.png`, `dashboard-pseudo-rtl.png`, and the why panel open on a theme,
 * `dashboard-why-<name>.png`, over 20,000 seeded answers) and the owner console's
 * (`widget/screenshots/console-<language>.png`, the texts beside the preview; `console-install.png`;
 * `console-narrow.png`, the settings at 390 px; `console-links.png`, the links tab in Greek; `console-themes.png` and
 * `console-themes-el.png`, the survey's own themes, two given to the demo survey), the email snippet
 * (`widget/screenshots/email-<language>-<320|600>px.png`) and the survey page a score link opens
 * (`widget/screenshots/survey-page-<language>.png`): the product started on
 * a fresh database, each page opened in headless Chromium. Run with `pnpm screenshots`.
 */
const widgetShots = resolve(import.meta.dirname, '../../widget/screenshots');
const demoShots = resolve(import.meta.dirname, '../screenshots');
const PAGES = [
  ['en', '/'],
  ['id', '/id/'],
  ['mk', '/mk/'],
  ['ro', '/ro/'],
  ['el', '/el/'],
  ['tr', '/tr/'],
  // The English page, the survey switched to the right-to-left pseudo-locale.
  ['pseudo-rtl', '/'],
] as const;
const pseudoTexts = Object.entries(pseudoMessages(en)).map(([key, text]) => ({
  language: PSEUDO_RTL,
  key,
  text,
}));

const dataDir = await mkdtemp(join(tmpdir(), 'nps-screenshots-'));
const product = await startProduct(dataDir, await freePort());
const browser = await launchChromium();
try {
  for (const [name, viewport] of [
    ['desktop', { width: 1100, height: 640 }],
    ['320px', { width: 320, height: 640 }],
  ] as const) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
    for (const [language, path] of PAGES) {
      const page = await context.newPage();
      await page.goto(`${product.url}${path}`);
      const survey = page.locator('nps-survey');
      await survey.locator('[part="base"]').waitFor();
      if (language === 'pseudo-rtl') {
        await survey.evaluate(
          async (el, { texts, language }) => {
            const element = el as HTMLElement & { config: object; setLanguage(l: string): Promise<void> };
            element.config = { ...element.config, texts };
            await element.setLanguage(language);
          },
          { texts: pseudoTexts, language: PSEUDO_RTL },
        );
      }
      await page.waitForTimeout(400);
      await page.screenshot({ path: join(widgetShots, `${language}-${name}.png`) });
      if (language === 'en' && name === 'desktop') {
        await page.screenshot({ path: join(demoShots, 'demo-shop.png') });
      }
      await survey.getByRole('radio').nth(9).click();
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(widgetShots, `${language}-${name}-follow-up.png`) });
      await page.close();
    }
    await context.close();
  }
  const surveyId = (JSON.parse(await readFile(join(dataDir, 'demo-survey.json'), 'utf8')) as { id: string })
    .id;
  const db = await mongoose
    .createConnection(`mongodb://127.0.0.1:${(await embeddedServer(dataDir)).port}/`, { dbName: 'nps' })
    .asPromise();
  const models = createModels(db);
  await seedAnswers(models, createAggregates(models), {
    survey: new Types.ObjectId(surveyId),
    count: 20_000,
    days: 90,
  });
  await db.close();
  const token = (await readFile(join(dataDir, 'admin-token'), 'utf8')).trim();
  await ownThemes(product.url, token, surveyId);
  const shots = [
    ...PAGES.slice(0, 6).map(([language]) => [language, language, { width: 1280, height: 900 }] as const),
    ['narrow', 'en', { width: 390, height: 844 }] as const,
    ['pseudo-rtl', PSEUDO_RTL, { width: 1280, height: 900 }] as const,
  ];
  for (const [name, language, viewport] of shots) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${product.url}/dashboard`);
    const dashboard = page.locator('nps-dashboard');
    await dashboard.getByLabel('Read token').fill(token);
    await dashboard.getByRole('button', { name: 'Open' }).click();
    await dashboard.locator('nps-segment-grid [part~="cell"]').first().waitFor();
    await dashboard.evaluate(
      (el, change) => Object.assign(el, change),
      language === PSEUDO_RTL
        ? { language, texts: { [PSEUDO_RTL]: pseudoMessages(dashboardEnglish) } }
        : { language },
    );
    await page.waitForTimeout(600);
    await page.screenshot({ path: join(widgetShots, `dashboard-${name}.png`), fullPage: true });
    // The why panel with the detractors' first theme open: its comments, each with its themes to correct.
    const why = dashboard.locator('nps-themes-panel');
    await why.locator('[part="theme"]').first().click();
    await why.locator('[part="corrections"]').first().waitFor();
    await why.screenshot({ path: join(widgetShots, `dashboard-why-${name}.png`) });
    await context.close();
  }
  // The owner console: the texts of the demo survey beside the preview, in each language; its script tag; 390 px.
  const consoleShots = [
    ...PAGES.slice(0, 6).map(
      ([language]) => [language, language, 'texts', { width: 1280, height: 900 }] as const,
    ),
    ['install', 'en', 'install', { width: 1280, height: 900 }] as const,
    ['links', 'el', 'links', { width: 1280, height: 900 }] as const,
    ['narrow', 'el', 'settings', { width: 390, height: 844 }] as const,
    ['themes', 'en', 'themes', { width: 1280, height: 900 }] as const,
    ['themes-el', 'el', 'themes', { width: 1280, height: 900 }] as const,
  ];
  for (const [name, language, tab, viewport] of consoleShots) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${product.url}/console`);
    const owner = page.locator('nps-console');
    await owner.getByText('Use the admin token instead').click();
    await owner.getByLabel('Admin token').fill(token);
    await owner.locator('details').getByRole('button', { name: 'Sign in' }).click();
    await owner.locator('header select').selectOption(language);
    await owner.locator('tbody button').first().click();
    await owner.locator(`#tab-${tab}`).click();
    if (tab === 'texts') await owner.locator('nps-texts-editor select').first().selectOption(language);
    if (tab === 'themes') await owner.locator('nps-themes-editor select').first().selectOption(language);
    if (tab === 'links') {
      await owner.locator('nps-links-panel button[type="submit"]').click();
      await owner.locator('nps-links-panel iframe').waitFor();
    }
    await page.waitForTimeout(600);
    await page.screenshot({ path: join(widgetShots, `console-${name}.png`), fullPage: tab === 'settings' });
    await context.close();
  }
  // The email snippet as a mail client without scripts lays it out, 320 and 600 px wide, and the survey page a score
  // link opens, in each language.
  const { data } = await graphql<{ surveyLinks: { language: string; html: string; scoreUrls: string[] }[] }>(
    product.url,
    'query ($id: ID!, $r: [SurveyLinkInput!]!) { surveyLinks(surveyId: $id, recipients: $r) { language html scoreUrls } }',
    { id: surveyId, r: PAGES.slice(0, 6).map(([language]) => ({ language, customer: 'screenshot' })) },
    { authorization: `Bearer ${token}` },
  );
  for (const width of [320, 600]) {
    const context = await browser.newContext({ viewport: { width, height: 220 }, javaScriptEnabled: false });
    const page = await context.newPage();
    for (const links of data?.surveyLinks ?? []) {
      await page.setContent(
        `<!doctype html><meta charset="utf-8"><body style="margin:8px">${links.html}</body>`,
      );
      await page.screenshot({
        path: join(widgetShots, `email-${links.language}-${width}px.png`),
        fullPage: true,
      });
    }
    await context.close();
  }
  const pageContext = await browser.newContext({
    viewport: { width: 390, height: 520 },
    deviceScaleFactor: 1,
  });
  for (const links of data?.surveyLinks ?? []) {
    const page = await pageContext.newPage();
    await page.goto(links.scoreUrls[8] ?? '');
    await page.locator('nps-survey').getByRole('textbox').waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(widgetShots, `survey-page-${links.language}.png`) });
    await page.close();
  }
  await pageContext.close();
  console.info(`screenshots written to ${widgetShots} and ${demoShots}`);
} finally {
  await browser.close();
  product.process.kill('SIGTERM');
  await product.exited;
  await rm(dataDir, { recursive: true, force: true });
}

/**
 * Gives the demo survey themes of its own, as an owner would in the console, and waits for its comments to be
 * classified again: the dashboard's why panel and the console's Themes tab then show them.
 */
async function ownThemes(url: string, token: string, surveyId: string): Promise<void> {
  const auth = { authorization: `Bearer ${token}` };
  const { errors } = await graphql(
    url,
    'mutation ($id: ID!, $themes: [CustomThemeInput!]!) { updateSurvey(id: $id, input: { customThemes: $themes }) { id } }',
    { id: surveyId, themes: DEMO_THEMES },
    auth,
  );
  if (errors) throw new Error(`the demo survey's theme was refused: ${JSON.stringify(errors)}`);
  for (;;) {
    const { data } = await graphql<{ survey: { reclassification: { finishedAt: string | null } | null } }>(
      url,
      'query ($id: ID!) { survey(id: $id) { reclassification { finishedAt } } }',
      { id: surveyId },
      auth,
    );
    if (data?.survey.reclassification?.finishedAt) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
