import { setTimeout as sleep } from 'node:timers/promises';
import type { mongo, Types } from 'mongoose';
import type { Models } from '../models/index.ts';
import type { Response } from '../models/response.model.ts';
import type { AggregateService } from './aggregates.ts';

export type Stored = Response & { _id: string };
export type InsertOutcome = 'inserted' | 'duplicate';

type Work =
  | { kind: 'insert'; doc: Stored; resolve: (outcome: InsertOutcome) => void; reject: (error: unknown) => void }
  | { kind: 'job'; run: () => Promise<void> };

/** Largest batch written at once: big enough to amortise a commit, small enough to keep latency flat. */
const MAX_BATCH = 500;
const DUPLICATE_KEY = 11000;
const META_ID = 'aggregates';

/**
 * The one writer of responses and pre-aggregates. Submits queue up while a batch is being written and go out
 * together in the next one (group commit: one `insertMany` and one aggregate `bulkWrite` for many answers), and
 * since only one batch or job runs at a time, no two `$inc`s ever race on a cell, which FerretDB 1.x would not
 * keep exact.
 *
 * Exactness through crashes: responses are stored with `pending: true` before they are counted. While the writer
 * runs, the database's `meta.aggregates` says `dirty`; a clean stop sets `clean`. A start that finds it dirty
 * recounts every survey that has pending responses.
 */
export function createIngest(models: Models, aggregates: AggregateService, log: (line: string) => void) {
  const queue: Work[] = [];
  let draining: Promise<void> | undefined;
  let repairsOutstanding = 0;

  function kick(): void {
    draining ??= drain().finally(() => {
      draining = undefined;
      if (queue.length) kick();
    });
  }

  async function drain(): Promise<void> {
    while (queue.length) {
      const first = queue[0];
      if (first?.kind === 'job') {
        queue.shift();
        await first.run();
        continue;
      }
      let end = 0;
      while (end < queue.length && end < MAX_BATCH && queue[end]?.kind === 'insert') end++;
      await flush(queue.splice(0, end) as Extract<Work, { kind: 'insert' }>[]);
    }
  }

  async function flush(batch: Extract<Work, { kind: 'insert' }>[]): Promise<void> {
    const outcomes: (InsertOutcome | Error)[] = batch.map(() => 'inserted');
    try {
      // The driver's own insertMany: the docs are validated already, and its per-document errors are what we need.
      const collection = models.Response.collection as unknown as mongo.Collection<Stored>;
      await collection.insertMany(
        batch.map((work) => work.doc),
        { ordered: false },
      );
    } catch (error) {
      const writeErrors = (error as { writeErrors?: { index: number; code: number; errmsg?: string }[] })
        .writeErrors;
      if (!writeErrors) {
        // Unknown outcome (the connection broke): some may be stored. Those stay pending and are recounted.
        scheduleRepair(batch.map((work) => work.doc.survey));
        for (const work of batch) work.reject(error);
        return;
      }
      for (const { index, code, errmsg } of [writeErrors].flat()) {
        outcomes[index] = code === DUPLICATE_KEY ? 'duplicate' : new Error(errmsg ?? `write error ${code}`);
      }
    }
    const inserted = batch.filter((_, i) => outcomes[i] === 'inserted').map((work) => work.doc);
    if (inserted.length) {
      try {
        await aggregates.add(inserted);
      } catch (error) {
        // Stored but not (or not surely) counted: acknowledged all the same, since nothing is lost, and recounted.
        log(`counting ${inserted.length} responses failed, recounting later: ${(error as Error).message}`);
        scheduleRepair(inserted.map((doc) => doc.survey));
      }
    }
    batch.forEach((work, i) => {
      const outcome = outcomes[i];
      if (outcome instanceof Error) work.reject(outcome);
      else if (outcome) work.resolve(outcome);
    });
  }

  /** A recount job, retried with backoff until the database takes it. */
  function scheduleRepair(surveys: readonly Types.ObjectId[]): void {
    const ids = [...new Map(surveys.map((s) => [String(s), s])).values()];
    repairsOutstanding++;
    const attempt = async (delayMs: number): Promise<void> => {
      await sleep(delayMs);
      try {
        await exclusive(async () => {
          for (const survey of ids) await aggregates.rebuild(survey);
        });
        repairsOutstanding--;
        log(`recounted the pre-aggregates of ${ids.length} survey(s)`);
      } catch (error) {
        log(`recount failed, retrying: ${(error as Error).message}`);
        void attempt(Math.min(delayMs * 2, 60_000));
      }
    };
    void attempt(1_000);
  }

  /** Runs `job` alone on the writer, after what is queued before it. */
  function exclusive<T>(job: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      queue.push({ kind: 'job', run: () => job().then(resolve, reject) });
      kick();
    });
  }

  return {
    /** Stores a validated response; `duplicate` when its `_id` (survey and clientResponseId) was stored before. */
    insert(doc: Stored): Promise<InsertOutcome> {
      return new Promise((resolve, reject) => {
        queue.push({ kind: 'insert', doc, resolve, reject });
        kick();
      });
    },

    exclusive,

    /** Repairs what a crash left, then marks the aggregates as in use. Run before taking requests. */
    async open(): Promise<void> {
      const meta = await models.Meta.findById(META_ID).lean();
      if (meta?.state !== 'clean') {
        const surveys = await aggregates.surveysWithPending();
        for (const survey of surveys) await aggregates.rebuild(survey);
        if (surveys.length) log(`recounted the pre-aggregates of ${surveys.length} survey(s) after an unclean stop`);
      }
      await models.Meta.updateOne({ _id: META_ID }, { $set: { state: 'dirty' } }, { upsert: true });
    },

    /** Waits for queued work, then records that the aggregates are consistent, unless a recount is still due. */
    async close(): Promise<void> {
      while (draining) await draining;
      if (repairsOutstanding === 0) {
        await models.Meta.updateOne({ _id: META_ID }, { $set: { state: 'clean' } }, { upsert: true });
      }
    },
  };
}

export type IngestService = ReturnType<typeof createIngest>;
