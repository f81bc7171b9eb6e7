import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createApp } from '../app.ts';
import { runTool } from './run-tool.ts';

/** Rows stored at once, and reported as done. */
const PART = 1_000;

/**
 * `pnpm import:responses FILE --survey ID`: past answers from a CSV (ours, Delighted's or Formbricks' export), every
 * row checked before any is stored. The tool runs as one more API instance over the database (a writer slot of its
 * own), so the answers are counted exactly while the API runs and takes answers; the same file again adds nothing.
 */
await runTool(
  'import:responses',
  'pnpm import:responses FILE --survey ID',
  async (db, file, log, { survey }) => {
    if (!survey) throw new Error('Which survey? Pass --survey ID.');
    const app = await createApp({
      db,
      development: false,
      adminToken: randomBytes(32).toString('hex'),
      rateLimits: { perIpPerMinute: 1, perSiteKeyPerMinute: 1 },
      log: () => {},
    });
    await app.start();
    try {
      const target = await app.services.surveys.get(survey);
      const rows = await app.services.history.read(await readFile(file, 'utf8'), target);
      log(`${rows.length} row(s) read and checked`);
      const started = performance.now();
      let stored = 0;
      let duplicates = 0;
      let erased = 0;
      for (let i = 0; i < rows.length; i += PART) {
        const done = await app.services.history.store(rows.slice(i, i + PART), target);
        stored += done.stored;
        duplicates += done.duplicates;
        erased += done.erased;
        log(`${Math.min(i + PART, rows.length)} / ${rows.length}`);
      }
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      log(
        `${stored} answer(s) stored, ${duplicates} already there, ${erased} erased before (not stored again), in ${seconds} s`,
      );
    } finally {
      await app.close();
    }
  },
);
