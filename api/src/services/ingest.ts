import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { mongo, Types } from 'mongoose';
import type { Models } from '../models/index.ts';
import type { Response } from '../models/response.model.ts';
import type { AggregateService } from './aggregates.ts';

export type Stored = Response & { _id: string };

function unique(ids: readonly Types.ObjectId[]): Types.ObjectId[] {
  return [...new Map(ids.map((id) => [String(id), id])).values()];
}
export type InsertOutcome = 'inserted' | 'duplicate';

interface WriteError {
  readonly index: number;
  readonly code: number;
  readonly errmsg?: string;
}

/**
 * The per-document errors of an `insertMany` that failed, when they account for every document it was given; else
 * undefined. A bulk write error broken off by a lost connection carries an empty list, which must not be read
 * as "all the others were stored".
 */
function settledWriteErrors(error: unknown, attempted: number): WriteError[] | undefined {
  const { writeErrors, result } = error as {
    writeErrors?: WriteError | WriteError[];
    result?: { insertedCount?: number };
  };
  const errors = writeErrors === undefined ? [] : [writeErrors].flat();
  const inserted = result?.insertedCount;
  if (errors.length === 0 || inserted === undefined || inserted + errors.length !== attempted)
    return undefined;
  return errors;
}

type Work =
  | {
      kind: 'insert';
      doc: Stored;
      resolve: (outcome: InsertOutcome) => void;
      reject: (error: unknown) => void;
    }
  | { kind: 'job'; run: () => Promise<void> };

/** Largest batch written at once: big enough to amortise a commit, small enough to keep latency flat. */
const MAX_BATCH = 500;
const DUPLICATE_KEY = 11000;

/**
 * The one writer of responses and pre-aggregates. Submits queue up while a batch is being written and go out
 * together in the next one (group commit: one `insertMany` and one aggregate `bulkWrite` for many answers), and
 * since only one batch or job runs at a time, no two `$inc`s ever race on a cell, which FerretDB 1.x would not
 * keep exact.
 *
 * Exactness through crashes: each batch is announced in `ingest_journal` (the surveys it touches) before its
 * responses are stored, and the entry is deleted once they are counted. An entry left behind, by a crash or a
 * failed count, gets its surveys recounted from the raw responses: later in this process, or at the next start.
 * Two single-document writes per batch, however many answers it holds.
 */
export function createIngest(models: Models, aggregates: AggregateService, log: (line: string) => void) {
  const queue: Work[] = [];
  let draining: Promise<void> | undefined;
  let repairScheduled = false;

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
    const surveys = unique(batch.map((work) => work.doc.survey));
    const journalId = randomUUID();
    try {
      await models.IngestJournal.create({ _id: journalId, surveys, at: new Date() });
    } catch (error) {
      for (const work of batch) work.reject(error);
      return;
    }
    try {
      // The driver's own insertMany: the docs are validated already, and its per-document errors are what we need.
      const collection = models.Response.collection as unknown as mongo.Collection<Stored>;
      await collection.insertMany(
        batch.map((work) => work.doc),
        { ordered: false },
      );
    } catch (error) {
      const writeErrors = settledWriteErrors(error, batch.length);
      if (!writeErrors) {
        // Unknown outcome (the connection broke): some may be stored; the journal entry stays and they are recounted.
        scheduleRepair();
        for (const work of batch) work.reject(error);
        return;
      }
      for (const { index, code, errmsg } of writeErrors) {
        outcomes[index] = code === DUPLICATE_KEY ? 'duplicate' : new Error(errmsg ?? `write error ${code}`);
      }
    }
    const inserted = batch.filter((_, i) => outcomes[i] === 'inserted').map((work) => work.doc);
    try {
      await aggregates.add(inserted);
      await models.IngestJournal.deleteOne({ _id: journalId });
    } catch (error) {
      // Stored but not (or not surely) counted: acknowledged all the same, since nothing is lost, and recounted.
      log(`counting ${inserted.length} responses failed, recounting later: ${(error as Error).message}`);
      scheduleRepair();
    }
    batch.forEach((work, i) => {
      const outcome = outcomes[i];
      if (outcome instanceof Error) work.reject(outcome);
      else if (outcome) work.resolve(outcome);
    });
  }

  /** Recounts the surveys the journal names, then forgets those entries; on the writer, so nothing races it. */
  function repairJournal(): Promise<number> {
    return exclusive(async () => {
      const entries = await models.IngestJournal.find().lean();
      const surveys = unique(entries.flatMap((entry) => entry.surveys));
      for (const survey of surveys) await aggregates.rebuild(survey);
      await models.IngestJournal.deleteMany({ _id: { $in: entries.map((entry) => entry._id) } });
      return surveys.length;
    });
  }

  /** A repair of the journal, retried with backoff until the database takes it. */
  function scheduleRepair(): void {
    if (repairScheduled) return;
    repairScheduled = true;
    const attempt = async (delayMs: number): Promise<void> => {
      await sleep(delayMs, undefined, { ref: false });
      try {
        const surveys = await repairJournal();
        repairScheduled = false;
        log(`recounted the pre-aggregates of ${surveys} survey(s)`);
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

    /** Repairs what a crash left (journal entries of batches that were never counted). Run before taking requests. */
    async open(): Promise<void> {
      const surveys = await repairJournal();
      if (surveys)
        log(`recounted the pre-aggregates of ${surveys} survey(s) left uncounted by an earlier stop`);
    },

    /** Waits for the work queued so far. */
    async close(): Promise<void> {
      while (draining) await draining;
    },
  };
}

export type IngestService = ReturnType<typeof createIngest>;
