import type { Log } from '../logging.ts';
import type { CountDelta } from '../models/count-delta.model.ts';
import type { Models } from '../models/index.ts';
import type { AggregateService } from '../reports/aggregates.ts';
import { every } from '../services/periodic.ts';
import type { Leases } from './writer-lease.ts';

/** How often each instance reads the other instances' counts. */
export const POLL_EVERY_MS = 500;
/** Survey resets (which have no slot order) are read again this far back, for one whose insert took long. */
const RESET_OVERLAP_MS = 10_000;
/** How long a delta stays in the feed after its slot has applied it. */
export const RETENTION_MS = 60_000;
const CLEAN_EVERY_MS = 10_000;
/** Deltas deleted per statement. */
const DELETE_CHUNK = 500;

/** The deltas asked for per slot and read: the next ones after the last read (a slot writes four a second at most). */
const WINDOW = 16;

/**
 * The count feed's reader: every half second, the deltas written since the last read by any instance go to this
 * instance's cached surveys (`aggregates.receive`, which adds each once). Each slot's deltas are numbered in the
 * order they are written (`<slot>:<seq>`, with no gaps), so the reader asks each slot for the next ones by `_id`:
 * every delta is read once, and FerretDB answers through its `_id` index, where any other filter decodes every delta
 * kept (at 130 KB of them, 280 ms a read). A slot not read yet (at start, an instance that joined) is read whole once;
 * survey resets, which have no slot order, are kept apart (`nps_resets`, a few), and read by time. (FerretDB 1.x has
 * no change streams.) A reader that could not read for longer than the feed keeps deltas drops its cached surveys,
 * whose missed deltas are then in the cells it reads again.
 */
export function createCountFeed(
  models: Models,
  aggregates: Pick<AggregateService, 'receive' | 'forget'>,
  leases: Leases,
  log: Log,
) {
  /** Per slot, the last delta read. */
  const seen = new Map<number, number>();
  let resetsSince: number | undefined;
  let lastRead = Date.now();
  let jobs: { stop(): void }[] = [];

  /** The next deltas of the slots read so far, by `_id`, until a slot's window is not full. */
  async function next(): Promise<CountDelta[]> {
    const read: CountDelta[] = [];
    let slots = [...seen.keys()];
    while (slots.length) {
      const ids = slots.flatMap((slot) =>
        Array.from({ length: WINDOW }, (_, i) => `${slot}:${(seen.get(slot) ?? 0) + 1 + i}`),
      );
      const deltas = await models.CountDelta.find({ _id: { $in: ids } }).lean<CountDelta[]>();
      read.push(...deltas);
      note(deltas);
      slots = slots.filter((slot) => deltas.filter((delta) => delta.slot === slot).length === WINDOW);
    }
    return read;
  }

  function note(deltas: readonly CountDelta[]): void {
    for (const { slot, seq } of deltas) if (seq > (seen.get(slot) ?? 0)) seen.set(slot, seq);
  }

  async function poll(): Promise<void> {
    const startedAt = Date.now();
    if (startedAt - lastRead > RETENTION_MS / 2) {
      log('the count feed was out of reach: cached counts dropped');
      aggregates.forget();
    }
    // Read before the deltas: a slot's lease says which of its deltas were written by then.
    const written = new Map([...(await leases.current())].map(([slot, lease]) => [slot, lease.seq]));
    // A slot that has written nothing yet starts at its first delta.
    for (const [slot, seq] of written) if (seq === 0 && !seen.has(slot)) seen.set(slot, 0);
    const deltas = await next();
    // A slot not read yet, or one whose next delta was deleted meanwhile (this reader was away): read whole.
    const behind = [...written]
      .filter(([slot, seq]) => !seen.has(slot) || seq > (seen.get(slot) ?? 0))
      .map(([slot]) => slot);
    if (behind.length) {
      const scanned = (await models.CountDelta.find({ slot: { $in: behind } }).lean<CountDelta[]>()).filter(
        (delta) => delta.seq > (seen.get(delta.slot) ?? 0),
      );
      deltas.push(...scanned);
      note(scanned);
    }
    const resets = await models.CountReset.find(
      resetsSince === undefined ? {} : { at: { $gte: new Date(resetsSince - RESET_OVERLAP_MS) } },
    ).lean<CountDelta[]>();
    aggregates.receive([...resets, ...deltas]);
    resetsSince = startedAt;
    lastRead = startedAt;
  }

  /** Per slot, the deltas applied as of each cleaning (newest last): those applied a retention ago may go. */
  const applied: { at: number; seqs: Map<number, number> }[] = [];
  /** Per slot, the first delta not deleted yet, as far as this instance knows. */
  const kept = new Map<number, number>();

  /**
   * Deletes the deltas that were applied a retention ago (a half-written one waits for repair), by `_id`: a slot's
   * deltas from the first one kept to the last one applied then. A slot this instance has not cleaned yet is looked
   * up once. One instance does it for all (`leases.janitor`); the resets go by time (there are few).
   */
  async function clean(now = Date.now()): Promise<void> {
    if (!leases.janitor) {
      applied.length = 0;
      kept.clear();
      return;
    }
    applied.push({ at: now, seqs: new Map([...(await leases.current())].map(([slot, l]) => [slot, l.seq])) });
    while ((applied[1]?.at ?? now) <= now - RETENTION_MS) applied.shift();
    await models.CountReset.deleteMany({ at: { $lt: new Date(now - RETENTION_MS) } });
    const [oldest] = applied;
    if (!oldest || oldest.at > now - RETENTION_MS) return;
    const unknown = [...oldest.seqs.keys()].filter((slot) => !kept.has(slot));
    if (unknown.length) {
      const first = await models.CountDelta.find({ slot: { $in: unknown } }, { slot: 1, seq: 1 }).lean<
        Pick<CountDelta, 'slot' | 'seq'>[]
      >();
      for (const slot of unknown) {
        // None kept: its next delta comes after those applied then.
        const after = (oldest.seqs.get(slot) ?? 0) + 1;
        kept.set(slot, Math.min(after, ...first.filter((d) => d.slot === slot).map((d) => d.seq)));
      }
    }
    const ids = [...oldest.seqs].flatMap(([slot, upTo]) => {
      const from = kept.get(slot) ?? upTo + 1;
      if (from > upTo) return [];
      kept.set(slot, upTo + 1);
      return Array.from({ length: upTo - from + 1 }, (_, i) => `${slot}:${from + i}`);
    });
    for (let i = 0; i < ids.length; i += DELETE_CHUNK) {
      await models.CountDelta.deleteMany({ _id: { $in: ids.slice(i, i + DELETE_CHUNK) } });
    }
  }

  return {
    poll,
    clean,
    /** Reads the feed once, then every `POLL_EVERY_MS`. */
    async start(): Promise<void> {
      await poll();
      jobs = [
        every(POLL_EVERY_MS, poll, log, 'count feed'),
        every(CLEAN_EVERY_MS, clean, log, 'count feed cleaning'),
      ];
    },
    stop(): void {
      for (const job of jobs) job.stop();
      jobs = [];
    },
  };
}

export type CountFeed = ReturnType<typeof createCountFeed>;
