import { randomUUID } from 'node:crypto';
import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { npsDailyId, SCORE_FIELDS, slotCellId, utcDay } from '../models/nps-daily.model.ts';
import { categoryOf } from '../models/response.model.ts';
import { createDemoSurvey, ORIGIN, SUBMIT, startTestApp, type TestApp } from '../testing/app.ts';

/**
 * Several API instances over one database: each has a writer slot of its own, every instance's reports include what
 * any of them acknowledged, and a survivor finishes what a stopped instance left half-written.
 */
const NPS = /* GraphQL */ `
  query ($id: ID!) {
    nps(surveyId: $id, groupBy: [LANGUAGE, MARKET], bucket: DAY) {
      overall { responses promoters passives detractors }
      segments { language market period score { responses promoters passives detractors } }
    }
  }
`;

let a: TestApp;
let b: TestApp;
let surveyId: string;
let siteKey: string;

beforeAll(async () => {
  a = await startTestApp('instances');
  b = await startTestApp('instances', {}, a.db);
  ({ id: surveyId, siteKey } = await createDemoSurvey(a));
});
afterAll(async () => {
  await b?.close(true);
  await a?.close();
});

const submit = (app: TestApp, input: Record<string, unknown>) =>
  app.gql<{ submitResponse: { duplicate: boolean } }>(
    SUBMIT,
    { input: { siteKey, clientResponseId: randomUUID(), score: 9, language: 'el', market: 'GR', ...input } },
    { origin: ORIGIN },
  );

const report = (app: TestApp) => app.admin<{ nps: unknown }>(NPS, { id: surveyId });

/** The same report, counted from the raw responses. */
async function recount() {
  const docs = await a.db.connection
    .collection('responses')
    .find({ survey: new Types.ObjectId(surveyId) })
    .toArray();
  const tally = () => ({ responses: 0, promoters: 0, passives: 0, detractors: 0 });
  const overall = tally();
  const segments = new Map<string, ReturnType<typeof tally> & { key: [string, string, string] }>();
  for (const doc of docs) {
    const period = utcDay(doc['createdAt'] as Date).toISOString();
    const key = `${period}|${doc['language']}|${doc['market']}`;
    const segment = segments.get(key) ?? { ...tally(), key: [doc['language'], doc['market'], period] };
    segments.set(key, segment);
    const field = ({ PROMOTER: 'promoters', PASSIVE: 'passives', DETRACTOR: 'detractors' } as const)[
      categoryOf(doc['score'] as number)
    ];
    for (const t of [overall, segment]) {
      t.responses++;
      t[field]++;
    }
  }
  return { overall, segments: segments.size };
}

describe('two instances over one database', () => {
  it('hold writer slots of their own', () => {
    expect(a.app.services.ingest.slot).toBeDefined();
    expect(b.app.services.ingest.slot).toBeDefined();
    expect(a.app.services.ingest.slot).not.toBe(b.app.services.ingest.slot);
  });

  it('each report every answer the other acknowledged, within the 2-second bound, equal to a recount', async () => {
    // Both read the survey's cells first, so that what follows must reach them through the count feed.
    await report(a);
    await report(b);
    const sent = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        submit(i % 2 ? a : b, {
          score: i % 11,
          language: ['el', 'tr', 'en'][i % 3],
          market: ['GR', 'CY', 'TR'][i % 3],
        }),
      ),
    );
    expect(sent.every((r) => r.data?.submitResponse.duplicate === false)).toBe(true);
    const acknowledgedAt = Date.now();
    const truth = await recount();
    for (const app of [a, b]) {
      await expect
        .poll(async () => ((await report(app)).nps as { overall: unknown }).overall, {
          timeout: 2_000,
          interval: 100,
        })
        .toEqual(truth.overall);
    }
    expect(Date.now() - acknowledgedAt).toBeLessThan(2_000);
    const [fromA, fromB] = await Promise.all([report(a), report(b)]);
    expect(fromA).toEqual(fromB);
  });

  it('store and count a resubmit that lands on the other instance once', async () => {
    const clientResponseId = randomUUID();
    const before = (await recount()).overall.responses;
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => submit(i % 2 ? a : b, { clientResponseId, score: 3 })),
    );
    expect(results.filter((r) => r.data?.submitResponse.duplicate === false)).toHaveLength(1);
    expect(results.filter((r) => r.data?.submitResponse.duplicate === true)).toHaveLength(9);
    const truth = await recount();
    expect(truth.overall.responses).toBe(before + 1);
    for (const app of [a, b]) {
      await expect
        .poll(async () => ((await report(app)).nps as { overall: unknown }).overall, { timeout: 2_000 })
        .toEqual(truth.overall);
    }
  });
});

