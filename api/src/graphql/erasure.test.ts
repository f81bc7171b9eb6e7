import { randomUUID } from 'node:crypto';
import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deltaCells } from '../reports/cells.ts';
import { abandonSlot } from '../testing/abandoned-slot.ts';
import { ADMIN_TOKEN, createDemoSurvey, ORIGIN, SUBMIT, startTestApp, type TestApp } from '../testing/app.ts';
import { recountNps, reportedCounts } from '../testing/recount.ts';

/**
 * A respondent's rights: access to every stored answer of theirs, and erasure that takes them out of the counts
 * exactly, while answers keep arriving on two instances over one database.
 */
let a: TestApp;
let b: TestApp;
let survey: { id: string; siteKey: string };
let other: { id: string; siteKey: string };

const ERASE = /* GraphQL */ `
  mutation ($customerId: String!, $surveyId: ID) {
    eraseRespondent(customerId: $customerId, surveyId: $surveyId) { responses surveyIds at }
  }
`;

function submit(app: TestApp, siteKey: string, input: Record<string, unknown> = {}) {
  return app.gql(
    SUBMIT,
    { input: { siteKey, clientResponseId: randomUUID(), score: 5, language: 'el', market: 'GR', ...input } },
    { origin: ORIGIN },
  );
}

const customer = (id: string) => ({ attributes: { customerId: id, plan: 'pro' } });

/** A survey's theme counts as reported (per theme: all, detractors), and as a recount of the stored answers finds. */
async function themes(app: TestApp, surveyId: string): Promise<Record<string, [number, number]>> {
  const { themes } = await app.admin<{
    themes: { overall: { themes: { theme: string; responses: number; detractors: number }[] } };
  }>('query ($id: ID!) { themes(surveyId: $id) { overall { themes { theme responses detractors } } } }', {
    id: surveyId,
  });
  return Object.fromEntries(themes.overall.themes.map((t) => [t.theme, [t.responses, t.detractors]]));
}
async function recountThemes(surveyId: string): Promise<Record<string, [number, number]>> {
  const counts: Record<string, [number, number]> = Object.fromEntries(
    ['PRICE', 'QUALITY', 'STAFF', 'DELIVERY', 'SUPPORT'].map((theme) => [theme, [0, 0]]),
  );
  const answers = await a.db.connection
    .collection<{ score: number; themes?: string[] }>('responses')
    .find({ survey: new Types.ObjectId(surveyId) })
    .toArray();
  for (const answer of answers) {
    for (const theme of answer.themes ?? []) {
      const count = counts[theme] as [number, number];
      count[0]++;
      if (answer.score <= 6) count[1]++;
    }
  }
  return counts;
}

const everything = async () => {
  const db = a.db.connection.db;
  if (!db) throw new Error('no database');
  const names = (await db.listCollections().toArray()).map((c) => c.name);
  return JSON.stringify(await Promise.all(names.map((name) => db.collection(name).find().toArray())));
};

beforeAll(async () => {
  a = await startTestApp('erasure');
  b = await startTestApp('erasure', {}, a.db);
  survey = await createDemoSurvey(a);
  other = await createDemoSurvey(a, { brand: 'Other' });
});
afterAll(async () => {
  await b?.close(true);
  await a?.close();
});

describe('respondentData', () => {
  it('gives every answer of a customer with all its fields, in the scope of the token', async () => {
    await submit(a, survey.siteKey, {
      ...customer('reader-1'),
      comment: 'Slow',
      pageUrl: 'https://shop.example/x',
    });
    await submit(a, other.siteKey, customer('reader-1'));
    const all = await a.gql<{ respondentData: Record<string, unknown>[] }>(
      'query ($c: String!) { respondentData(customerId: $c) { surveyId score comment pageUrl attributes language market createdAt } }',
      { c: 'reader-1' },
      { token: ADMIN_TOKEN },
    );
    expect(all.data?.respondentData).toHaveLength(2);
    expect(all.data?.respondentData[0]).toMatchObject({
      surveyId: survey.id,
      comment: 'Slow',
      pageUrl: 'https://shop.example/x',
      attributes: { customerId: 'reader-1', plan: 'pro' },
    });
    const { createReadToken } = await a.admin<{ createReadToken: { token: string } }>(
      'mutation ($id: ID!) { createReadToken(surveyId: $id, label: "dpo") { token } }',
      { id: survey.id },
    );
    const own = await a.gql<{ respondentData: { surveyId: string }[] }>(
      'query ($c: String!) { respondentData(customerId: $c) { surveyId } }',
      { c: 'reader-1' },
      { token: createReadToken.token },
    );
    expect(own.data?.respondentData).toEqual([{ surveyId: survey.id }]);
  });
});

