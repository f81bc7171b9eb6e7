import { randomUUID } from 'node:crypto';
import type { Connection, Types } from 'mongoose';
import type { DeltaCell } from '../models/count-delta.model.ts';
import { SCORE_FIELDS, slotCellId } from '../models/nps-daily.model.ts';
import { categoryOf } from '../models/response.model.ts';
import { deltaCells } from '../reports/cells.ts';

export interface Answer {
  readonly score: number;
  readonly language: string;
  readonly market: string | null;
}

export interface AbandonedSlot {
  readonly slot: number;
  readonly survey: Types.ObjectId;
  /** The last count delta whose cells were all written: the lease's `seq`. */
  readonly seq: number;
  /** Answers counted in the next delta (`seq + 1`), whose cells were written only where `written` says so. */
  readonly inDelta: readonly Answer[];
  readonly written?: (cell: DeltaCell) => boolean;
  /** Answers of batches stored and known to be, whose counts never went out in a delta. */
  readonly uncounted: readonly Answer[];
  /** Answers of the batch that was being stored: its outcome was never known. */
  readonly unknown: readonly Answer[];
  /** Answers stored by other batches that one more batch sent again (resubmits): not to be counted twice. */
  readonly resubmitted?: readonly string[];
}

/**
 * Writes what a writer killed (-9) in the middle of its work leaves in the database, step by step as the writer
 * does it, with its lease run out last: stored answers, a half-written count delta, journal entries (counted, or
 * with the outcome unknown), the lease.
 * For tests and the repair benchmark, which then watch a survivor finish it.
 */
export async function abandonSlot(db: Connection, options: AbandonedSlot): Promise<void> {
  const { slot, survey, seq, written = () => false, resubmitted = [] } = options;
  const now = new Date();
  const stored = (batch: string, answers: readonly Answer[]) =>
    answers.map(({ score, language, market }) => ({
      _id: `${survey}:${randomUUID()}`,
      survey,
      clientResponseId: randomUUID(),
      score,
      category: categoryOf(score),
      comment: null,
      language,
      market,
      pageUrl: null,
      attributes: null,
      createdAt: now,
      followUp: null,
      batch,
    }));
  const [counted, uncounted, unknown, again] = [
    randomUUID(),
    randomUUID(),
    randomUUID(),
    randomUUID(),
  ] as const;
  const inDelta = stored(counted, options.inDelta);
  const lost = stored(uncounted, options.uncounted);
  const inFlight = stored(unknown, options.unknown);
  await db.collection('responses').insertMany([...inDelta, ...lost, ...inFlight] as never[]);
  await db.collection('ingest_journal').insertMany([
    { _id: counted, slot, responses: inDelta.map((r) => r._id), cells: deltaCells(inDelta), at: now },
    { _id: uncounted, slot, responses: lost.map((r) => r._id), cells: deltaCells(lost), at: now },
    { _id: unknown, slot, responses: inFlight.map((r) => r._id), at: now },
    { _id: again, slot, responses: resubmitted, at: now },
  ] as never[]);
  const cells = deltaCells(inDelta);
  await db.collection('nps_deltas').insertOne({
    _id: `${slot}:${seq + 1}`,
    slot,
    seq: seq + 1,
    holder: 'killed',
    at: now,
    journal: [counted],
    cells,
    reset: [],
  } as never);
  const applied = cells.filter(written).map((cell) => ({
    _id: slotCellId(cell.id, slot),
    survey,
    day: cell.day,
    language: cell.language,
    market: cell.market,
    slot,
    v: seq + 1,
    ...Object.fromEntries(SCORE_FIELDS.map((field, score) => [field, cell.scores[score] ?? 0])),
  }));
  if (applied.length) await db.collection('nps_daily').insertMany(applied as never[]);
  await runOutLease(db, slot, seq);
}

/** The lease a writer killed (-9) leaves: never released, run out, its last delta `seq`. */
export async function runOutLease(db: Connection, slot: number, seq: number): Promise<void> {
  await db.collection('writer_leases').insertOne({
    _id: `${slot}:0`,
    slot,
    epoch: 0,
    holder: 'killed',
    expiresAt: new Date(Date.now() - 1),
    seq,
    released: false,
  } as never);
}
