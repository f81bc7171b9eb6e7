import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import mongoose, { type Connection } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Answer,
  answers,
  createSurvey,
  embeddedServer,
  freePort,
  graphql,
  isAlive,
  type Product,
  startProduct,
  submitAnswer,
} from './product.ts';

/**
 * Crashes under load: a kill -9 of the API, then of its database, while more than a thousand widgets are waiting
 * for their answers to be acknowledged. The widgets retry what was not acknowledged, as the real one does; then
 * every answer must be stored exactly once, and the pre-aggregated counts must equal a recount of the raw answers.
 */
const ADMIN_TOKEN = 'faults-admin-token-0123456789abcdefghij';
const ORIGIN = 'https://shop.example';
const ANSWERS = 2_000;
const MIN_IN_FLIGHT = 1_000;
const PRODUCT_ENV = {
  NODE_ENV: 'production',
  NPS_DEMO: '0',
  NPS_ADMIN_TOKEN: ADMIN_TOKEN,
  RATE_LIMIT_IP_PER_MINUTE: '1000000',
  RATE_LIMIT_SITE_KEY_PER_MINUTE: '1000000',
};

let dataDir: string;
let port: number;
let product: Product;
let db: Connection;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'nps-e2e-faults-'));
  port = await freePort();
  product = await startProduct(dataDir, port, PRODUCT_ENV);
  const { port: dbPort } = await embeddedServer(dataDir);
  db = await mongoose.createConnection(`mongodb://127.0.0.1:${dbPort}/`, { dbName: 'nps' }).asPromise();
});

afterAll(async () => {
  await db?.close();
  product?.process.kill('SIGTERM');
  await product?.exited;
  await rm(dataDir, { recursive: true, force: true });
});

const SEGMENTS = [
  ['en', 'US'],
  ['el', 'GR'],
  ['el', 'CY'],
  ['tr', 'TR'],
] as const;

const createFaultSurvey = (brand: string) =>
  createSurvey(product.url, ADMIN_TOKEN, {
    brand,
    languages: ['en', 'el', 'tr'],
    markets: ['GR', 'CY', 'TR', 'US'],
    allowedOrigins: [ORIGIN],
  });

const submit = (siteKey: string, answer: Answer) => submitAnswer(product.url, siteKey, ORIGIN, answer);

/**
 * Sends every answer at once and calls `crash` as soon as `acksBeforeCrash` are acknowledged; returns the ids
 * acknowledged, and how many were still waiting for an answer when the crash came.
 */
async function submitAndCrash(
  siteKey: string,
  all: readonly Answer[],
  acksBeforeCrash: number,
  crash: () => void,
): Promise<{ acknowledged: Set<string>; inFlightAtCrash: number }> {
  const acknowledged = new Set<string>();
  let settled = 0;
  let inFlightAtCrash = -1;
  await Promise.all(
    all.map(async (answer) => {
      const ok = await submit(siteKey, answer);
      settled++;
      if (ok) acknowledged.add(answer.clientResponseId);
      if (inFlightAtCrash < 0 && acknowledged.size >= acksBeforeCrash) {
        inFlightAtCrash = all.length - settled;
        crash();
      }
    }),
  );
  return { acknowledged, inFlightAtCrash };
}

/** What the widget does with an answer it could not send: sends it again until the API acknowledges it. */
async function retryUntilAcknowledged(siteKey: string, pending: Answer[]): Promise<void> {
  const deadline = Date.now() + 60_000;
  let left = pending;
  while (left.length) {
    if (Date.now() > deadline) throw new Error(`${left.length} answers never acknowledged`);
    const ok = await Promise.all(left.map((answer) => submit(siteKey, answer)));
    left = left.filter((_, i) => !ok[i]);
    if (left.length) await sleep(250);
  }
}

const CATEGORIES = ['PROMOTER', 'PASSIVE', 'DETRACTOR'] as const;

/** Counts by category, straight from the stored responses. */
async function recount(surveyId: string): Promise<Record<(typeof CATEGORIES)[number], number>> {
  const survey = new mongoose.Types.ObjectId(surveyId);
  const responses = db.collection('responses');
  const [PROMOTER, PASSIVE, DETRACTOR] = await Promise.all(
    CATEGORIES.map((category) => responses.countDocuments({ survey, category })),
  );
  return { PROMOTER: PROMOTER ?? 0, PASSIVE: PASSIVE ?? 0, DETRACTOR: DETRACTOR ?? 0 };
}

