import { Types } from 'mongoose';
import { seedAnswers } from '../../api/src/demo/seed.ts';
import { createModels } from '../../api/src/models/index.ts';
import { createAggregates } from '../../api/src/reports/aggregates.ts';
import { type Admin, adminGraphql, createBenchSurvey } from './admin.ts';

const NPS = `query ($id: ID!, $groupBy: [NpsDimension!], $bucket: TimeBucket) {
  nps(surveyId: $id, groupBy: $groupBy, bucket: $bucket) {
    overall { responses nps marginOfError }
    segments { language market period score { responses nps marginOfError } }
  }
}`;

const THEMES = `query ($id: ID!, $groupBy: [NpsDimension!], $bucket: TimeBucket) {
  themes(surveyId: $id, groupBy: $groupBy, bucket: $bucket) {
    overall { themes { theme responses promoters passives detractors percent } }
    segments { language market period themes { theme responses promoters passives detractors percent } }
  }
}`;

const SHAPES = [
  { shape: 'overall', groupBy: [], bucket: null, query: NPS },
  { shape: 'by language', groupBy: ['LANGUAGE'], bucket: null, query: NPS },
  { shape: 'by market', groupBy: ['MARKET'], bucket: null, query: NPS },
  { shape: 'language × market', groupBy: ['LANGUAGE', 'MARKET'], bucket: null, query: NPS },
  { shape: 'language × market × week', groupBy: ['LANGUAGE', 'MARKET'], bucket: 'WEEK', query: NPS },
  { shape: 'channel × language', groupBy: ['CHANNEL', 'LANGUAGE'], bucket: null, query: NPS },
  { shape: 'themes: overall', groupBy: [], bucket: null, query: THEMES },
  { shape: 'themes: language × market', groupBy: ['LANGUAGE', 'MARKET'], bucket: null, query: THEMES },
] as const;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;

/**
 * The naive way: a `$group` over the raw responses by the shape's dimensions and the score (FerretDB 1.x has no
 * `$cond`, so categories are summed here), or, for weeks (no date operators there either), every answer streamed.
 */
async function naive(
  admin: Admin,
  survey: Types.ObjectId,
  groupBy: readonly string[],
  bucket: string | null,
) {
  const responses = admin.db.collection('responses');
  const started = performance.now();
  let groups = 0;
  if (bucket) {
    const seen = new Set<string>();
    for await (const doc of responses.find(
      { survey },
      { projection: { language: 1, market: 1, createdAt: 1, score: 1 } },
    )) {
      const day = doc['createdAt'] as Date;
      const week = Math.floor((day.getTime() / 86_400_000 + 3) / 7);
      seen.add(`${doc['language']}|${doc['market']}|${week}`);
    }
    groups = seen.size;
  } else {
    const id = Object.fromEntries([
      ...groupBy.map((d) => [d.toLowerCase(), `$${d.toLowerCase()}`]),
      ['score', '$score'],
    ]);
    groups = (
      await responses.aggregate([{ $match: { survey } }, { $group: { _id: id, n: { $sum: 1 } } }]).toArray()
    ).length;
  }
  return { ms: performance.now() - started, groups };
}

/**
 * NPS and themes queries over `count` answers spread over a year (the demo's comments, so themes too): seeded in
 * bulk (timed), then each report shape asked `runs` times over HTTP (p50 / p95, after a first, cold one), beside the
 * naive way on the same data.
 */
export async function queriesBench(admin: Admin, count: number, runs: number) {
  const survey = await createBenchSurvey(admin, 'https://bench.example');
  const models = createModels(admin.db);
  const seeded = await seedAnswers(models, createAggregates(models), {
    survey: new Types.ObjectId(survey.id),
    count,
    days: 365,
    chunk: 5_000,
  });
  const rows = [];
  /** The naive way's time per shape of dimensions: the themes shapes read the same answers. */
  const naiveMs = new Map<string, { ms: number }>();
  for (const { shape, groupBy, bucket, query } of SHAPES) {
    const times: number[] = [];
    let segments = 0;
    for (let run = 0; run <= runs; run++) {
      const started = performance.now();
      const report = await adminGraphql<Record<string, { segments: unknown[] }>>(admin, query, {
        id: survey.id,
        groupBy,
        bucket,
      });
      // The first is the cold one: it loads the survey's cells.
      if (run > 0) times.push(performance.now() - started);
      segments = Object.values(report)[0]?.segments.length ?? 0;
    }
    times.sort((a, b) => a - b);
    const key = `${groupBy.join()}|${bucket}`;
    const slow = naiveMs.get(key) ?? (await naive(admin, new Types.ObjectId(survey.id), groupBy, bucket));
    naiveMs.set(key, slow);
    const p50 = percentile(times, 0.5);
    rows.push({
      shape,
      segments,
      'p50 ms': Number(p50.toFixed(2)),
      'p95 ms': Number(percentile(times, 0.95).toFixed(2)),
      'naive ms': Math.round(slow.ms),
      'naive / p50': Math.round(slow.ms / p50),
    });
  }
  return {
    answers: count,
    'seeding s': Number((seeded.ms / 1000).toFixed(1)),
    rows,
    surveyId: survey.id,
  };
}
