import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium } from '../browser.ts';
import { freePort, startProduct } from '../product.ts';
import { widgetSizes, widgetTiming } from './widget.ts';

/**
 * `pnpm bench`: prints each benchmark's table and writes them all to `test/bench/results.json`. On the embedded
 * database by default; on any server with MONGODB_URI.
 */
const results: Record<string, unknown> = {
  at: new Date().toISOString(),
  mongodbUri: process.env['MONGODB_URI'] ? 'set' : 'embedded FerretDB',
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const sizes = await widgetSizes();
results['widgetFiles'] = sizes;
console.info('\nWidget build files');
console.table(
  sizes.files.map((f) => ({ file: f.file, min: kb(f.min), gzip: kb(f.gzip), brotli: kb(f.brotli) })),
);
console.info(
  `Downloaded before the survey shows (gzip): ${sizes.firstLoad.map((f) => `${f.language} ${kb(f.gzip)}`).join(', ')}; all six languages in the script would be ${kb(sizes.allLanguagesInScript)}.`,
);

const dataDir = await mkdtemp(join(tmpdir(), 'nps-bench-'));
const product = await startProduct(dataDir, await freePort());
const browser = await launchChromium();
try {
  const timing = await widgetTiming(browser, `${product.url}/el-cy/`);
  results['widgetTiming'] = timing;
  console.info('\nWidget: script tag to an interactive survey (demo page, Greek, Cyprus)');
  console.table(timing);
} finally {
  await browser.close();
  product.process.kill('SIGTERM');
  await product.exited;
  await rm(dataDir, { recursive: true, force: true });
}

await writeFile(resolve(import.meta.dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.info('\nwritten to test/bench/results.json');
