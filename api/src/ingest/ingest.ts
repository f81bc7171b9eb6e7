import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AnyBulkWriteOperation, mongo, Types } from 'mongoose';
import type { Log } from '../logging.ts';
import type { CountDelta, DeltaCell } from '../models/count-delta.model.ts';
import { BULK_UPDATE_CHUNK, deleteByIds, findByIds, isDuplicateKey, type Models } from '../models/index.ts';
import type { IngestJournal } from '../models/ingest-journal.model.ts';
import { type NpsDaily, SCORE_FIELDS, slotCellId, THEME_FIELDS } from '../models/nps-daily.model.ts';
import { categoryOf, MAX_COMMENT_CHANGES, type Response } from '../models/response.model.ts';
import type { Delivery } from '../models/webhook-delivery.model.ts';
import type { AggregateService, Counted } from '../reports/aggregates.ts';
import { deltaCells } from '../reports/aggregates.ts';
import type { Metrics } from '../services/metrics.ts';
import { every } from '../services/periodic.ts';
import type { ThemeCorrection } from '../themes/corrections.ts';
import type { ThemeKey } from '../themes/lexicon.ts';
import { type Lease, LeaseLostError, type Leases, RENEW_EVERY_MS } from './writer-lease.ts';

export type Stored = Response & { _id: string };

/** What `amend`'s `themesOf` is given: the answer as it will be. */
export type Amendable = Pick<Stored, 'comment' | 'language' | 'category'> & {
  readonly themeCorrections?: readonly ThemeCorrection[] | null | undefined;
};

/** Whether an answer's stored themes are these, in order. */
export const sameThemes = (a: readonly string[] | null | undefined, b: readonly string[]) =>
  (a ?? []).length === b.length && b.every((theme, i) => a?.[i] === theme);

/** Whether two answers' corrections say the same of each theme (who said it and when aside). */
function sameCorrections(
  a: readonly ThemeCorrection[] | null | undefined,
  b: readonly ThemeCorrection[] | null | undefined,
): boolean {
  const said = (corrections: readonly ThemeCorrection[] | null | undefined) =>
    (corrections ?? [])
      .map((correction) => `${correction.theme}:${correction.present}`)
      .sort()
      .join();
  return said(a) === said(b);
}

export type InsertOutcome = 'inserted' | 'duplicate';

/** What `amend` did: the answer as it now is, unless it is not stored. */
export type Amended =
  | { outcome: 'changed' | 'unchanged' | 'too many changes'; response: Stored }
  | { outcome: 'missing'; response?: undefined };

/** How many times a comment change is tried when other changes of the same answer are being made. */
const AMEND_ATTEMPTS = 40;
/** Wait before reading an answer again whose other change is under way (up to twice this, at random). */
const AMEND_RETRY_MS = 25;
/** A claimed comment change not made after this long was left by an instance that died: it is given up. */
const STALE_REVISION_MS = 60_000;

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
      /** Whether it makes webhook events (a live answer; not one imported from the past). */
      notify: boolean;
      resolve: (outcome: InsertOutcome) => void;
      reject: (error: unknown) => void;
    }
  | { kind: 'job'; run: () => Promise<void> };

/** Largest batch written at once: big enough to amortise a commit, small enough to keep latency flat. */
const MAX_BATCH = 500;
/** How often this instance's counts are written, so that the other instances see them (see the README's bound). */
export const PERSIST_EVERY_MS = 250;
/** How often the writer looks for slots whose holder died with work unfinished. */
const WATCH_EVERY_MS = 1_000;

/** Adds a delta's cells to its slot's documents; with `verify`, only to those that do not have it yet. */
async function applyCells(
  models: Models,
  delta: Pick<CountDelta, 'slot' | 'seq' | 'cells'>,
  verify: boolean,
) {
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
          ...(cell.themes ?? []).flatMap((count, i) => (count ? [[THEME_FIELDS[i], count]] : [])),
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
  for (let i = 0; i < ops.length; i += BULK_UPDATE_CHUNK) {
    await models.NpsDaily.bulkWrite(ops.slice(i, i + BULK_UPDATE_CHUNK), { ordered: false });
  }
}

/** Deletes answers and their follow-up claims. */
async function deleteAnswers(models: Models, ids: readonly string[]): Promise<void> {
  await Promise.all([deleteByIds(models.Response, ids), deleteByIds(models.FollowUpClaim, ids)]);
}

