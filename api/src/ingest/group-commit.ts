import { randomUUID } from 'node:crypto';
import type { mongo } from 'mongoose';
import { isDuplicateKey } from '../models/index.ts';
import { deltaCells } from '../reports/cells.ts';
import type { InsertOutcome, Stored } from './stored.ts';
import type { WriterState } from './writer-state.ts';

/** Largest batch written at once: big enough to amortise a commit, small enough to keep latency flat. */
export const MAX_BATCH = 500;

/** An answer waiting for the writer, and its submit waiting for the outcome. */
export interface InsertWork {
  readonly doc: Stored;
  /** Whether it makes webhook events (a live answer; not one imported from the past). */
  readonly notify: boolean;
  resolve(outcome: InsertOutcome): void;
  reject(error: unknown): void;
}

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
export function settledWriteErrors(error: unknown, attempted: number): WriteError[] | undefined {
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

/**
 * Writes a batch of answers at once: a journal entry naming them, one `insertMany`, then (both before the
 * acknowledgements) their events and their counts in the journal entry; then counts them in memory and settles each
 * submit. An outcome left unknown is the business of a repair.
 */
export async function flush(w: WriterState, batch: readonly InsertWork[]): Promise<void> {
  w.metrics?.batch(batch.length);
  const entry = randomUUID();
  try {
    const { slot } = await w.ownLease();
    const quiet = batch.filter((work) => !work.notify).map((work) => work.doc._id);
    await w.models.IngestJournal.create({
      _id: entry,
      slot,
      responses: batch.map((work) => work.doc._id),
      ...(quiet.length > 0 && { quiet }),
      at: new Date(),
    });
  } catch (error) {
    for (const work of batch) work.reject(error);
    return;
  }
  const outcomes = await insertAll(w, batch, entry);
  if (!outcomes) return;
  const stored = batch.filter((_, i) => outcomes[i] === 'inserted');
  const failed = await announceAndJournal(w, stored, entry);
  if (failed) {
    for (const work of batch) work.reject(failed.reason);
    return;
  }
  w.aggregates.count(stored.map((work) => work.doc));
  w.pending.push(entry);
  batch.forEach((work, i) => {
    const outcome = outcomes[i];
    if (outcome instanceof Error) work.reject(outcome);
    else if (outcome) work.resolve(outcome);
  });
}

/** Inserts a batch; each answer's outcome, or undefined (the batch rejected) when the outcome is unknown. */
async function insertAll(
  w: WriterState,
  batch: readonly InsertWork[],
  entry: string,
): Promise<(InsertOutcome | Error)[] | undefined> {
  const outcomes: (InsertOutcome | Error)[] = batch.map(() => 'inserted');
  try {
    // The driver's own insertMany: the docs are validated already, and its per-document errors are what we need.
    const collection = w.models.Response.collection as unknown as mongo.Collection<Stored>;
    await collection.insertMany(
      batch.map((work) => ({ ...work.doc, batch: entry })),
      { ordered: false },
    );
  } catch (error) {
    const writeErrors = settledWriteErrors(error, batch.length);
    if (!writeErrors) {
      // Unknown outcome (the connection broke): some may be stored; the journal entry stays and they are counted
      // by a repair.
      w.scheduleRepair();
      for (const work of batch) work.reject(error);
      return undefined;
    }
    for (const { index, code, errmsg } of writeErrors) {
      outcomes[index] = isDuplicateKey({ code }) ? 'duplicate' : new Error(errmsg ?? `write error ${code}`);
    }
  }
  return outcomes;
}

/**
 * Both before the acknowledgements, at once (the writer waits for the slower alone):
 * - the events of the answers stored (a duplicate's were made by the first);
 * - their counts in the journal entry: then whatever was acknowledged can be counted by a repair without looking
 *   anything up (and so within seconds of a kill). Should that fail, a repair looks the answers up, and makes
 *   their events again: the receivers may get them twice, never not at all.
 * The failure, when the events could not be stored (the batch is then rejected).
 */
async function announceAndJournal(
  w: WriterState,
  stored: readonly InsertWork[],
  entry: string,
): Promise<{ reason: unknown } | undefined> {
  const inserted = stored.map((work) => work.doc);
  const [announced] = await Promise.allSettled([
    Promise.all(stored.filter((work) => work.notify).map((work) => w.events.created(work.doc))).then((made) =>
      w.events.store(made.flat()),
    ),
    w.models.IngestJournal.updateOne({ _id: entry }, { $set: { cells: deltaCells(inserted) } }),
  ]);
  if (announced.status === 'fulfilled') return undefined;
  // Stored, not announced: the entry made unknown again, the repair looks the answers up, counts them and makes
  // their events (if even that write fails, their events are lost, and the log says so).
  await w.models.IngestJournal.updateOne({ _id: entry }, { $unset: { cells: 1 } }).catch((error: Error) =>
    w.log(`the webhook events of ${inserted.length} answer(s) may be lost: ${error.message}`, 'error'),
  );
  w.scheduleRepair();
  return { reason: announced.reason };
}
