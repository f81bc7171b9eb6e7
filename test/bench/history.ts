import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { createSurvey } from '../product.ts';

/**
 * `pnpm import:responses` with a CSV of `rows` past answers (a year, two languages, comments, customer ids), into a
 * fresh survey of the running product, as a user would run it: wall time and the tool's peak memory.
 */
export async function historyBench(
  product: { url: string; token: string; env: Record<string, string> },
  dir: string,
  rows = 100_000,
) {
  const survey = await createSurvey(product.url, product.token, {
    brand: 'History',
    languages: ['el', 'tr'],
    markets: ['CY', 'TR'],
    allowedOrigins: [],
  });
  const lines = Array.from({ length: rows }, (_, i) => {
    const day = `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
    return `${day},${i % 11},Comment ${i},${i % 2 ? 'el' : 'tr'},${i % 2 ? 'CY' : 'TR'},c-${i}`;
  });
  const file = join(dir, 'history.csv');
  await writeFile(file, `date,score,comment,language,market,customer id\n${lines.join('\n')}\n`);
  const tool = resolve(import.meta.dirname, '../../api/src/tools/import-responses.ts');
  const started = performance.now();
  const { stderr } = await promisify(execFile)(
    '/usr/bin/time',
    ['-f', '%M', process.execPath, tool, file, '--survey', survey.id],
    { env: { ...process.env, ...product.env }, maxBuffer: 64 * 1024 * 1024 },
  );
  const seconds = (performance.now() - started) / 1000;
  const peakKb = Number(stderr.trim().split('\n').at(-1));
  return {
    rows,
    'wall time (s)': Number(seconds.toFixed(1)),
    'rows/s': Math.round(rows / seconds),
    'peak RSS (MB)': Math.round(peakKb / 1024),
  };
}
