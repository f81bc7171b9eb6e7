import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import mongoose from 'mongoose';
import { launchChromium } from '../browser.ts';
import { embeddedServer, freePort, startProduct } from '../product.ts';
import { runScript } from './child.ts';
import { historyBench } from './history.ts';
import { ingestBench } from './ingest.ts';
import { queriesBench } from './queries.ts';
import { reclassifyBench } from './reclassify.ts';
import { repairBench } from './repair.ts';
import { meanInterval } from './stats.ts';
import { themesBench } from './themes.ts';
import { compareVisitors, ratios } from './visitors.ts';
import { deliveryLatency, startReceiver } from './webhooks.ts';
import { widgetSizes, widgetTiming } from './widget.ts';

/**
 * `pnpm bench`: prints each benchmark's table and writes them all to `test/bench/results.json`. On the embedded
 * database by default, on any server with MONGODB_URI. Sizes: BENCH_ANSWERS (stored answers for the query
 * benchmark, 1,000,000), BENCH_SECONDS (of ingest load, 10), BENCH_CONNECTIONS (concurrent widgets, 64).
 * BENCH_ONLY (comma-separated: widget, visitors, themes, ingest, webhooks, queries, reclassify, memory, repair, history) runs those
 * alone.
 */
const env = process.env;
const answers = Number(env['BENCH_ANSWERS'] ?? 1_000_000);
const seconds = Number(env['BENCH_SECONDS'] ?? 10);
const connections = Number(env['BENCH_CONNECTIONS'] ?? 64);
/** Ingest runs with comments, each between two without. */
const COMMENT_PAIRS = 10;
const mongodbUri = env['MONGODB_URI'] ?? '';
const results: Record<string, unknown> = {
  at: new Date().toISOString(),
  database: mongodbUri ? 'MONGODB_URI' : 'embedded FerretDB 1.24 (SQLite)',
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const only = env['BENCH_ONLY'] ? new Set(env['BENCH_ONLY'].split(',').map((part) => part.trim())) : undefined;
const wanted = (part: string) => !only || only.has(part);

if (wanted('themes')) {
  const themes = themesBench();
  results['themes'] = themes;
  console.info(
    '\nComment themes: the classifier on the labelled comments of each language (goal: macro-F1 ≥ 0.85 held out)',
  );
  console.table(themes.rows);
  console.info(
    `Classification, in ms (the median of ${themes.timings} timings, the fastest and slowest in brackets): ${themes['ms per comment']} per comment (${themes['labelled comments']} labelled comments; ${themes['ms per comment, words never seen']} with every word new), ${themes['ms per 2,000-character comment']} per 2,000-character comment (goal: at most 0.2); with a survey's own cues at their most (ten themes of its own and the five, 30 cues each per language), ${themes["ms per comment, a survey's own cues at their most"]} per comment and ${themes["ms per 2,000-character comment, a survey's own cues at their most"]} per 2,000-character comment.`,
  );
}

if (wanted('widget')) {
  const sizes = await widgetSizes();
  results['widgetFiles'] = sizes;
  console.info('\nWidget build files');
  console.table(
    sizes.files.map((f) => ({ file: f.file, min: kb(f.min), gzip: kb(f.gzip), brotli: kb(f.brotli) })),
  );
  console.info(
    `Downloaded (gzip) by a visitor not asked: ${kb(sizes.notAsked)} (the loader); by one asked: ${sizes.asked.map((f) => `${f.language} ${kb(f.gzip)}`).join(', ')}.`,
  );
}

const dataDir = await mkdtemp(join(tmpdir(), 'nps-bench-'));
const database = `nps_bench_${Date.now()}`;
const product = await startProduct(dataDir, await freePort(), {
  NODE_ENV: 'production',
  NPS_DEMO: '1',
  MONGODB_URI: mongodbUri,
  MONGODB_DATABASE: database,
  RATE_LIMIT_IP_PER_MINUTE: '100000000',
  RATE_LIMIT_SITE_KEY_PER_MINUTE: '100000000',
  // The benchmark's webhook receiver listens on loopback.
  NPS_WEBHOOKS_ALLOW_PRIVATE: '1',
});
const browser = await launchChromium();
const uri = mongodbUri || `mongodb://127.0.0.1:${(await embeddedServer(dataDir)).port}/`;
const db = await mongoose.createConnection(uri, { dbName: database }).asPromise();
try {
  if (wanted('widget')) {
    const timing = await widgetTiming(browser, `${product.url}/el-cy/`);
    results['widgetTiming'] = timing;
    console.info('\nWidget: script tag to an interactive survey (demo page, Greek, Cyprus)');
    console.table(timing);
  }

  if (wanted('visitors')) {
    const visitors = await compareVisitors(product.url, dataDir, browser);
    results['visitors'] = visitors;
    console.info(
      '\nWhat a survey costs the visitors of a page: ours beside PostHog (same page, same throttling)',
    );
    console.table(visitors.rows);
    console.table(ratios(visitors.rows));
    console.info(
      `Formbricks, published on npm (gzip): loader ${kb(visitors.formbricks.loader)}, survey UI ${kb(visitors.formbricks.surveys)}.`,
    );
  }

  const admin = {
    url: product.url,
    token: (await readFile(join(dataDir, 'admin-token'), 'utf8')).trim(),
    db,
  };
  if (wanted('ingest')) {
    // Ingest with one instance and with two over the same database, saturated and at fixed offered rates; and with
    // comments to classify, beside the same run without.
    const databasePid = mongodbUri ? undefined : (await embeddedServer(dataDir)).pid;
    const second = await startProduct(join(dataDir, 'second'), await freePort(), {
      NODE_ENV: 'production',
      NPS_DEMO: '0',
      MONGODB_URI: uri,
      MONGODB_DATABASE: database,
      RATE_LIMIT_IP_PER_MINUTE: '100000000',
      RATE_LIMIT_SITE_KEY_PER_MINUTE: '100000000',
    });
    const one = { urls: [product.url], apiPids: [product.process.pid ?? 0], databasePid, seconds };
    const two = {
      urls: [product.url, second.url],
      apiPids: [product.process.pid ?? 0, second.process.pid ?? 0],
      databasePid,
      seconds,
    };
    const ingest = [];
    try {
      // A fresh API compiles its hot paths, and reads its lexicons and models, in the first seconds: a warm-up first,
      // with comments, not counted.
      await ingestBench(admin, { ...one, label: 'warm-up', connections, seconds: 3, comments: 'inline' });
      // Without and with comments in turn, short runs: two runs of the same load differ by up to 30% on a small
      // machine, drifting with it, and the database grows from run to run; so each run with comments is set against
      // the two without on either side of it, and the cost is the mean of those comparisons, with its interval.
      // Then comments written after their score was sent (the widget holds a score two minutes for its comment, and
      // sends it alone when the page is hidden), a second submit of the answer, once, between two runs without.
      const inTurn = {
        ...one,
        label: '1 instance',
        connections,
        seconds: Math.max(3, Math.round(seconds / 2)),
      };
      for (const run of [
        ...Array.from({ length: 2 * COMMENT_PAIRS + 1 }, (_, i) => ({
          ...inTurn,
          ...(i % 2 === 1 && { comments: 'inline' as const }),
        })),
        { ...inTurn, comments: 'follow-up' as const },
        inTurn,
        { ...two, label: '2 instances', connections },
        { ...one, label: '1 instance', connections: 32, rate: 100 },
        { ...one, label: '1 instance', connections: 32, rate: 500 },
        { ...two, label: '2 instances', connections: 32, rate: 500 },
      ]) {
        ingest.push(await ingestBench(admin, run));
      }
    } finally {
      second.process.kill('SIGTERM');
      await second.exited;
    }
    const rates = ingest.slice(0, 2 * COMMENT_PAIRS + 3).map((run) => run['answers/s']);
    /** How many fewer answers per second, in %, the run at `i` gave than the mean of the runs either side. */
    const fewer = (i: number) =>
      100 * (1 - (2 * (rates[i] ?? 0)) / ((rates[i - 1] ?? 0) + (rates[i + 1] ?? 0)));
    const commentsCost = meanInterval(
      rates.slice(0, 2 * COMMENT_PAIRS + 1).flatMap((_, i) => (i % 2 === 1 ? [fewer(i)] : [])),
    );
    const followUpsCost = fewer(2 * COMMENT_PAIRS + 1);
    const percent = (value: number) => Number(value.toFixed(1));
    results['ingest'] = ingest;
    results['ingest with comments, fewer answers/s than without, %'] = percent(commentsCost.mean);
    results['ingest with comments, fewer answers/s than without, 95% interval'] = [
      percent(commentsCost.low),
      percent(commentsCost.high),
    ];
    results['ingest with comments written after their score was sent, fewer answers/s than without, %'] =
      percent(followUpsCost);
    console.info(
      '\nIngest: concurrent widgets submitting over HTTP (load from a second process), as fast as answered or at a fixed rate',
    );
    console.table(ingest);
    console.info(
      `With one comment in three, ${percent(commentsCost.mean)}% fewer answers per second than without (95% interval ${percent(commentsCost.low)} to ${percent(commentsCost.high)}; each of ${COMMENT_PAIRS} runs with comments sent with the score, as the widget sends a comment written within two minutes, against the mean of the runs without on either side; goal: at most 5%). With every comment written after its score was sent, a second submit: ${percent(followUpsCost)}% fewer (one run).`,
    );
  }

  if (wanted('webhooks')) {
    // Latency, idle and under load; then ingest with and without a subscription (the delivery path must not slow
    // ingest by more than 10%).
    const receiver = await startReceiver();
    try {
      const latency = [
        await deliveryLatency(admin, receiver, 100),
        await deliveryLatency(admin, receiver, 100, { urls: [product.url], rate: 300, seconds: 16 }),
      ];
      const one = {
        urls: [product.url],
        apiPids: [product.process.pid ?? 0],
        databasePid: mongodbUri ? undefined : (await embeddedServer(dataDir)).pid,
        seconds,
        label: '1 instance',
        connections,
      };
      // Without a subscription, with one whose receiver is down (its events written, hardly any sent: the cost on
      // the submit path alone) and with one whose receiver answers, in turn, twice; then at a fixed offered rate.
      const down = { ...(await startReceiver(503)), down: true };
      const ingest: Awaited<ReturnType<typeof ingestBench>>[] = [];
      try {
        for (const webhook of [undefined, down, receiver, undefined, down, receiver]) {
          ingest.push(await ingestBench(admin, { ...one, ...(webhook && { webhook }) }));
        }
        for (const webhook of [undefined, receiver]) {
          ingest.push(await ingestBench(admin, { ...one, rate: 600, ...(webhook && { webhook }) }));
        }
      } finally {
        down.close();
      }
      const rate = (webhook: string) =>
        ingest
          .filter((run) => run.webhook === webhook && run['offered/s'] === 'max')
          .reduce((sum, run) => sum + run['answers/s'], 0);
      const slower = (webhook: string) => Number((100 * (1 - rate(webhook) / rate('no'))).toFixed(1));
      const slowdown = {
        'events written (receiver down)': slower('receiver down'),
        'events written and sent': slower('yes'),
      };
      results['webhooks'] = { latency, ingest, 'ingest slowdown with a subscription, %': slowdown };
      console.info(
        "\nWebhooks: from an answer's acknowledgement to its event at a receiver on loopback, one answer at a time (100 ms apart)",
      );
      console.table(latency);
      console.info(
        `\nIngest without and with a subscription to every answer (in turn): ${slowdown['events written (receiver down)']}% slower with its events written (receiver down), ${slowdown['events written and sent']}% with them sent too (limit 10%)`,
      );
      console.table(ingest);
    } finally {
      receiver.close();
    }
  }

  const queries = wanted('queries') || wanted('repair') ? await queriesBench(admin, answers, 200) : undefined;
  if (queries && wanted('queries')) {
    results['queries'] = queries;
    console.info(
      `\nNPS and themes queries over ${answers.toLocaleString('en')} answers (a year, 6 languages, 7 markets; seeded in ${queries['seeding s']} s), 200 runs each, over HTTP`,
    );
    console.table(queries.rows);
  }

  if (wanted('reclassify')) {
    const reclassify = await reclassifyBench(admin, 5_000);
    results['reclassify'] = reclassify;
    console.info(
      "\nReclassification after a change of a survey's own themes, from the save to the work done (one instance)",
    );
    console.table([reclassify]);
  }

  if (wanted('memory')) {
    // The cache's memory, over the surveys made so far (the benchmark's, the demo's and the ingest runs').
    const surveys = (
      await db
        .collection('surveys')
        .find({}, { projection: { _id: 1 } })
        .toArray()
    ).map((s) => String(s._id));
    const memory = await runScript('memory.ts', [uri, database, ...surveys], ['--expose-gc']);
    results['memory'] = memory;
    console.info(
      '\nMemory: the cache of survey cells, heap after a full collection, in a process of its own',
    );
    console.table([memory]);
  }

  if (queries && wanted('repair')) {
    const repair = await repairBench(admin, { surveyId: queries.surveyId, answers });
    results['repair'] = repair;
    console.info(
      '\nRepair after a kill -9: a survivor finishes what the dead instance had in flight (after its 5 s lease)',
    );
    console.table(repair);
  }

  if (wanted('history')) {
    const history = await historyBench(
      {
        url: product.url,
        token: admin.token,
        env: { NPS_DATA_DIR: dataDir, MONGODB_URI: mongodbUri, MONGODB_DATABASE: database },
      },
      dataDir,
    );
    results['history'] = history;
    console.info(
      '\nImport of NPS history: pnpm import:responses with a 100,000-row CSV, beside the running API',
    );
    console.table([history]);
  }
} finally {
  await db.close();
  await browser.close();
  product.process.kill('SIGTERM');
  await product.exited;
  await rm(dataDir, { recursive: true, force: true });
}

// A partial run keeps the other figures of the last full one.
const file = resolve(import.meta.dirname, 'results.json');
const previous = only
  ? (JSON.parse(await readFile(file, 'utf8').catch(() => '{}')) as Record<string, unknown>)
  : {};
await writeFile(file, `${JSON.stringify({ ...previous, ...results }, null, 2)}\n`);
console.info('\nwritten to test/bench/results.json');
