import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, createDemoSurvey, ORIGIN, SUBMIT, startTestApp, type TestApp } from '../testing/app.ts';
import { reportedCounts } from '../testing/recount.ts';

/** Retention: personal fields cleared after each survey's period, with a clock the test moves; counts untouched. */
let test: TestApp;
const DAY_MS = 86_400_000;

beforeAll(async () => {
  test = await startTestApp('retention');
});
afterAll(() => test.close());

/** A survey's stored answers, as they are in the database. */
async function personal(surveyId: string) {
  const docs = await test.db.connection
    .collection('responses')
    .find({}, { projection: { survey: 1, comment: 1, attributes: 1, pageUrl: 1, score: 1, language: 1 } })
    .toArray();
  return docs.filter((doc) => String(doc['survey']) === surveyId);
}

/** The survey's theme counts, as one comparable string. */
async function themes(surveyId: string): Promise<string> {
  const data = await test.admin<{ themes: unknown }>(
    'query ($id: ID!) { themes(surveyId: $id) { overall { themes { theme responses promoters passives detractors } } } }',
    { id: surveyId },
  );
  return JSON.stringify(data.themes);
}

describe('retention', () => {
  it('clears personal fields after the period, resumes after a stop half-way, and leaves every count as it was', async () => {
    const kept = await createDemoSurvey(test, { retentionDays: 30 });
    const forever = await createDemoSurvey(test, { brand: 'Forever' });
    for (const survey of [kept, forever]) {
      for (let i = 0; i < 7; i++) {
        await test.gql(
          SUBMIT,
          {
            input: {
              siteKey: survey.siteKey,
              clientResponseId: randomUUID(),
              score: i,
              language: i % 2 ? 'el' : 'tr',
              market: i % 2 ? 'CY' : 'TR',
              comment:
                i % 3
                  ? `Comment ${i}`
                  : i % 2
                    ? 'Πολύ ακριβό, η παράδοση καθυστέρησε'
                    : 'Çok pahalı, kargo geç geldi',
              pageUrl: 'https://shop.example/checkout',
              attributes: { customerId: `person-${i}`, plan: 'pro' },
            },
          },
          { origin: ORIGIN },
        );
      }
    }
    const before = await reportedCounts(test, kept.id);
    const themesBefore = await themes(kept.id);
    expect(themesBefore).toContain('"responses":3');
    const retention = test.app.services.retention;

    // Nothing is older than 30 days yet.
    expect(await retention.purge()).toBe(0);

    // Thirty-one days on: a purge stopped after its first step (as a kill would stop it), then the next run.
    const later = Date.now() + 31 * DAY_MS;
    expect(await retention.purge({ now: later, steps: 1, batch: 3 })).toBe(3);
    expect(await retention.purge({ now: later, batch: 3 })).toBe(4);

    const purged = await personal(kept.id);
    expect(purged).toHaveLength(7);
    for (const doc of purged) {
      expect(doc).toMatchObject({ comment: null, attributes: null, pageUrl: null });
      expect(typeof doc['score']).toBe('number');
    }
    expect(JSON.stringify(purged)).not.toContain('person-');
    expect(
      await test.db.connection
        .collection('customer_contacts')
        .countDocuments({ _id: { $regex: `^${kept.id}:` } } as never),
    ).toBe(0);
    // Another survey, without a period: untouched.
    const untouched = await personal(forever.id);
    expect(untouched.filter((doc) => doc['comment'] !== null)).toHaveLength(7);

    expect(await reportedCounts(test, kept.id)).toEqual(before);
    await test.admin('mutation ($id: ID!) { rebuildNpsAggregates(surveyId: $id) }', { id: kept.id });
    expect(await reportedCounts(test, kept.id)).toEqual(before);
    // The comments' themes are anonymous facts too: kept, and counted the same after a rebuild.
    expect(await themes(kept.id)).toEqual(themesBefore);
  });

  it('is set per survey: 1 to 36500 days, 0 to keep for good', async () => {
    const survey = await createDemoSurvey(test, { retentionDays: 365 });
    const update = (retentionDays: number) =>
      test.gql(
        'mutation ($id: ID!, $input: UpdateSurveyInput!) { updateSurvey(id: $id, input: $input) { retentionDays } }',
        { id: survey.id, input: { retentionDays } },
        { token: ADMIN_TOKEN },
      );
    expect((await update(0)).data).toEqual({ updateSurvey: { retentionDays: null } });
    expect((await update(90)).data).toEqual({ updateSurvey: { retentionDays: 90 } });
    expect((await update(-1)).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'retentionDays',
    });
  });

  it('is due by the database clock an hour after its last run, so a restart runs it at once when it is due', async () => {
    const first = await startTestApp('retention_due');
    // The start runs it (a fresh database has never purged): it is then not due for an hour.
    const status = '{ retentionStatus { lastRunAt lastPurged nextDueAt } }';
    const read = async () =>
      (await first.admin<{ retentionStatus: Record<string, string | number | null> }>(status))
        .retentionStatus;
    await expect.poll(async () => (await read())['lastPurged']).toBe(0);
    const ran = await read();
    expect(Date.parse(String(ran['nextDueAt'])) - Date.parse(String(ran['lastRunAt']))).toBe(3_600_000);
    const survey = await createDemoSurvey(first, { retentionDays: 1 });
    await first.gql(
      SUBMIT,
      {
        input: {
          siteKey: survey.siteKey,
          clientResponseId: randomUUID(),
          score: 3,
          language: 'en',
          comment: 'Too slow',
        },
      },
      { origin: ORIGIN },
    );
    const responses = first.db.connection.collection('responses');
    await responses.updateMany({}, { $set: { createdAt: new Date(Date.now() - 3 * DAY_MS) } });
    await first.close(true);

    const jobs = first.db.connection.collection('job_runs');
    // Restarted within the hour: not due, not run.
    let second = await startTestApp('retention_due', {}, first.db);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await second.admin<{ retentionStatus: unknown }>(status)).retentionStatus).toEqual(ran);
    expect(await responses.countDocuments({ comment: 'Too slow' })).toBe(1);
    await second.close(true);

    // Restarted after it came due (the last run two hours ago): run at once, however recent the process.
    await jobs.updateOne({ _id: 'retention' } as never, {
      $set: { at: new Date(Date.now() - 2 * 3_600_000) },
    });
    second = await startTestApp('retention_due', {}, first.db);
    await expect.poll(() => responses.countDocuments({ comment: null }), { timeout: 5_000 }).toBe(1);
    await expect
      .poll(
        async () => (await second.admin<{ retentionStatus: { lastPurged: number } }>(status)).retentionStatus,
      )
      .toMatchObject({ lastPurged: 1 });

    // On demand, by the admin alone.
    const now = await second.admin<{ runRetentionPurge: { lastPurged: number; lastRunAt: string } }>(
      'mutation { runRetentionPurge { lastPurged lastRunAt } }',
    );
    expect(now.runRetentionPurge.lastPurged).toBe(0);
    const anonymous = await second.gql('mutation { runRetentionPurge { lastPurged } }');
    expect(anonymous.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    await second.close();
  });
});
