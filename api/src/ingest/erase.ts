import { randomUUID } from 'node:crypto';
import { deleteByIds, type Models } from '../models/index.ts';
import { type Counted, deltaCells } from '../reports/cells.ts';
import type { WriterState } from './writer-state.ts';

/** Deletes answers and their follow-up claims. */
export async function deleteAnswers(models: Models, ids: readonly string[]): Promise<void> {
  await Promise.all([deleteByIds(models.Response, ids), deleteByIds(models.FollowUpClaim, ids)]);
}

/**
 * Deletes answers and takes them out of the counts, exactly; run on the writer: a journal entry first (their ids,
 * and their counts to take away), then the deletes, then the counts in memory, written with the next delta like any
 * others. Stopped half-way, the slot's repair deletes them again and writes the counts.
 */
export async function eraseAnswers(
  w: WriterState,
  responses: readonly (Counted & { _id: string })[],
): Promise<void> {
  if (!responses.length) return;
  const { slot } = await w.ownLease();
  const entry = randomUUID();
  const ids = responses.map((response) => response._id);
  await w.models.IngestJournal.create({
    _id: entry,
    slot,
    erased: ids,
    cells: deltaCells(responses, [], -1),
    at: new Date(),
  });
  try {
    await deleteAnswers(w.models, ids);
  } catch (error) {
    w.scheduleRepair();
    throw error;
  }
  w.aggregates.count(responses, -1);
  w.pending.push(entry);
}
