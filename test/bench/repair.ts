import { Types } from 'mongoose';
import { seedAnswers } from '../../api/src/demo/seed.ts';
import { createModels } from '../../api/src/models/index.ts';
import { createAggregates } from '../../api/src/services/aggregates.ts';
import { abandonSlot } from '../../api/src/testing/abandoned-slot.ts';
import { type Admin, createBenchSurvey } from './ingest.ts';

const IN_FLIGHT = 500;
const HALF_WRITTEN = 250;
const LANGUAGES = ['en', 'el', 'tr'] as const;

/**
 * Repair after a kill -9: what an instance killed under load leaves (a batch of answers stored but not counted, and
 * the previous 250 ms of counts written as a delta but not yet to its cells), in a survey of `size` answers, with its
 * lease run out; then the time until the running API has noticed (it looks every second), taken the slot over,
 * finished the work and released it. The lease's 5 s run-out comes on top of this in a real kill.
 */
async function repairOnce(admin: Admin, surveyId: string, slot: number) {
  const answers = (count: number) =>
    Array.from({ length: count }, (_, i) => ({
      score: i % 11,
      language: LANGUAGES[i % LANGUAGES.length] as string,
      market: null,
    }));
  await abandonSlot(admin.db, {
    slot,
    survey: new Types.ObjectId(surveyId),
    seq: 0,
    inDelta: answers(HALF_WRITTEN),
    uncounted: answers(IN_FLIGHT),
  });
  // The running API is the survivor: its watcher (every second) takes the slot over, repairs it and releases it.
  const started = performance.now();
  const deadline = Date.now() + 60_000;
  while (
    !(await admin.db.collection('writer_leases').findOne({ _id: `${slot}:1`, released: true } as never))
  ) {
    if (Date.now() > deadline) throw new Error(`writer slot ${slot} was not repaired within 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const ms = performance.now() - started;
  if (await admin.db.collection('ingest_journal').countDocuments({ slot }))
    throw new Error('journal left behind');
  return ms;
}

/** Repair time with the survey at 20,000 answers and at `large` (the query benchmark's survey). */
export async function repairBench(admin: Admin, large: { surveyId: string; answers: number }) {
  const small = await createBenchSurvey(admin, 'https://repair.example');
  const models = createModels(admin.db);
  await seedAnswers(models, createAggregates(models), {
    survey: new Types.ObjectId(small.id),
    count: 20_000,
    days: 90,
    chunk: 5_000,
  });
  const rows = [];
  for (const [answers, surveyId, slot] of [
    [20_000, small.id, 60],
    [large.answers, large.surveyId, 61],
  ] as const) {
    rows.push({
      'survey answers': answers.toLocaleString('en'),
      'in flight': `${IN_FLIGHT} uncounted + ${HALF_WRITTEN} half-written`,
      'repair ms': Math.round(await repairOnce(admin, surveyId, slot)),
    });
  }
  return rows;
}
