import { randomUUID } from 'node:crypto';
import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { abandonSlot } from '../testing/abandoned-slot.ts';
import { createDemoSurvey, ORIGIN, SUBMIT, startTestApp, type TestApp } from '../testing/app.ts';
import { recountNps, reportedCounts } from '../testing/recount.ts';

/**
 * Several API instances over one database: each has a writer slot of its own, every instance's reports include what
 * any of them acknowledged, and a survivor finishes what a stopped instance left half-written.
 */
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

/** The same, counted from the raw responses. */
const recount = () => recountNps(a.db.connection, surveyId, ['LANGUAGE', 'MARKET'], 'DAY');

describe('two instances over one database', () => {
  it('hold writer slots of their own', () => {
    expect(a.app.services.ingest.slot).toBeDefined();
    expect(b.app.services.ingest.slot).toBeDefined();
    expect(a.app.services.ingest.slot).not.toBe(b.app.services.ingest.slot);
  });

  it('each report every answer the other acknowledged, within the 2-second bound, equal to a recount', async () => {
    // Both read the survey's cells first, so that what follows must reach them through the count feed.
    await reportedCounts(a, surveyId);
    await reportedCounts(b, surveyId);
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
        .poll(() => reportedCounts(app, surveyId), { timeout: 2_000, interval: 100 })
        .toEqual(truth);
    }
    expect(Date.now() - acknowledgedAt).toBeLessThan(2_000);
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
      await expect.poll(() => reportedCounts(app, surveyId), { timeout: 2_000 }).toEqual(truth);
    }
  });
});

describe('the writer', () => {
  it('stores the answers queued behind a job in one batch with those queued before it', async () => {
    const { ingest, submissions } = a.app.services;
    const survey = await a.app.models.Survey.findById(surveyId).orFail();
    const answer = async () =>
      (
        await submissions.prepare(
          { siteKey, clientResponseId: randomUUID(), score: 9, language: 'el', market: 'GR' },
          survey,
          new Date(),
        )
      ).toObject();
    const [first, second] = [await answer(), await answer()];
    let release = () => {};
    let holding = () => {};
    const held = new Promise<void>((resolve) => (holding = resolve));
    const busy = ingest.exclusive(
      () =>
        new Promise<void>((resolve) => {
          release = resolve;
          holding();
        }),
    );
    await held;
    // While the writer is busy: an answer, a job (as a comment's change queues), another answer.
    const queued = [ingest.insert(first), ingest.exclusive(async () => {}), ingest.insert(second)];
    release();
    await Promise.all([busy, ...queued]);
    const stored = await a.db.connection
      .collection('responses')
      .find({ _id: { $in: [first._id, second._id] } } as never)
      .toArray();
    expect(stored).toHaveLength(2);
    expect(stored[0]?.['batch']).toBe(stored[1]?.['batch']);
  });
});

describe('a stopped instance', () => {
  it('has its half-written counts finished by a survivor, from what it had in flight alone', async () => {
    const db = a.db.connection;
    const slot = 40;
    const acknowledged = await submit(a, { score: 6, language: 'el', market: 'CY' });
    expect(acknowledged.data?.submitResponse.duplicate).toBe(false);
    const resubmitted = await db
      .collection('responses')
      .findOne({ score: 6, market: 'CY' }, { sort: { createdAt: -1 } });
    // A delta (#3) whose cells were written only in part, a batch stored but never counted, the batch being stored
    // (outcome unknown), and a batch of one resubmit of an answer another batch stored.
    await abandonSlot(db, {
      slot,
      survey: new Types.ObjectId(surveyId),
      seq: 2,
      inDelta: [
        { score: 10, language: 'tr', market: 'TR' },
        { score: 0, language: 'en', market: 'US' },
      ],
      written: (cell) => cell.language === 'tr',
      uncounted: [
        { score: 8, language: 'tr', market: 'TR' },
        { score: 1, language: 'el', market: 'CY' },
      ],
      unknown: [
        { score: 9, language: 'el', market: 'GR' },
        { score: 4, language: 'tr', market: 'TR' },
      ],
      resubmitted: [String(resubmitted?._id)],
    });
    // The survivors' reports read the half-written state from here on.
    await reportedCounts(a, surveyId);
    await reportedCounts(b, surveyId);

    const truth = await recount();
    for (const app of [a, b]) {
      await expect
        .poll(() => reportedCounts(app, surveyId), { timeout: 10_000, interval: 200 })
        .toEqual(truth);
    }
    // The stored cells too, not only the survivors' memory: read afresh, they give the same report.
    a.app.services.aggregates.forget();
    expect(await reportedCounts(a, surveyId)).toEqual(truth);
    expect(await db.collection('ingest_journal').countDocuments({ slot })).toBe(0);
    const leases = await db.collection('writer_leases').find({ slot }).toArray();
    expect(leases).toHaveLength(1);
    // Released, after the half-written delta (#3), one for the batches known stored (#4), one for the looked-up (#5).
    expect(leases[0]).toMatchObject({ released: true, seq: 5 });
  });
});
