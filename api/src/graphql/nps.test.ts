import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cellOf, SCORE_FIELDS } from '../models/nps-daily.model.ts';
import type { SurveyDoc } from '../models/survey.model.ts';
import { createDemoSurvey, ORIGIN, SUBMIT, startTestApp, type TestApp } from '../testing/app.ts';

const LANGUAGES = ['en', 'id', 'mk', 'ro', 'el', 'tr'];
const MARKETS = ['ID', 'MK', 'RO', 'GR', 'CY', 'TR', 'US', null];
const DAY = 86_400_000;
const START = Date.UTC(2026, 6, 20); // spans month and ISO-week boundaries over 120 days

const NPS = /* GraphQL */ `
  query ($id: ID!, $filter: NpsFilter, $groupBy: [NpsDimension!], $bucket: TimeBucket) {
    nps(surveyId: $id, filter: $filter, groupBy: $groupBy, bucket: $bucket) {
      overall { responses promoters passives detractors nps marginOfError }
      segments { language market period significant score { responses promoters passives detractors nps } }
    }
  }
`;

interface Stored {
  score: number;
  language: string;
  market: string | null;
  createdAt: Date;
}

interface Counts {
  responses: number;
  promoters: number;
  passives: number;
  detractors: number;
}

/** An independent recount from raw responses, written without the service's code. */
function recount(responses: Stored[], groupKey: (r: Stored) => string): Map<string, Counts> {
  const groups = new Map<string, Counts>();
  for (const r of responses) {
    const key = groupKey(r);
    const g = groups.get(key) ?? { responses: 0, promoters: 0, passives: 0, detractors: 0 };
    g.responses++;
    if (r.score >= 9) g.promoters++;
    else if (r.score >= 7) g.passives++;
    else g.detractors++;
    groups.set(key, g);
  }
  return groups;
}

function periodOf(at: Date, bucket: string | null): string {
  const day = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
  if (bucket === 'DAY') return new Date(day).toISOString();
  if (bucket === 'MONTH') return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1)).toISOString();
  if (bucket === 'WEEK') {
    const mondayBased = (new Date(day).getUTCDay() + 6) % 7;
    return new Date(day - mondayBased * DAY).toISOString();
  }
  return 'null';
}

let test: TestApp;
/** The stored responses, read once after seeding: the exactness cases only read. */
let seeded: Stored[];
let surveyId: string;
let siteKey: string;
let survey: SurveyDoc;

async function storedResponses(): Promise<Stored[]> {
  return test.db.connection.collection<Stored>('responses').find({}).toArray();
}

async function report(variables: Record<string, unknown>) {
  const data = await test.admin<{
    nps: {
      overall: Counts & { nps: number | null; marginOfError: number | null };
      segments: {
        language: string | null;
        market: string | null;
        period: string | null;
        score: Counts & { nps: number | null };
      }[];
    };
  }>(NPS, { id: surveyId, ...variables });
  return data.nps;
}

beforeAll(async () => {
  test = await startTestApp('nps');
  ({ id: surveyId, siteKey } = await createDemoSurvey(test, { minResponses: 1 }));
  survey = await test.app.services.surveys.get(surveyId);

  // Deterministic pseudo-random answers, so that a failure can be replayed.
  let seed = 42;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)] as T;
  const answers = Array.from({ length: 3_000 }, () => ({
    input: {
      siteKey,
      clientResponseId: randomUUID(),
      score: Math.floor(random() * 11),
      language: pick(LANGUAGES),
      market: pick(MARKETS),
    },
    at: new Date(START + Math.floor(random() * 120 * DAY)),
  }));
  // Every tenth answer is sent again later, and every fiftieth five times at once: none may count twice.
  const resubmits = answers.filter((_, i) => i % 10 === 0);
  const bursts = answers.filter((_, i) => i % 50 === 0).flatMap((a) => Array.from({ length: 5 }, () => a));
  const all = [...answers, ...resubmits, ...bursts];
  for (let i = 0; i < all.length; i += 250) {
    await Promise.all(
      all.slice(i, i + 250).map(({ input, at }) => test.app.services.submissions.submit(input, survey, at)),
    );
  }
  // And some over HTTP, the way widgets send them (dated today).
  await Promise.all(
    Array.from({ length: 60 }, (_, i) =>
      test.gql(
        SUBMIT,
        {
          input: {
            siteKey,
            clientResponseId: randomUUID(),
            score: i % 11,
            language: pick(LANGUAGES),
            market: 'GR',
          },
        },
        { origin: ORIGIN },
      ),
    ),
  );
  seeded = await storedResponses();
}, 120_000);
afterAll(() => test.close());