/** The report's counts, from the pre-aggregates. */
async function reported(surveyId: string) {
  const { data, errors } = await graphql<{
    nps: { overall: { promoters: number; passives: number; detractors: number } };
  }>(
    product.url,
    'query ($id: ID!) { nps(surveyId: $id) { overall { promoters passives detractors } } }',
    { id: surveyId },
    { authorization: `Bearer ${ADMIN_TOKEN}` },
  );
  if (!data) throw new Error(JSON.stringify(errors));
  const { promoters, passives, detractors } = data.nps.overall;
  return { PROMOTER: promoters, PASSIVE: passives, DETRACTOR: detractors };
}

function expectedCounts(all: readonly Answer[]) {
  const counts = { PROMOTER: 0, PASSIVE: 0, DETRACTOR: 0 };
  for (const { score } of all) counts[score >= 9 ? 'PROMOTER' : score >= 7 ? 'PASSIVE' : 'DETRACTOR']++;
  return counts;
}

/** Every answer stored once, with the score it was given; the report equal to a recount and to what was sent. */
async function expectExactlyOnce(surveyId: string, all: readonly Answer[]): Promise<void> {
  const stored = await db
    .collection('responses')
    .find(
      { survey: new mongoose.Types.ObjectId(surveyId) },
      { projection: { clientResponseId: 1, score: 1 } },
    )
    .toArray();
  expect(stored).toHaveLength(all.length);
  const byId = new Map(stored.map((doc) => [doc['clientResponseId'] as string, doc['score'] as number]));
  expect(byId.size).toBe(all.length);
  for (const answer of all) expect(byId.get(answer.clientResponseId)).toBe(answer.score);

  const counts = await recount(surveyId);
  expect(counts).toEqual(expectedCounts(all));
  // A recount left for after the crash runs in the background, with a backoff.
  await expect.poll(() => reported(surveyId), { timeout: 30_000, interval: 250 }).toEqual(counts);
}

describe('nothing acknowledged is lost, nothing is counted twice', () => {
  it('when the API is killed (-9) with more than a thousand submits in flight', async () => {
    const survey = await createFaultSurvey('Kill the API');
    const all = answers(ANSWERS, SEGMENTS);
    const { acknowledged, inFlightAtCrash } = await submitAndCrash(survey.siteKey, all, 20, () =>
      product.process.kill('SIGKILL'),
    );
    expect(inFlightAtCrash).toBeGreaterThanOrEqual(MIN_IN_FLIGHT);
    expect(acknowledged.size).toBeLessThan(ANSWERS);
    await product.exited;

    product = await startProduct(dataDir, port, PRODUCT_ENV);
    await retryUntilAcknowledged(
      survey.siteKey,
      all.filter((answer) => !acknowledged.has(answer.clientResponseId)),
    );
    await expectExactlyOnce(survey.id, all);
  });

  it('when the database is killed (-9) with more than a thousand submits in flight; the API restarts it', async () => {
    const survey = await createFaultSurvey('Kill the database');
    const all = answers(ANSWERS, SEGMENTS);
    const { pid } = await embeddedServer(dataDir);
    const { acknowledged, inFlightAtCrash } = await submitAndCrash(survey.siteKey, all, 20, () =>
      process.kill(pid, 'SIGKILL'),
    );
    expect(inFlightAtCrash).toBeGreaterThanOrEqual(MIN_IN_FLIGHT);
    expect(isAlive(pid)).toBe(false);

    await retryUntilAcknowledged(
      survey.siteKey,
      all.filter((answer) => !acknowledged.has(answer.clientResponseId)),
    );
    expect(isAlive(product.process.pid ?? 0)).toBe(true);
    expect(product.output()).toContain(`FerretDB (pid ${pid}) exited unexpectedly`);
    await expectExactlyOnce(survey.id, all);
    const metrics = await fetch(`${product.url}/metrics`, {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    expect(await metrics.text()).toMatch(/^nps_embedded_database_restarts [1-9]/m);
  });
});