describe('eraseRespondent', () => {
  it('takes customers out exactly while 1,000 answers arrive on two instances, and leaves no trace of them', async () => {
    const erased = ['erase-1', 'erase-2', 'erase-3'];
    const kept = ['keep-1', 'keep-2'];
    for (const id of [...erased, ...kept]) {
      for (let i = 0; i < 5; i++)
        await submit(i % 2 ? a : b, survey.siteKey, {
          ...customer(id),
          score: i * 2,
          comment: 'Πολύ ακριβό, η παράδοση καθυστέρησε',
        });
    }
    // A follow-up of an erased customer's detractor answer: erased with it.
    const detractor = await a.db.connection
      .collection('responses')
      .findOne({ 'attributes.customerId': 'erase-1', score: 0 });
    await a.gql(
      'mutation ($input: RecordFollowUpInput!) { recordFollowUp(input: $input) { id } }',
      { input: { responseId: detractor?._id, by: 'Ana', reasons: ['PRICE'] } },
      { token: ADMIN_TOKEN },
    );

    const arriving = Array.from({ length: 1000 }, (_, i) =>
      submit(i % 2 ? a : b, survey.siteKey, {
        score: i % 11,
        language: i % 3 ? 'el' : 'tr',
        market: i % 3 ? 'CY' : 'TR',
        ...(i % 4 === 0 && customer(`arriving-${i}`)),
      }),
    );
    const erasures = erased.map((id, i) =>
      (i % 2 ? a : b).gql<{ eraseRespondent: { responses: number; surveyIds: string[] } }>(
        ERASE,
        { customerId: id },
        { token: ADMIN_TOKEN },
      ),
    );
    const results = await Promise.all(erasures);
    expect((await Promise.all(arriving)).filter((r) => r.errors)).toEqual([]);
    for (const result of results) {
      expect(result.data?.eraseRespondent).toMatchObject({ responses: 5, surveyIds: [survey.id] });
    }

    const truth = await recountNps(a.db.connection, survey.id, ['LANGUAGE', 'MARKET'], 'DAY');
    // reader-1's answer, the kept customers' ten, and the thousand that arrived.
    expect(truth.overall.responses).toBe(1 + 10 + 1000);
    for (const app of [a, b]) {
      await expect
        .poll(() => reportedCounts(app, survey.id), { timeout: 5_000, interval: 200 })
        .toEqual(truth);
    }
    // Their comments' themes went out of the counts with them.
    const themesLeft = await recountThemes(survey.id);
    expect(themesLeft['PRICE']?.[0]).toBe(5 * kept.length);
    for (const app of [a, b]) {
      await expect.poll(() => themes(app, survey.id), { timeout: 5_000, interval: 200 }).toEqual(themesLeft);
    }
    const stored = await everything();
    for (const id of erased) expect(stored).not.toContain(id);
    for (const id of kept) {
      const left = await a.db.connection
        .collection('responses')
        .countDocuments({ 'attributes.customerId': id });
      expect(left, id).toBe(5);
    }
    const log = await a.db.connection.collection('erasures').find().toArray();
    expect(log.map((entry) => entry['responses'])).toEqual([5, 5, 5]);
    expect(log.every((entry) => entry['by'] === 'admin' && entry['kind'] === 'respondent')).toBe(true);
  });

  it('is FORBIDDEN for another survey with a read token, and a typed NOT_FOUND that logs nothing when unknown', async () => {
    await submit(a, other.siteKey, customer('elsewhere-1'));
    const { createReadToken } = await a.admin<{ createReadToken: { token: string } }>(
      'mutation ($id: ID!) { createReadToken(surveyId: $id, label: "dpo") { token } }',
      { id: survey.id },
    );
    const token = createReadToken.token;
    const foreign = await a.gql(ERASE, { customerId: 'elsewhere-1', surveyId: other.id }, { token });
    expect(foreign.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    // Its own survey by default: the customer has nothing there.
    const own = await a.gql(ERASE, { customerId: 'elsewhere-1' }, { token });
    expect(own.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const before = await a.db.connection.collection('erasures').countDocuments();
    const unknown = await a.gql(ERASE, { customerId: 'nobody-at-all' }, { token: ADMIN_TOKEN });
    expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(await a.db.connection.collection('erasures').countDocuments()).toBe(before);
    expect(
      await a.db.connection
        .collection('responses')
        .countDocuments({ 'attributes.customerId': 'elsewhere-1' }),
    ).toBe(1);
    const anonymous = await a.gql(ERASE, { customerId: 'elsewhere-1' });
    expect(anonymous.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('eraseResponse', () => {
  it('deletes one answer and takes it out of the counts', async () => {
    const before = await reportedCounts(a, other.id);
    const themesBefore = await themes(a, other.id);
    const id = randomUUID();
    await submit(a, other.siteKey, { clientResponseId: id, score: 2, comment: 'Ο υπάλληλος ήταν αγενής' });
    await expect
      .poll(async () => (await themes(a, other.id))['STAFF']?.[1])
      .toBe((themesBefore['STAFF']?.[1] ?? 0) + 1);
    const result = await b.gql<{ eraseResponse: { responses: number } }>(
      'mutation ($id: ID!) { eraseResponse(id: $id) { responses } }',
      { id: `${other.id}:${id}` },
      { token: ADMIN_TOKEN },
    );
    expect(result.data?.eraseResponse).toEqual({ responses: 1 });
    for (const app of [a, b]) {
      await expect.poll(() => reportedCounts(app, other.id), { timeout: 5_000 }).toEqual(before);
      await expect.poll(() => themes(app, other.id), { timeout: 5_000 }).toEqual(themesBefore);
    }
  });
});

describe('an erasure stopped half-way', () => {
  it('is finished by the survivor that repairs the slot: the answers deleted, their counts taken away', async () => {
    const target = await createDemoSurvey(a, { brand: 'Halfway' });
    for (let i = 0; i < 4; i++) await submit(a, target.siteKey, { ...customer('halfway'), score: 9 });
    await expect
      .poll(async () => (await reportedCounts(a, target.id)).overall.responses, { timeout: 5_000 })
      .toBe(4);
    const db = a.db.connection;
    const answers = await db.collection('responses').find({ 'attributes.customerId': 'halfway' }).toArray();
    // A killed writer's slot: the erasure's journal entry written, two of its four answers deleted, nothing counted.
    const slot = 40;
    const ids = answers.map((answer) => String(answer._id));
    await db.collection('ingest_journal').insertOne({
      _id: randomUUID(),
      slot,
      erased: ids,
      cells: deltaCells(
        answers.map((answer) => ({
          survey: answer['survey'],
          createdAt: answer['createdAt'],
          language: answer['language'],
          market: answer['market'],
          score: answer['score'],
        })),
        [],
        -1,
      ),
      at: new Date(),
    } as never);
    await db.collection('responses').deleteMany({ _id: { $in: ids.slice(0, 2) } } as never);
    // The slot also left one answer stored and not yet counted: counted by the same repair.
    await abandonSlot(db, {
      slot,
      survey: new Types.ObjectId(target.id),
      seq: 0,
      inDelta: [],
      uncounted: [{ score: 9, language: 'el', market: 'GR' }],
      unknown: [],
    });

    for (const app of [a, b]) {
      await expect
        .poll(async () => (await reportedCounts(app, target.id)).overall.responses, {
          timeout: 10_000,
          interval: 200,
        })
        .toBe(1);
    }
    expect(await db.collection('responses').countDocuments({ 'attributes.customerId': 'halfway' })).toBe(0);
    expect(await db.collection('ingest_journal').countDocuments({ slot })).toBe(0);
  });
});