describe('nps is exact', () => {
  it('stores each answer once', () => {
    expect(seeded).toHaveLength(3_060);
  });

  const filters: [string, Record<string, unknown> | null, (r: Stored) => boolean][] = [
    ['no filter', null, () => true],
    [
      'a date range',
      { from: '2026-08-01T00:00:00.000Z', to: '2026-10-01T00:00:00.000Z' },
      (r) => r.createdAt >= new Date('2026-08-01') && r.createdAt < new Date('2026-10-01'),
    ],
    ['two languages', { languages: ['el', 'tr'] }, (r) => r.language === 'el' || r.language === 'tr'],
    ['two markets', { markets: ['GR', 'CY'] }, (r) => r.market === 'GR' || r.market === 'CY'],
  ];
  const groupings: [string, string[]][] = [
    ['overall', []],
    ['by language', ['LANGUAGE']],
    ['by market', ['MARKET']],
    ['by language and market', ['LANGUAGE', 'MARKET']],
  ];
  const buckets = [null, 'DAY', 'WEEK', 'MONTH'];
  const cases = filters.flatMap((f) => groupings.flatMap((g) => buckets.map((b) => [f, g, b] as const)));

  it.each(cases.map(([f, g, b]) => [f[0], g[0], b ?? 'no bucket', f, g, b] as const))(
    '%s, %s, %s',
    async (_f, _g, _b, [, filter, keep], [, groupBy], bucket) => {
      const responses = seeded.filter(keep);
      const result = await report({ filter, groupBy, bucket });

      const [overall] = recount(responses, () => '').values();
      expect(result.overall).toMatchObject(overall ?? { responses: 0 });

      const key = (language: string | null, market: string | null, period: string) =>
        `${groupBy.includes('LANGUAGE') ? language : null}|${groupBy.includes('MARKET') ? market : null}|${period}`;
      const expected =
        groupBy.length || bucket
          ? recount(responses, (r) => key(r.language, r.market, periodOf(r.createdAt, bucket)))
          : new Map();
      const actual = new Map(
        result.segments.map((s) => [key(s.language, s.market, s.period ?? 'null'), s.score]),
      );
      expect(new Set(actual.keys())).toEqual(new Set(expected.keys()));
      for (const [k, counts] of expected) {
        const score = actual.get(k);
        expect(score, k).toMatchObject(counts);
        expect(score?.nps).toBeCloseTo((100 * (counts.promoters - counts.detractors)) / counts.responses, 9);
      }
    },
  );

  it('refuses bounds that split a UTC day, which daily counts cannot answer exactly', async () => {
    const result = await test.gql(
      NPS,
      { id: surveyId, filter: { from: '2026-08-01T12:00:00Z' } },
      { token: 'x' },
    );
    expect(result.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const admin = await test.gql(
      NPS,
      { id: surveyId, filter: { from: '2026-08-01T12:00:00Z' } },
      { token: 'test-admin-token-0123456789abcdefghij' },
    );
    expect(admin.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.from' });
  });
});

describe('the pre-aggregates', () => {
  it('are rebuilt from the raw responses by the admin operation', async () => {
    const daily = test.db.connection.collection('nps_daily');
    // Each cell's counts summed over its writer slots, as reports read them.
    const stored = async () => {
      const cells = new Map<string, number[]>();
      for (const doc of await daily.find({}).toArray()) {
        const id = cellOf(String(doc._id));
        const scores = cells.get(id) ?? new Array(11).fill(0);
        SCORE_FIELDS.forEach((field, score) => {
          scores[score] += doc[field] ?? 0;
        });
        cells.set(id, scores);
      }
      return [...cells].sort(([a], [b]) => (a < b ? -1 : 1));
    };
    const truth = await report({ groupBy: ['LANGUAGE', 'MARKET'], bucket: 'WEEK' });
    const cells = await stored();
    const some = await daily.find({}).sort({ _id: 1 }).limit(20).toArray();
    await daily.deleteMany({ _id: { $in: some.slice(0, 10).map((d) => d._id) } });
    for (const doc of some.slice(10)) await daily.updateOne({ _id: doc._id }, { $inc: { s3: 7 } });
    expect(await stored()).not.toEqual(cells);

    const { rebuildNpsAggregates } = await test.admin<{ rebuildNpsAggregates: number }>(
      'mutation ($id: ID!) { rebuildNpsAggregates(surveyId: $id) }',
      { id: surveyId },
    );
    expect(rebuildNpsAggregates).toBe(3_060);
    expect(await stored()).toEqual(cells);
    expect(await report({ groupBy: ['LANGUAGE', 'MARKET'], bucket: 'WEEK' })).toEqual(truth);
  });

  it('are repaired at the next start after a crash between storing answers and counting them', async () => {
    const before = (await report({})).overall.responses;
    // What a kill between the writes leaves: the batch's journal entry, its response, the aggregates untouched.
    await test.db.connection
      .collection('ingest_journal')
      .insertOne({ _id: randomUUID(), surveys: [survey._id], at: new Date() } as never);
    await test.db.connection.collection('responses').insertOne({
      _id: `${surveyId}:${randomUUID()}`,
      survey: survey._id,
      clientResponseId: randomUUID(),
      score: 0,
      category: 'DETRACTOR',
      comment: null,
      language: 'mk',
      market: 'MK',
      pageUrl: null,
      attributes: null,
      createdAt: new Date(),
      followUp: null,
    } as never);
    expect((await report({})).overall.responses).toBe(before);

    const next = await startTestApp('nps', {}, test.db);
    try {
      const data = await next.admin<{ nps: { overall: Counts } }>(NPS, { id: surveyId });
      expect(data.nps.overall.responses).toBe(before + 1);
      expect(await test.db.connection.collection('ingest_journal').countDocuments({})).toBe(0);
    } finally {
      await next.close(true);
    }
  });
});

describe('honest figures', () => {
  const COMPARED = /* GraphQL */ `
    query ($id: ID!, $filter: NpsFilter, $compareTo: NpsComparison, $groupBy: [NpsDimension!], $bucket: TimeBucket) {
      nps(surveyId: $id, filter: $filter, compareTo: $compareTo, groupBy: $groupBy, bucket: $bucket) {
        overall { responses nps lowerBound marginOfError hidden }
        overallChange { points marginOfError significant previous { responses nps } }
        segments {
          language period
          score { responses promoters detractors nps promoterPercent marginOfError lowerBound hidden }
          significant
          change { points marginOfError significant previous { responses nps } }
        }
      }
    }
  `;
  let small: { id: string; siteKey: string };
  let smallSurvey: SurveyDoc;
  /** 40 `en` answers a week before `now`, 40 in the week, and 5 `el` answers in the week. */
  const before = { from: '2026-09-01T00:00:00Z', to: '2026-09-08T00:00:00Z' };
  const now = { from: '2026-09-08T00:00:00Z', to: '2026-09-15T00:00:00Z' };

  beforeAll(async () => {
    small = await createDemoSurvey(test);
    smallSurvey = await test.app.services.surveys.get(small.id);
    const answers = [
      // Before: 10 promoters, 20 passives, 10 detractors (NPS 0); now: 30 promoters, 6 passives, 4 detractors (65).
      ...[...Array(10).fill(10), ...Array(20).fill(8), ...Array(10).fill(3)].map((score, i) => ({
        score,
        language: 'en',
        at: new Date(Date.parse(before.from) + (i % 7) * DAY),
      })),
      ...[...Array(30).fill(9), ...Array(6).fill(7), ...Array(4).fill(0)].map((score, i) => ({
        score,
        language: 'en',
        at: new Date(Date.parse(now.from) + (i % 7) * DAY),
      })),
      ...[10, 10, 10, 9, 9].map((score) => ({ score, language: 'el', at: new Date(now.from) })),
    ];
    for (const { score, language, at } of answers) {
      await test.app.services.submissions.submit(
        { siteKey: small.siteKey, clientResponseId: randomUUID(), score, language },
        smallSurvey,
        at,
      );
    }
  });

  it("withholds a segment's NPS below the survey's minimum, keeping its counts, and ranks by the lower bound", async () => {
    const { nps } = await test.admin<{
      nps: { segments: { language: string; score: Record<string, number | boolean | null> }[] };
    }>(COMPARED, { id: small.id, filter: now, groupBy: ['LANGUAGE'] });
    const greek = nps.segments.find((segment) => segment.language === 'el');
    // Five answers, all promoters: +100 on its face, but below the default minimum of 30.
    expect(greek?.score).toMatchObject({
      responses: 5,
      promoters: 5,
      nps: null,
      promoterPercent: null,
      marginOfError: null,
      lowerBound: null,
      hidden: true,
    });
    const english = nps.segments.find((segment) => segment.language === 'en')?.score;
    expect(english).toMatchObject({ responses: 40, nps: 65, hidden: false });
    // The lower end of the adjusted-Wald interval, centred on the adjusted estimate (30.75 and 4.75 of 43).
    expect(english?.['lowerBound']).toBeCloseTo((100 * 26) / 43 - (english?.['marginOfError'] as number));

    await test.admin('mutation ($id: ID!) { updateSurvey(id: $id, input: { minResponses: 5 }) { id } }', {
      id: small.id,
    });
    const lowered = await test.admin<{
      nps: { segments: { language: string; score: { nps: number | null; lowerBound: number } }[] };
    }>(COMPARED, { id: small.id, filter: now, groupBy: ['LANGUAGE'] });
    const [first, second] = [...lowered.nps.segments].sort((a, b) => b.score.lowerBound - a.score.lowerBound);
    // Shown now, +100 from 5 answers still ranks below +65 from 40: its interval is far wider.
    expect(lowered.nps.segments.find((segment) => segment.language === 'el')?.score.nps).toBe(100);
    expect([first?.language, second?.language]).toEqual(['en', 'el']);
    const refused = await test.gql(
      'mutation ($id: ID!) { updateSurvey(id: $id, input: { minResponses: 0 }) { id } }',
      {
        id: small.id,
      },
      { token: 'test-admin-token-0123456789abcdefghij' },
    );
    expect(refused.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    await test.admin('mutation ($id: ID!) { updateSurvey(id: $id, input: { minResponses: 30 }) { id } }', {
      id: small.id,
    });
  });

  it('gives the change from a comparison period, with the margin of the difference and its significance', async () => {
    const { nps } = await test.admin<{
      nps: {
        overallChange: {
          points: number;
          marginOfError: number;
          significant: boolean;
          previous: { responses: number; nps: number };
        };
        segments: {
          language: string;
          period: string | null;
          change: { points: number | null; significant: boolean | null; previous: { responses: number } };
        }[];
      };
    }>(COMPARED, { id: small.id, filter: now, compareTo: before, groupBy: ['LANGUAGE'] });
    // Overall now: 35 promoters, 6 passives, 4 detractors of 45; before: 0 of 40.
    expect(nps.overallChange.previous).toEqual({ responses: 40, nps: 0 });
    expect(nps.overallChange.points).toBeCloseTo((100 * 31) / 45);
    // Adjusted-Wald variances of the two periods, summed (written out here, not taken from the service).
    const variance = (p: number, d: number, n: number) => {
      const pa = (p + 0.75) / (n + 3);
      const da = (d + 0.75) / (n + 3);
      return (pa + da - (pa - da) ** 2) / (n + 3);
    };
    const margin = 100 * 1.959963984540054 * Math.sqrt(variance(35, 4, 45) + variance(10, 10, 40));
    expect(nps.overallChange.marginOfError).toBeCloseTo(margin);
    expect(nps.overallChange.significant).toBe(true);
    const english = nps.segments.find((segment) => segment.language === 'en');
    expect(english?.change).toMatchObject({ points: 65, significant: true, previous: { responses: 40 } });
    // Hidden now (5 answers) and empty before: no change to read.
    const greek = nps.segments.find((segment) => segment.language === 'el');
    expect(greek?.change).toMatchObject({ points: null, significant: null, previous: { responses: 0 } });
  });

  it('compares a bucketed report period by period, from the start of each window', async () => {
    const { nps } = await test.admin<{
      nps: { segments: { period: string; change: { previous: { responses: number } } }[] };
    }>(COMPARED, { id: small.id, filter: now, compareTo: before, bucket: 'DAY' });
    expect(nps.segments).toHaveLength(7);
    // Day k of this week against day k of the week before: 40 answers spread over 7 days the same way.
    expect(nps.segments.map((segment) => segment.change.previous.responses)).toEqual([6, 6, 6, 6, 6, 5, 5]);
  });

  it('refuses a comparison without a report period, or with bounds that split a day', async () => {
    const admin = { token: 'test-admin-token-0123456789abcdefghij' };
    const open = await test.gql(COMPARED, { id: small.id, compareTo: before }, admin);
    expect(open.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'compareTo' });
    const split = await test.gql(
      COMPARED,
      { id: small.id, filter: now, compareTo: { from: '2026-09-01T06:00:00Z', to: before.to } },
      admin,
    );
    expect(split.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'compareTo.from' });
  });
});
