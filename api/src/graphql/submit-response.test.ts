import { randomUUID } from 'node:crypto';
import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoSurvey, ORIGIN, SUBMIT, startTestApp, type TestApp } from '../testing/app.ts';

let test: TestApp;
let siteKey: string;
let surveyId: string;

beforeAll(async () => {
  test = await startTestApp('submit');
  ({ siteKey, id: surveyId } = await createDemoSurvey(test));
});
afterAll(() => test.close());

/** `origin: null` sends none, as a server-side script would. */
function submit(input: Record<string, unknown>, origin: string | null = ORIGIN) {
  return test.gql<{ submitResponse: { response: { id: string; category: string }; duplicate: boolean } }>(
    SUBMIT,
    { input: { siteKey, clientResponseId: randomUUID(), score: 9, language: 'en', ...input } },
    { origin: origin ?? undefined },
  );
}

const stored = () => test.db.connection.collection('responses').countDocuments({});

describe('submitResponse', () => {
  it('stores an answer and returns its id and category', async () => {
    const id = randomUUID();
    const result = await submit({ clientResponseId: id, score: 3, language: 'tr', market: 'TR' });
    expect(result.errors).toBeUndefined();
    expect(result.data?.submitResponse).toEqual({
      response: { id: `${surveyId}:${id}`, category: 'DETRACTOR' },
      duplicate: false,
    });
    const doc = await test.db.connection
      .collection('responses')
      .findOne({ _id: `${surveyId}:${id}` } as never);
    expect(doc).toMatchObject({
      score: 3,
      category: 'DETRACTOR',
      language: 'tr',
      market: 'TR',
      comment: null,
    });
    expect(doc).not.toHaveProperty('pending');
  });

  it('stores text as a person typed it: controls, C1 and unpaired surrogates removed, line ends made newlines', async () => {
    const id = randomUUID();
    const result = await submit({
      clientResponseId: id,
      comment: 'a\u0000b\u0085c\r\nd\ud800e\u{1F600}\tf',
      attributes: { plan: 'pro\u0007', seats: 3 },
    });
    expect(result.errors).toBeUndefined();
    const doc = await test.db.connection
      .collection('responses')
      .findOne({ _id: `${surveyId}:${id}` } as never);
    expect(doc).toMatchObject({ comment: 'abc\nde\u{1F600}\tf', attributes: { plan: 'pro', seats: 3 } });
  });

  it('classifies 0-6, 7-8 and 9-10', async () => {
    const categories = [];
    for (const score of [0, 6, 7, 8, 9, 10]) {
      categories.push((await submit({ score })).data?.submitResponse.response.category);
    }
    expect(categories).toEqual(['DETRACTOR', 'DETRACTOR', 'PASSIVE', 'PASSIVE', 'PROMOTER', 'PROMOTER']);
  });

  it('counts a resubmit once, reports it as a duplicate, and adds its comment to the same answer, with its themes', async () => {
    const clientResponseId = randomUUID();
    const before = await stored();
    const first = await submit({ clientResponseId, score: 4 });
    const again = await submit({ clientResponseId, score: 4, comment: 'The delivery was two weeks late.' });
    expect(first.data?.submitResponse.duplicate).toBe(false);
    expect(again.data?.submitResponse).toEqual({
      response: first.data?.submitResponse.response,
      duplicate: true,
    });
    expect(await stored()).toBe(before + 1);
    const doc = await test.db.connection
      .collection('responses')
      .findOne({ _id: `${surveyId}:${clientResponseId}` } as never);
    expect(doc?.['comment']).toBe('The delivery was two weeks late.');
    expect(doc?.['themes']).toEqual(['DELIVERY']);
  });

  it('stores concurrent resubmits of one answer once', async () => {
    const clientResponseId = randomUUID();
    const before = await stored();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => submit({ clientResponseId, score: 10 })),
    );
    expect(results.filter((r) => r.data?.submitResponse.duplicate === false)).toHaveLength(1);
    expect(results.filter((r) => r.data?.submitResponse.duplicate === true)).toHaveLength(19);
    expect(await stored()).toBe(before + 1);
  });

  it('writes its count to the pre-aggregates once the writer is idle', async () => {
    const daily = test.db.connection.collection('nps_daily');
    const detractorsStored = async () =>
      (await daily.find({ survey: new Types.ObjectId(surveyId) }).toArray()).reduce(
        (sum, cell) => sum + (cell['s1'] ?? 0),
        0,
      );
    const before = await detractorsStored();
    await submit({ score: 1 });
    await expect.poll(detractorsStored, { timeout: 5_000 }).toBe(before + 1);
  });

  it('stores the language a regional tag names, and takes the market from its region', async () => {
    const clientResponseId = randomUUID();
    await submit({ clientResponseId, language: 'el-CY' });
    const doc = await test.db.connection
      .collection('responses')
      .findOne({ _id: `${surveyId}:${clientResponseId}` } as never);
    expect(doc).toMatchObject({ language: 'el', market: 'CY' });
  });
});

describe('submitResponse refuses bad input with a typed error, and stores nothing', () => {
  const cases: [string, Record<string, unknown>, string, string][] = [
    ['a score above 10', { score: 11 }, 'BAD_USER_INPUT', 'score'],
    ['a negative score', { score: -1 }, 'BAD_USER_INPUT', 'score'],
    ['a language the survey is not given in', { language: 'fr' }, 'BAD_USER_INPUT', 'language'],
    ['a market the survey does not sell to', { market: 'DE' }, 'BAD_USER_INPUT', 'market'],
    ['a comment over 2000 characters', { comment: 'x'.repeat(2001) }, 'BAD_USER_INPUT', 'comment'],
    [
      'a clientResponseId that is not a UUID',
      { clientResponseId: 'abc' },
      'BAD_USER_INPUT',
      'clientResponseId',
    ],
    ['a pageUrl that is not http(s)', { pageUrl: 'javascript:alert(1)' }, 'BAD_USER_INPUT', 'pageUrl'],
    ['nested attributes', { attributes: { plan: { tier: 'gold' } } }, 'BAD_USER_INPUT', 'attributes'],
    ['an operator as an attribute key', { attributes: { $where: '1' } }, 'BAD_USER_INPUT', 'attributes'],
    [
      'too many attributes',
      { attributes: Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`k${i}`, i])) },
      'BAD_USER_INPUT',
      'attributes',
    ],
    [
      'an attribute value over 200 characters',
      { attributes: { note: 'x'.repeat(201) } },
      'BAD_USER_INPUT',
      'attributes',
    ],
    ['an unknown site key', { siteKey: 'pk_nope' }, 'NOT_FOUND', ''],
  ];

  it.each(cases)('%s', async (_, input, code, field) => {
    const before = await stored();
    const result = await submit(input);
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions.code).toBe(code);
    if (field) expect(result.errors?.[0]?.extensions.field).toBe(field);
    expect(await stored()).toBe(before);
  });

  it('an operator smuggled into a string ({"$gt": ""}) is refused by the schema', async () => {
    const before = await stored();
    const result = await submit({ siteKey: { $gt: '' } });
    expect(result.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(await stored()).toBe(before);
  });

  it('a fractional score is refused by the schema', async () => {
    const result = await submit({ score: 7.5 });
    expect(result.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });
});
