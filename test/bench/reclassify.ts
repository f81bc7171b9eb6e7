import { Types } from 'mongoose';
import { DEMO_THEMES } from '../../api/src/demo/demo-themes.ts';
import { seedAnswers } from '../../api/src/demo/seed.ts';
import { createModels } from '../../api/src/models/index.ts';
import { createAggregates } from '../../api/src/reports/aggregates.ts';
import { type Admin, adminGraphql, createBenchSurvey } from './admin.ts';

/**
 * A change of a survey's own themes classifies its stored comments again in the background: how fast, from the
 * owner's save to the work finished, over `comments` seeded answers that each have one (the demo shop's two themes,
 * which about half of them name).
 */
export async function reclassifyBench(admin: Admin, comments: number) {
  const { id } = await createBenchSurvey(admin, 'https://reclassify.bench.example');
  const models = createModels(admin.db);
  await seedAnswers(models, createAggregates(models), {
    survey: new Types.ObjectId(id),
    count: comments,
    days: 30,
    commentRate: 1,
  });
  const started = performance.now();
  await adminGraphql(
    admin,
    'mutation ($id: ID!, $themes: [CustomThemeInput!]!) { updateSurvey(id: $id, input: { customThemes: $themes }) { id } }',
    { id, themes: DEMO_THEMES },
  );
  type Job = { total: number; done: number; changed: number; finishedAt: string | null };
  for (;;) {
    const { survey } = await adminGraphql<{ survey: { reclassification: Job } }>(
      admin,
      'query ($id: ID!) { survey(id: $id) { reclassification { total done changed finishedAt } } }',
      { id },
    );
    const job = survey.reclassification;
    if (job.finishedAt) {
      const seconds = (performance.now() - started) / 1000;
      return {
        comments: job.total,
        'changed themes': job.changed,
        seconds: Number(seconds.toFixed(1)),
        'comments per second': Math.round(job.total / seconds),
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
