import type { Types } from 'mongoose';
import type { CountDelta, DeltaCell } from '../models/count-delta.model.ts';
import { findByIds } from '../models/index.ts';
import type { IngestJournal } from '../models/ingest-journal.model.ts';
import { type Counted, deltaCells } from '../reports/cells.ts';
import { every } from '../services/periodic.ts';
import { applyCells, writeDelta } from './count-deltas.ts';
import { deleteAnswers } from './erase.ts';
import type { Stored } from './stored.ts';
import { type Lease, RENEW_EVERY_MS } from './writer-lease.ts';
import type { WriterState } from './writer-state.ts';

/**
 * Finishes what a slot's writer left: deltas whose cells are not all written, and journal entries that no delta
 * covers (their stored answers are looked up by `_id` and counted). `skip`: entries counted in memory already (none
 * when the slot is another instance's, or this instance's own claimed again).
 * Returns how many answers were counted anew.
 */
export async function repairSlot(
  w: WriterState,
  held: Lease,
  skip: ReadonlySet<string> = new Set(),
): Promise<number> {
  const { models } = w;
  const covered = await finishDeltas(w, held);
  const entries = await models.IngestJournal.find({ slot: held.slot }).lean<IngestJournal[]>();
  const done = entries.filter((entry) => covered.has(entry._id)).map((entry) => entry._id);
  if (done.length) await models.IngestJournal.deleteMany({ _id: { $in: done } });
  const uncovered = entries.filter((entry) => !covered.has(entry._id) && !skip.has(entry._id));
  const dropped = await settleChanges(w, uncovered);
  const open = uncovered.filter((entry) => !dropped.has(entry._id));
  // An erasure stopped half-way: its answers deleted again (whatever was deleted already stays so), then its counts
  // taken away with the others below.
  for (const entry of open) if (entry.erased?.length) await deleteAnswers(models, entry.erased);
  // First what was known stored (all that was acknowledged): its counts are in its journal entry.
  const known = open.filter((entry) => entry.cells);
  let counted = await recount(w, held, known, () => Promise.resolve([]));
  // Then the batch whose outcome was never known (none of it acknowledged): its answers are looked up by `_id`.
  const unknown = open.filter((entry) => !entry.cells);
  counted += await recount(w, held, unknown, (entry) => lookUpBatch(w, entry));
  return counted;
}

/**
 * Applies the slot's deltas whose cells are not all written, and adds them all to this instance's memory; returns the
 * journal entries they cover.
 */
async function finishDeltas(w: WriterState, held: Lease): Promise<Set<string>> {
  const deltas = (await w.models.CountDelta.find({ slot: held.slot }).lean<CountDelta[]>()).sort(
    (a, b) => a.seq - b.seq,
  );
  for (const delta of deltas) {
    if (delta.seq <= held.seq) continue;
    await applyCells(w.models, delta, true);
    await held.advance(delta.seq);
  }
  // Before the repair's own deltas reach memory: a cached survey takes a slot's deltas in order, and would refuse
  // these as older than those, had the count feed not read them yet.
  w.aggregates.receive(deltas);
  return new Set(deltas.flatMap((delta) => delta.journal));
}

/**
 * The comment changes among `entries`: one the answer says was made is announced (again) and left to be counted; one
 * that was not is dropped (never acknowledged, the visitor's browser sends it again). Returns those dropped.
 */
async function settleChanges(w: WriterState, entries: readonly IngestJournal[]): Promise<Set<string>> {
  const changes = entries.flatMap((entry) => (entry.amended ? [{ ...entry, amended: entry.amended }] : []));
  const amended = await findByIds<Stored>(
    w.models.Response,
    changes.map((entry) => entry.amended),
  );
  const dropped: string[] = [];
  for (const entry of changes) {
    const answer = amended.get(entry.amended);
    if (!answer?.amends?.includes(entry._id)) dropped.push(entry._id);
    // Made, perhaps not announced: announced (again).
    else await w.events.store(await w.events.commented(answer, entry._id));
  }
  if (dropped.length) await w.models.IngestJournal.deleteMany({ _id: { $in: dropped } });
  return new Set(dropped);
}

/** The answers a batch of unknown outcome stored, announced (again) unless imported. */
async function lookUpBatch(w: WriterState, entry: IngestJournal): Promise<Stored[]> {
  const found = await findByIds<Stored & { batch: string | null }>(w.models.Response, entry.responses ?? []);
  // An id stored by another batch was a duplicate here: that batch counts (and announced) it.
  const stored = [...found.values()].filter((response) => response.batch === entry._id);
  const quiet = new Set(entry.quiet ?? []);
  const made = await Promise.all(
    stored.filter((answer) => !quiet.has(answer._id)).map((answer) => w.events.created(answer)),
  );
  await w.events.store(made.flat());
  return stored;
}

/** Writes the counts of journal entries as one delta of `held`'s slot; returns how many answers it counted. */
async function recount(
  w: WriterState,
  held: Lease,
  entries: readonly IngestJournal[],
  lookUp: (entry: IngestJournal) => Promise<Counted[]>,
): Promise<number> {
  if (!entries.length) return 0;
  const found: Counted[] = [];
  for (const entry of entries) found.push(...(await lookUp(entry)));
  const cells = deltaCells(
    found,
    entries.flatMap((entry) => (entry.cells ?? []) as DeltaCell[]),
  );
  const delta = await writeDelta(
    w,
    held,
    cells,
    entries.map((entry) => entry._id),
  );
  if (delta) w.aggregates.receive([delta]);
  return cells.reduce((sum, cell) => sum + cell.scores.reduce((a, b) => a + b, 0), 0);
}

/** Takes over slots whose holder stopped renewing without releasing them, repairs them, and lets them go. */
export async function takeOverAbandoned(w: WriterState): Promise<number> {
  let repaired = 0;
  const now = Date.now();
  for (const [slot, previous] of await w.leases.current()) {
    if (previous.released || previous.expiresAt.getTime() > now || slot === w.lease?.slot) continue;
    const taken = await w.leases.claim(slot, previous);
    if (!taken) continue;
    // Renewed while the repair runs, however long; released only once it is done, else it runs out and the
    // repair is tried again.
    const renewing = every(RENEW_EVERY_MS, () => taken.renew(), w.log, `renewing writer slot ${slot}`);
    try {
      const counted = await repairSlot(w, taken);
      await taken.release();
      w.log(`took over writer slot ${slot} of a stopped instance: ${counted} answer(s) counted`);
      repaired++;
    } finally {
      renewing.stop();
    }
  }
  return repaired;
}

/**
 * Counts what the single-writer version left uncounted (journal entries of no slot): its surveys rebuilt. And drops the
 * survey resets versions before `nps_resets` wrote among the deltas (slot -1): no reader asks for them, and nothing
 * else would delete them.
 */
export async function recountLegacy(w: WriterState): Promise<void> {
  await w.models.CountDelta.deleteMany({ slot: -1 });
  const legacy = await w.models.IngestJournal.find({ slot: null }).lean<IngestJournal[]>();
  if (!legacy.length) return;
  const surveys = [
    ...new Map(legacy.flatMap((entry) => entry.surveys ?? []).map((s) => [String(s), s])).values(),
  ];
  for (const survey of surveys as Types.ObjectId[]) await w.aggregates.rebuild(survey);
  await w.models.IngestJournal.deleteMany({ _id: { $in: legacy.map((entry) => entry._id) } });
  w.log(`recounted the pre-aggregates of ${surveys.length} survey(s) left uncounted by an earlier version`);
}
