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
/** How often counts are written to the pre-aggregates under load; at once when the writer is idle. */
const PERSIST_EVERY_MS = 500;
const DUPLICATE_KEY = 11000;

/**
 * The one writer of responses and pre-aggregates. Submits queue up while a batch is being written and go out
 * together in the next one (group commit: one `insertMany` for many answers), and since only one batch or job
 * runs at a time, no two `$inc`s ever race on a cell, which FerretDB 1.x would not keep exact.
 *
 * Answers are counted in memory as they are stored, and the counts written every half second under load (at once
 * when idle): a commit per batch of answers, not four.
 *
 * Exactness through crashes: a survey is announced in `ingest_journal` before its first responses since the last
 * write of the counts are stored, and the entries are deleted once the counts are written. An entry left behind,
 * by a crash or a failed write, gets its surveys recounted from the raw responses: later in this process, or at
 * the next start.
 */
export function createIngest(models: Models, aggregates: AggregateService, log: (line: string) => void) {
  const queue: Work[] = [];
  let draining: Promise<void> | undefined;
  let repairScheduled = false;
  /** Surveys with a journal entry since the counts were last written, and those entries. */
  const journaled = new Set<string>();
  const journalIds: string[] = [];
  let persistedAt = performance.now();

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
      if (!queue.length || performance.now() - persistedAt >= PERSIST_EVERY_MS) await persist();
    }
  }

  /** Writes the counts made so far, then forgets the journal entries they cover. */
  async function persist(): Promise<void> {
    persistedAt = performance.now();
    if (!aggregates.dirty) return;
    const covered = journalIds.splice(0);
    journaled.clear();
    try {
      await aggregates.persist();
      await models.IngestJournal.deleteMany({ _id: { $in: covered } });
    } catch (error) {
      // The entries stay, and their surveys are recounted.
      log(`writing the counts failed, recounting: ${(error as Error).message}`);
      scheduleRepair();
    }
  }

  /** Announces the batch's surveys that have no journal entry yet: before their responses are stored. */
  async function announce(surveys: readonly Types.ObjectId[]): Promise<void> {
    const fresh = surveys.filter((survey) => !journaled.has(String(survey)));
    if (!fresh.length) return;
    const _id = randomUUID();
    await models.IngestJournal.create({ _id, surveys: fresh, at: new Date() });
    journalIds.push(_id);
    for (const survey of fresh) journaled.add(String(survey));
  }

  async function flush(batch: Extract<Work, { kind: 'insert' }>[]): Promise<void> {
    const outcomes: (InsertOutcome | Error)[] = batch.map(() => 'inserted');
    try {
      await announce(unique(batch.map((work) => work.doc.survey)));
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
    aggregates.count(batch.filter((_, i) => outcomes[i] === 'inserted').map((work) => work.doc));
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
      // Every survey with counts not yet written had an entry, and has just been recounted: nothing is left
      // uncovered, and the next answers must be announced again.
      journaled.clear();
      journalIds.length = 0;
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

    /** Waits for the work queued so far, and writes its counts. */
    async close(): Promise<void> {
      while (draining) await draining;
      await exclusive(persist);
    },
  };
}

export type IngestService = ReturnType<typeof createIngest>;
