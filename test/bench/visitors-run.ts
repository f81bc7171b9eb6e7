import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../browser.ts';
import { freePort, startProduct } from '../product.ts';
import { compareVisitors, ratios } from './visitors.ts';

/**
 * `pnpm --filter @nps/test bench:visitors`: the visitors' side of `pnpm bench` alone (a few minutes): our widget
 * beside PostHog's surveys on the same page, and Formbricks' published bundle sizes.
 */
const dataDir = await mkdtemp(join(tmpdir(), 'nps-bench-visitors-'));
const product = await startProduct(dataDir, await freePort(), { NODE_ENV: 'production', NPS_DEMO: '0' });
const browser = await launchChromium();
try {
  const { rows, formbricks } = await compareVisitors(product.url, dataDir, browser);
  console.table(rows);
  console.table(ratios(rows));
  console.info(
    `Formbricks, published on npm (gzip): loader ${(formbricks.loader / 1024).toFixed(1)} KB, survey UI ${(formbricks.surveys / 1024).toFixed(1)} KB.`,
  );
} finally {
  await browser.close();
  product.process.kill('SIGTERM');
  await product.exited;
  await rm(dataDir, { recursive: true, force: true });
}
