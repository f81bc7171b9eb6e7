import type { AnyBulkWriteOperation } from 'mongoose';
import type { CountDelta, DeltaCell } from '../models/count-delta.model.ts';
import { findByIds, type Models, updateInChunks } from '../models/index.ts';
import { type NpsDaily, SCORE_FIELDS, slotCellId, THEME_FIELDS } from '../models/nps-daily.model.ts';
import { deltaThemeCounts } from '../reports/cells.ts';
import type { Lease } from './writer-lease.ts';
import type { WriterState } from './writer-state.ts';

/** How often this instance's counts are written, so that the other instances see them (see the README's bound). */
export const PERSIST_EVERY_MS = 250;

/** Adds a delta's cells to its slot's documents; with `verify`, only to those that do not have it yet. */
export async function applyCells(
  models: Models,
  delta: Pick<CountDelta, 'slot' | 'seq' | 'cells'>,
  verify: boolean,
): Promise<void> {
  let cells = delta.cells;
  if (verify) {
    const versions = await findByIds<Pick<NpsDaily, '_id' | 'v'>>(
      models.NpsDaily,
      cells.map((cell) => slotCellId(cell.id, delta.slot)),
      { v: 1 },
    );
    cells = cells.filter((cell) => (versions.get(slotCellId(cell.id, delta.slot))?.v ?? 0) < delta.seq);
  }
  const ops: AnyBulkWriteOperation<NpsDaily>[] = cells.map((cell) => ({
    updateOne: {
      filter: { _id: slotCellId(cell.id, delta.slot) },
      update: {
        $inc: Object.fromEntries([
          ...cell.scores.flatMap((count, score) => (count ? [[SCORE_FIELDS[score], count]] : [])),
          ...[...deltaThemeCounts(cell)].map(([i, count]) => [THEME_FIELDS[i], count]),
        ]),
        $set: { v: delta.seq },
        $setOnInsert: {
          survey: cell.survey,
          day: cell.day,
          language: cell.language,
          market: cell.market ?? null,
          channel: cell.channel ?? null,
          slot: delta.slot,
        },
      },
      upsert: true,
    },
  }));
  await updateInChunks(models.NpsDaily, ops);
}

/**
 * Writes `cells` as the slot's next count delta, then to its cells, then records it done and deletes the journal
 * entries it covers. The delta is the commit point: once it is stored, a repair can finish the rest.
 */
export async function writeDelta(
  w: WriterState,
  held: Lease,
  cells: DeltaCell[],
  journal: string[],
): Promise<CountDelta | undefined> {
  const { models } = w;
  if (!cells.length) {
    if (journal.length) await models.IngestJournal.deleteMany({ _id: { $in: journal } });
    return undefined;
  }
  held.assertHeld();
  const seq = held.seq + 1;
  const delta: CountDelta = {
    _id: `${held.slot}:${seq}`,
    slot: held.slot,
    seq,
    holder: w.holder,
    at: new Date(),
    journal,
    cells,
    reset: [],
  };
  await models.CountDelta.collection.insertOne(delta as never);
  w.metrics?.deltaWritten();
  await applyCells(models, delta, false);
  await held.advance(seq);
  if (journal.length) await models.IngestJournal.deleteMany({ _id: { $in: journal } });
  return delta;
}

/** Writes the counts made so far; on the aggregates' lock, so that no survey is loaded half-way through. */
export async function persist(w: WriterState): Promise<void> {
  if (!w.lease || (!w.aggregates.dirty && !w.pending.length)) return;
  const held = w.lease;
  await w.aggregates.exclusive(async () => {
    const journal = w.pending;
    w.pending = [];
    try {
      await writeDelta(w, held, w.aggregates.takeUnwritten(), journal);
    } catch (error) {
      // Its entries stay in the journal; the repair finishes the delta, or counts them anew.
      w.log(`writing the counts failed, repairing: ${(error as Error).message}`, 'warn');
      w.scheduleRepair();
    }
  });
}