describe('a stopped instance', () => {
  it('has its half-written counts finished by a survivor, from what it had in flight alone', async () => {
    const db = a.db.connection;
    const survey = new Types.ObjectId(surveyId);
    const slot = 40;
    const now = new Date();
    const day = utcDay(now);
    const cellOf = (language: string, market: string) => npsDailyId(survey, day, language, market);
    const response = (batch: string, score: number, language: string, market: string) => ({
      _id: `${surveyId}:${randomUUID()}`,
      survey,
      clientResponseId: randomUUID(),
      score,
      category: categoryOf(score),
      comment: null,
      language,
      market,
      pageUrl: null,
      attributes: null,
      createdAt: now,
      followUp: null,
      batch,
    });
    const written = randomUUID();
    const counted = randomUUID();
    const uncounted = randomUUID();
    // What a kill -9 leaves, step by step: a delta (#3) whose cells were written only in part, and a journal entry
    // whose answers were stored but never counted; one id of it was another batch's (a resubmit).
    const inDelta = [response(counted, 10, 'tr', 'TR'), response(counted, 0, 'en', 'US')];
    const lost = [response(uncounted, 8, 'tr', 'TR'), response(uncounted, 1, 'el', 'CY')];
    const acknowledged = await submit(a, { score: 6, language: 'el', market: 'CY' });
    expect(acknowledged.data?.submitResponse.duplicate).toBe(false);
    const resubmitted = await db
      .collection('responses')
      .findOne({ survey, score: 6, market: 'CY' }, { sort: { createdAt: -1 } });
    await db.collection('responses').insertMany([...inDelta, ...lost] as never[]);
    const scores = (score: number) => Array.from({ length: 11 }, (_, s) => (s === score ? 1 : 0));
    await db.collection('nps_deltas').insertOne({
      _id: `${slot}:3`,
      slot,
      seq: 3,
      holder: 'killed',
      at: now,
      journal: [counted],
      cells: [
        { id: cellOf('tr', 'TR'), survey, day, language: 'tr', market: 'TR', scores: scores(10) },
        { id: cellOf('en', 'US'), survey, day, language: 'en', market: 'US', scores: scores(0) },
      ],
      reset: [],
    } as never);
    await db.collection('nps_daily').insertOne({
      _id: slotCellId(cellOf('tr', 'TR'), slot),
      survey,
      day,
      language: 'tr',
      market: 'TR',
      slot,
      v: 3,
      ...Object.fromEntries(SCORE_FIELDS.map((f, s) => [f, s === 10 ? 1 : 0])),
    } as never);
    await db.collection('ingest_journal').insertMany([
      { _id: written, slot, responses: [], at: now },
      { _id: counted, slot, responses: inDelta.map((r) => r._id), at: now },
      { _id: uncounted, slot, responses: [...lost.map((r) => r._id), resubmitted?.['_id']], at: now },
    ] as never[]);
    await db.collection('writer_leases').insertOne({
      _id: `${slot}:0`,
      slot,
      epoch: 0,
      holder: 'killed',
      expiresAt: new Date(Date.now() - 1),
      seq: 2,
      released: false,
    } as never);
    // The survivors' reports read the half-written state from here on.
    await report(a);
    await report(b);

    const truth = await recount();
    for (const app of [a, b]) {
      await expect
        .poll(async () => ((await report(app)).nps as { overall: unknown }).overall, {
          timeout: 10_000,
          interval: 200,
        })
        .toEqual(truth.overall);
    }
    expect(await db.collection('ingest_journal').countDocuments({ slot })).toBe(0);
    const leases = await db.collection('writer_leases').find({ slot }).toArray();
    expect(leases).toHaveLength(1);
    expect(leases[0]).toMatchObject({ released: true, seq: 4 });
  });
});