/**
 * The webhook events of what the writer stores (`webhooks/outbox.ts`): made and stored before an answer or a comment
 * change is acknowledged, and made again by a repair for those whose events may not have been stored.
 */
export interface IngestEvents {
  created(answer: Stored): Promise<Delivery[]>;
  commented(answer: Stored, change: string): Promise<Delivery[]>;
  store(deliveries: readonly Delivery[]): Promise<void>;
}

const NO_EVENTS: IngestEvents = {
  created: async () => [],
  commented: async () => [],
  store: async () => {},
};

export interface IngestOptions {
  /** This API instance, as leases and deltas name it. */
  readonly holder: string;
  readonly leases: Leases;
  readonly log: Log;
  /** Told of each batch written and each delta: the `/metrics` figures. */
  readonly metrics?: Pick<Metrics, 'batch' | 'deltaWritten'>;
  readonly events?: IngestEvents;
}

/**
 * This instance's writer of responses and of its share of the pre-aggregates. Any number of instances run one each
 * over the same database; none ever `$inc`s a document another may write.
 *
 * - **A slot each.** At start the writer claims a writer slot (`writer-lease.ts`) and writes only that slot's cell
 *   documents, so concurrent increments of one document, which FerretDB 1.x loses, never happen.
 * - **Group commit.** Submits that arrive while a batch is being written go out together in the next one: a journal
 *   entry naming the batch's response ids, then one `insertMany`. The answers are counted in memory at once (this
 *   instance's reports see them), and every 250 ms the counts go out as one count delta (`nps_deltas`), then to the
 *   slot's cells (`$inc`, tagged with the delta's number), then the slot's lease records the delta as done and the
 *   journal entries it covers are deleted.
 * - **Repair in proportion to the loss.** After a crash, the next holder of the slot (a survivor, within seconds)
 *   re-applies a delta the dead writer left half-written (cells that have it are skipped), and counts the answers of
 *   journal entries no delta covers, looking them up by `_id`: the work is what was in flight, not the survey.
 */
