import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium } from '../browser.ts';
import { freePort, startProduct } from '../product.ts';

/**
 * Regenerates the widget's screenshots (`widget/screenshots/<language>-<desktop|320px>.png`, and the follow-up
 * question at 320 px) and the demo shop's (`test/screenshots/demo-shop.png`): the product started on a fresh
 * database, each demo page opened in headless Chromium. Run with `pnpm screenshots` after `pnpm build`.
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
] as const;

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
      await page.waitForTimeout(400);
      await page.screenshot({ path: join(widgetShots, `${language}-${name}.png`) });
      if (language === 'en' && name === 'desktop') {
        await page.screenshot({ path: join(demoShots, 'demo-shop.png') });
      }
      if (name === '320px') {
        await survey.getByRole('radio').nth(9).click();
        await page.waitForTimeout(300);
        await page.screenshot({ path: join(widgetShots, `${language}-${name}-follow-up.png`) });
      }
      await page.close();
    }
    await context.close();
  }
  console.info(`screenshots written to ${widgetShots} and ${demoShots}`);
} finally {
  await browser.close();
  product.process.kill('SIGTERM');
  await product.exited;
  await rm(dataDir, { recursive: true, force: true });
}
