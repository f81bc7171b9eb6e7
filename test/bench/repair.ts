import { Types } from 'mongoose';
import { seedAnswers } from '../../api/src/demo/seed.ts';
import { createModels } from '../../api/src/models/index.ts';
import { createAggregates } from '../../api/src/reports/aggregates.ts';
import { abandonSlot } from '../../api/src/testing/abandoned-slot.ts';
import { type Admin, createBenchSurvey } from './admin.ts';

/** A kill under load of 64 widgets: the last 250 ms counted but not written, 64 answers being stored. */
const UNCOUNTED = 250;
const IN_FLIGHT = 64;
const HALF_WRITTEN = 250;
const LANGUAGES = ['en', 'el', 'tr'] as const;

/**
 * Repair after a kill -9: what an instance killed under load leaves (a delta written but not yet to its cells, the
 * counts of the last 250 ms not written, and the batch being stored, whose outcome it never learnt), in a survey of
 * `size` answers, with its lease run out; then the time until the running API has noticed (it looks every second),
 * taken the slot over, finished the work and released it. The lease's 5 s run-out comes on top of this in a real
 * kill.
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
    uncounted: answers(UNCOUNTED),
    unknown: answers(IN_FLIGHT),
  });
  // The running API is the survivor: its watcher (every second) takes the slot over, finishes the half-written
  // delta (#1), counts the batches known stored (#2: every acknowledged answer), then looks up the batch whose
  // outcome was never known (#3), and releases the slot.
  const started = performance.now();
  const deadline = Date.now() + 600_000;
  const until = async (what: string, done: () => Promise<unknown>) => {
    while (!(await done())) {
      if (Date.now() > deadline) throw new Error(`writer slot ${slot}: ${what} not within 10 minutes`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return Math.round(performance.now() - started);
  };
  const acknowledged = await until('the acknowledged answers counted', () =>
    admin.db.collection('nps_deltas').findOne({ _id: `${slot}:2` } as never),
  );
  const all = await until('the slot released', () =>
    admin.db.collection('writer_leases').findOne({ _id: `${slot}:1`, released: true } as never),
  );
  if (await admin.db.collection('ingest_journal').countDocuments({ slot }))
    throw new Error('journal left behind');
  return { acknowledged, all };
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
      'left by the kill': `${HALF_WRITTEN} half-written, ${UNCOUNTED} uncounted, ${IN_FLIGHT} outcome unknown`,
      ...(await repairOnce(admin, surveyId, slot).then(({ acknowledged, all }) => ({
        'acknowledged counted, ms': acknowledged,
        'all counted, ms': all,
      }))),
      'stored answers (all surveys)': await admin.db.collection('responses').estimatedDocumentCount(),
    });
  }
  return rows;
}