export function createIngest(models: Models, aggregates: AggregateService, options: IngestOptions) {
  const { holder, leases, log, metrics, events = NO_EVENTS } = options;
  const queue: Work[] = [];
  let draining: Promise<void> | undefined;
  let lease: Lease | undefined;
  /** Journal entries whose answers are counted in memory and wait for the next delta. */
  let pending: string[] = [];
  /** Comment changes under way (journal entry written, change not yet counted): this instance's repair leaves them. */
  const amending = new Set<string>();
  let repairScheduled = false;
  let jobs: { stop(): void }[] = [];
  let closed = false;

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

  /** This instance's lease, claimed again if it was lost (the old slot's unfinished work goes to its next holder). */
  async function ownLease(): Promise<Lease> {
    try {
      if (lease) {
        lease.assertHeld();
        return lease;
      }
    } catch (error) {
      if (!(error instanceof LeaseLostError)) throw error;
      log(`${error.message}: claiming a slot again`, 'warn');
      // What was counted under the old slot is now the business of whoever repairs it.
      pending = [];
      aggregates.takeUnwritten();
      aggregates.forget();
      lease = undefined;
    }
    const claimed = await leases.claimFree();
    // This instance's own comment changes under way may be in it (the same slot claimed again): theirs to count.
    if (claimed.abandoned) await repairSlot(claimed, new Set(amending));
    lease = claimed;
    aggregates.setOwnSlot(claimed.slot);
    return claimed;
  }

  async function flush(batch: Extract<Work, { kind: 'insert' }>[]): Promise<void> {
    const outcomes: (InsertOutcome | Error)[] = batch.map(() => 'inserted');
    metrics?.batch(batch.length);
    const entry = randomUUID();
    try {
      const { slot } = await ownLease();
      const quiet = batch.filter((work) => !work.notify).map((work) => work.doc._id);
      await models.IngestJournal.create({
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
    try {
      // The driver's own insertMany: the docs are validated already, and its per-document errors are what we need.
      const collection = models.Response.collection as unknown as mongo.Collection<Stored>;
      await collection.insertMany(
        batch.map((work) => ({ ...work.doc, batch: entry })),
        { ordered: false },
      );
    } catch (error) {
      const writeErrors = settledWriteErrors(error, batch.length);
      if (!writeErrors) {
        // Unknown outcome (the connection broke): some may be stored; the journal entry stays and they are counted
        // by a repair.
        scheduleRepair();
        for (const work of batch) work.reject(error);
        return;
      }
      for (const { index, code, errmsg } of writeErrors) {
        outcomes[index] = isDuplicateKey({ code }) ? 'duplicate' : new Error(errmsg ?? `write error ${code}`);
      }
    }
    const stored = batch.filter((_, i) => outcomes[i] === 'inserted');
    const inserted = stored.map((work) => work.doc);
    // Both before the acknowledgements, at once (the writer waits for the slower alone):
    // - the events of the answers stored (a duplicate's were made by the first);
    // - their counts in the journal entry: then whatever was acknowledged can be counted by a repair without looking
    //   anything up (and so within seconds of a kill). Should that fail, a repair looks the answers up, and makes
    //   their events again: the receivers may get them twice, never not at all.
    const [announced] = await Promise.allSettled([
      Promise.all(stored.filter((work) => work.notify).map((work) => events.created(work.doc))).then((made) =>
        events.store(made.flat()),
      ),
      models.IngestJournal.updateOne({ _id: entry }, { $set: { cells: deltaCells(inserted) } }),
    ]);
    if (announced.status === 'rejected') {
      // Stored, not announced: the entry made unknown again, the repair looks the answers up, counts them and makes
      // their events (if even that write fails, their events are lost, and the log says so).
      await models.IngestJournal.updateOne({ _id: entry }, { $unset: { cells: 1 } }).catch((error: Error) =>
        log(`the webhook events of ${inserted.length} answer(s) may be lost: ${error.message}`, 'error'),
      );
      scheduleRepair();
      for (const work of batch) work.reject(announced.reason);
      return;
    }
    aggregates.count(inserted);
    pending.push(entry);
    batch.forEach((work, i) => {
      const outcome = outcomes[i];
      if (outcome instanceof Error) work.reject(outcome);
      else if (outcome) work.resolve(outcome);
    });
  }

  /**
   * Writes `cells` as the slot's next count delta, then to its cells, then records it done and deletes the journal
   * entries it covers. The delta is the commit point: once it is stored, a repair can finish the rest.
   */
  async function writeDelta(
    held: Lease,
    cells: DeltaCell[],
    journal: string[],
  ): Promise<CountDelta | undefined> {
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
      holder,
      at: new Date(),
      journal,
      cells,
      reset: [],
    };
    await models.CountDelta.collection.insertOne(delta as never);
    metrics?.deltaWritten();
    await applyCells(models, delta, false);
    await held.advance(seq);
    if (journal.length) await models.IngestJournal.deleteMany({ _id: { $in: journal } });
    return delta;
  }

  /** Writes the counts made so far; on the aggregates' lock, so that no survey is loaded half-way through. */
  async function persist(): Promise<void> {
    if (!lease || (!aggregates.dirty && !pending.length)) return;
    const held = lease;
    await aggregates.exclusive(async () => {
      const journal = pending;
      pending = [];
      try {
        await writeDelta(held, aggregates.takeUnwritten(), journal);
      } catch (error) {
        // Its entries stay in the journal; the repair finishes the delta, or counts them anew.
        log(`writing the counts failed, repairing: ${(error as Error).message}`, 'warn');
        scheduleRepair();
      }
    });
  }

  /**
   * Finishes what a slot's writer left: deltas whose cells are not all written, and journal entries that no delta
   * covers (their stored answers are looked up by `_id` and counted). `skip`: entries counted in memory already.
   * Returns how many answers were counted anew.
   */
  async function repairSlot(held: Lease, skip: ReadonlySet<string>): Promise<number> {
    const deltas = (await models.CountDelta.find({ slot: held.slot }).lean<CountDelta[]>()).sort(
      (a, b) => a.seq - b.seq,
    );
    const covered = new Set(deltas.flatMap((delta) => delta.journal));
    for (const delta of deltas) {
      if (delta.seq <= held.seq) continue;
      await applyCells(models, delta, true);
      await held.advance(delta.seq);
    }
    const entries = await models.IngestJournal.find({ slot: held.slot }).lean<IngestJournal[]>();
    const done = entries.filter((entry) => covered.has(entry._id)).map((entry) => entry._id);
    if (done.length) await models.IngestJournal.deleteMany({ _id: { $in: done } });
    const uncovered = entries.filter((entry) => !covered.has(entry._id) && !skip.has(entry._id));
    // A comment change is counted if the answer says it was made; one that was not is dropped (never acknowledged,
    // the visitor's browser sends it again).
    const changes = uncovered.flatMap((entry) =>
      entry.amended ? [{ ...entry, amended: entry.amended }] : [],
    );
    const amended = await findByIds<Stored>(
      models.Response,
      changes.map((entry) => entry.amended),
    );
    const dropped: string[] = [];
    for (const entry of changes) {
      const answer = amended.get(entry.amended);
      if (!answer?.amends?.includes(entry._id)) dropped.push(entry._id);
      // Made, perhaps not announced: announced (again).
      else await events.store(await events.commented(answer, entry._id));
    }
    if (dropped.length) await models.IngestJournal.deleteMany({ _id: { $in: dropped } });
    const open = uncovered.filter((entry) => !dropped.includes(entry._id));
    // An erasure stopped half-way: its answers deleted again (whatever was deleted already stays so), then its counts
    // taken away with the others below.
    for (const entry of open) if (entry.erased?.length) await deleteAnswers(models, entry.erased);
    // First what was known stored (all that was acknowledged): its counts are in its journal entry.
    const known = open.filter((entry) => entry.cells);
    let counted = await recount(held, known, () => Promise.resolve([]));
    // Then the batch whose outcome was never known (none of it acknowledged): its answers are looked up by `_id`.
    const unknown = open.filter((entry) => !entry.cells);
    counted += await recount(held, unknown, async (entry) => {
      const found = await findByIds<Stored & { batch: string | null }>(
        models.Response,
        entry.responses ?? [],
      );
      // An id stored by another batch was a duplicate here: that batch counts (and announced) it.
      const stored = [...found.values()].filter((response) => response.batch === entry._id);
      // Stored, perhaps not announced: announced (again), unless imported.
      const quiet = new Set(entry.quiet ?? []);
      const made = await Promise.all(
        stored.filter((answer) => !quiet.has(answer._id)).map((answer) => events.created(answer)),
      );
      await events.store(made.flat());
      return stored;
    });
    return counted;
  }

  /** Writes the counts of journal entries as one delta of `held`'s slot; returns how many answers it counted. */
  async function recount(
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
      held,
      cells,
      entries.map((entry) => entry._id),
    );
    if (delta) aggregates.receive([delta]);
    return cells.reduce((sum, cell) => sum + cell.scores.reduce((a, b) => a + b, 0), 0);
  }

  /** Repairs this instance's own slot after a failed write, retried with backoff until the database takes it. */
  function scheduleRepair(): void {
    if (repairScheduled) return;
    repairScheduled = true;
    const attempt = async (delayMs: number): Promise<void> => {
      await sleep(delayMs, undefined, { ref: false });
      try {
        const counted = await exclusive(async () => {
          const held = await ownLease();
          return aggregates.exclusive(async () => {
            const recounted = await repairSlot(held, new Set([...pending, ...amending]));
            // Some of what was counted in memory may have been written twice over or not at all: read it all again.
            aggregates.forget();
            return recounted;
          });
        });
        repairScheduled = false;
        log(`repaired the counts of writer slot ${lease?.slot}: ${counted} answer(s) counted anew`);
      } catch (error) {
        log(`repair failed, retrying: ${(error as Error).message}`, 'error');
        // At most 5 s apart: the answers it owes stay out of the other instances' reports until it succeeds.
        if (!closed) void attempt(Math.min(delayMs * 2, 5_000));
        else repairScheduled = false;
      }
    };
    void attempt(500);
  }

  /** Takes over slots whose holder stopped renewing without releasing them, repairs them, and lets them go. */
  async function takeOverAbandoned(): Promise<number> {
    let repaired = 0;
    const now = Date.now();
    for (const [slot, previous] of await leases.current()) {
      if (previous.released || previous.expiresAt.getTime() > now || slot === lease?.slot) continue;
      const taken = await leases.claim(slot, previous);
      if (!taken) continue;
      // Renewed while the repair runs, however long; released only once it is done, else it runs out and the
      // repair is tried again.
      const renewing = every(RENEW_EVERY_MS, () => taken.renew(), log, `renewing writer slot ${slot}`);
      try {
        const counted = await repairSlot(taken, new Set());
        await taken.release();
        log(`took over writer slot ${slot} of a stopped instance: ${counted} answer(s) counted`);
        repaired++;
      } finally {
        renewing.stop();
      }
    }
    return repaired;
  }

  /**
   * Claims the right to make an answer's next comment change (`comment_revisions`): false when another instance holds
   * it. A claim whose change never reached the answer (its holder died between the two) is given up after a minute.
   */
  async function claimRevision(id: string, changes: number, entry: string): Promise<boolean> {
    const revision = `${id}#${changes + 1}`;
    try {
      await models.CommentRevision.create({ _id: revision, entry, at: new Date() });
      return true;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
    const held = await models.CommentRevision.findById(revision).lean<{ entry: string; at: Date }>();
    if (held && held.at.getTime() < Date.now() - STALE_REVISION_MS) {
      const answer = await models.Response.findById(id, { amends: 1 }).lean<Pick<Stored, 'amends'>>();
      if (!answer?.amends?.includes(held.entry)) {
        await models.CommentRevision.deleteOne({ _id: revision, entry: held.entry });
      }
    }
    return false;
  }

  /**
   * Makes a claimed change of an answer (see `amend`): the journal entry on the writer, the change off it, then the
   * counts on it. False when the answer is gone (erased meanwhile).
   */
  async function changeAnswer(
    id: string,
    entry: string,
    change: Pick<Stored, 'comment' | 'score' | 'category' | 'themes' | 'themeCorrections'>,
    stored: Stored,
    notify: boolean,
  ): Promise<boolean> {
    const cells = deltaCells([{ ...stored, ...change }], deltaCells([stored], [], -1));
    amending.add(entry);
    try {
      const slot = await exclusive(async () => {
        const held = await ownLease();
        await models.IngestJournal.create({
          _id: entry,
          slot: held.slot,
          amended: id,
          cells,
          at: new Date(),
        });
        return held.slot;
      });
      let made: boolean;
      try {
        const result = await models.Response.updateOne(
          { _id: id },
          { $set: change, $push: { amends: entry } },
        );
        made = result.matchedCount === 1;
      } catch (error) {
        // Made or not, unknown: the slot's repair tells by the answer's `amends`.
        scheduleRepair();
        throw error;
      }
      return await exclusive(async () => {
        if (!made) {
          await models.IngestJournal.deleteOne({ _id: entry });
          return false;
        }
        if (notify) {
          const changed = { ...stored, ...change, amends: [...(stored.amends ?? []), entry] };
          try {
            await events.store(await events.commented(changed, entry));
          } catch (error) {
            // Made, not counted, not announced: the slot's repair does both.
            scheduleRepair();
            throw error;
          }
        }
        // Counted here while the entry is still this slot's; otherwise whoever repairs the slot counts it.
        if (lease?.slot === slot && (await models.IngestJournal.exists({ _id: entry }))) {
          aggregates.add(cells);
          pending.push(entry);
        }
        return true;
      });
    } finally {
      amending.delete(entry);
    }
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
    insert(doc: Stored, { notify = true }: { notify?: boolean } = {}): Promise<InsertOutcome> {
      return new Promise((resolve, reject) => {
        queue.push({ kind: 'insert', doc, notify, resolve, reject });
        kick();
      });
    },

    exclusive,

    /**
     * Deletes answers and takes them out of the counts, exactly, on this instance's writer: a journal entry first
     * (their ids, and their counts to take away), then the deletes, then the counts in memory, written with the next
     * delta like any others. Stopped half-way, the slot's repair deletes them again and writes the counts.
     */
    erase(responses: readonly (Counted & { _id: string })[]): Promise<void> {
      return exclusive(async () => {
        if (!responses.length) return;
        const { slot } = await ownLease();
        const entry = randomUUID();
        const ids = responses.map((response) => response._id);
        await models.IngestJournal.create({
          _id: entry,
          slot,
          erased: ids,
          cells: deltaCells(responses, [], -1),
          at: new Date(),
        });
        try {
          await deleteAnswers(models, ids);
        } catch (error) {
          scheduleRepair();
          throw error;
        }
        aggregates.count(responses, -1);
        pending.push(entry);
      });
    },

    /**
     * Changes a stored answer's comment, or its score (a later score link of an email: the last click wins), or the
     * corrections of its themes (a person's), or its themes alone (classified again), and its counts with it, exactly,
     * whichever instances change it at once.
     * The answer's next change is claimed first (`comment_revisions`: one instance wins it; the others read the answer
     * again once it is in). The answer is read, and changed, off the writer (the writer's one loop stores every
     * instance's batches and must not wait on a read); the writer adds a journal entry first (the answer, and the
     * counts the change takes away and adds) and counts the change once it is made. The change is recorded on the
     * answer (`amends`), which is how a repair tells a change made from one that was not. `themesOf` gives the
     * answer's themes as it will be; `limit` is how many changes the answer may have had before this one (a visitor's
     * `MAX_COMMENT_CHANGES`, a person's `MAX_CHANGES`; none for the classifier's own).
     */
    async amend(
      id: string,
      wanted: {
        comment?: string | undefined;
        score?: number | undefined;
        themeCorrections?: (stored: Stored) => ThemeCorrection[];
      },
      themesOf: (answer: Amendable) => ThemeKey[],
      { notify = true, limit = MAX_COMMENT_CHANGES }: { notify?: boolean; limit?: number } = {},
    ): Promise<Amended> {
      for (let attempt = 0; attempt < AMEND_ATTEMPTS; attempt++) {
        const stored = await models.Response.findById(id).lean<Stored>();
        if (!stored) return { outcome: 'missing' };
        const comment = wanted.comment ?? stored.comment ?? null;
        const score = wanted.score ?? stored.score;
        const themeCorrections = wanted.themeCorrections?.(stored) ?? stored.themeCorrections;
        const category = categoryOf(score);
        const themes = themesOf({ ...stored, comment, category, themeCorrections });
        if (
          stored.comment === comment &&
          stored.score === score &&
          sameCorrections(stored.themeCorrections, themeCorrections) &&
          sameThemes(stored.themes, themes)
        ) {
          return { outcome: 'unchanged', response: stored };
        }
        const changes = stored.amends?.length ?? 0;
        if (changes >= limit) return { outcome: 'too many changes', response: stored };
        const entry = randomUUID();
        if (!(await claimRevision(id, changes, entry))) {
          // Another change of this answer is being made: read it again once that one is in.
          await sleep(AMEND_RETRY_MS * (1 + Math.random()));
          continue;
        }
        const change = { comment, score, category, themeCorrections, themes };
        // Announced only when what the visitor gave changed, not its themes alone.
        const announce = notify && (stored.comment !== comment || stored.score !== score);
        if (!(await changeAnswer(id, entry, change, stored, announce))) return { outcome: 'missing' };
        return {
          outcome: 'changed',
          response: { ...stored, ...change, amends: [...(stored.amends ?? []), entry] },
        };
      }
      throw new Error(`answer ${id} kept changing under ${AMEND_ATTEMPTS} attempts to change it`);
    },

    /** Answers waiting for the writer. */
    get queued(): number {
      return queue.length;
    },

    /** The writer slot this instance holds, once open. */
    get slot(): number | undefined {
      return lease?.slot;
    },

    /**
     * Claims a slot (repairing what its last holder left), repairs slots abandoned by stopped instances and counts
     * what the single-writer version left, then writes counts every 250 ms. Run before taking requests.
     */
    async open(): Promise<void> {
      await exclusive(async () => {
        await ownLease();
      });
      await takeOverAbandoned();
      const legacy = await models.IngestJournal.find({ slot: null }).lean<IngestJournal[]>();
      const surveys = [
        ...new Map(legacy.flatMap((entry) => entry.surveys ?? []).map((s) => [String(s), s])).values(),
      ];
      for (const survey of surveys as Types.ObjectId[]) await aggregates.rebuild(survey);
      if (legacy.length) {
        await models.IngestJournal.deleteMany({ _id: { $in: legacy.map((entry) => entry._id) } });
        log(
          `recounted the pre-aggregates of ${surveys.length} survey(s) left uncounted by an earlier version`,
        );
      }
      jobs = [
        every(PERSIST_EVERY_MS, () => exclusive(persist), log, 'writing the counts'),
        every(RENEW_EVERY_MS, async () => lease?.renew(), log, 'renewing the writer lease'),
        every(WATCH_EVERY_MS, takeOverAbandoned, log, 'taking over stopped instances'),
      ];
    },

    /** Waits for the work queued so far, writes its counts and releases the slot. */
    async close(): Promise<void> {
      closed = true;
      for (const job of jobs) job.stop();
      while (draining) await draining;
      await exclusive(persist);
      // With a repair still owed, the slot is left to expire, and its next holder finishes the work.
      if (lease && !repairScheduled) await lease.release().catch(() => {});
    },
  };
}

export type IngestService = ReturnType<typeof createIngest>;
