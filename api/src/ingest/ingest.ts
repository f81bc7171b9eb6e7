import type { Log } from '../logging.ts';
import type { Models } from '../models/index.ts';
import type { AggregateService } from '../reports/aggregates.ts';
import type { Counted } from '../reports/cells.ts';
import type { Metrics } from '../services/metrics.ts';
import { every } from '../services/periodic.ts';
import type { ThemeKey } from '../themes/lexicon.ts';
import { amend, type Wanted } from './amend.ts';
import { PERSIST_EVERY_MS, persist } from './count-deltas.ts';
import { eraseAnswers } from './erase.ts';
import { recountLegacy, takeOverAbandoned } from './repair.ts';
import {
  type Amendable,
  type Amended,
  type IngestEvents,
  type InsertOutcome,
  NO_EVENTS,
  type Stored,
} from './stored.ts';
import { Writer } from './writer.ts';
import { type Leases, RENEW_EVERY_MS } from './writer-lease.ts';

/** How often the writer looks for slots whose holder died with work unfinished. */
const WATCH_EVERY_MS = 1_000;

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
 * - **Group commit** (`group-commit.ts`). Submits that arrive while a batch is being written go out together in the
 *   next one: a journal entry naming the batch's response ids, then one `insertMany`. The answers are counted in
 *   memory at once (this instance's reports see them), and every 250 ms the counts go out as one count delta
 *   (`count-deltas.ts`: `nps_deltas`), then to the slot's cells (`$inc`, tagged with the delta's number), then the
 *   slot's lease records the delta as done and the journal entries it covers are deleted.
 * - **Repair in proportion to the loss** (`repair.ts`). After a crash, the next holder of the slot (a survivor,
 *   within seconds) re-applies a delta the dead writer left half-written (cells that have it are skipped), and counts
 *   the answers of journal entries no delta covers, looking them up by `_id`: the work is what was in flight, not
 *   the survey.
 * - **Changes and erasures** (`amend.ts`, `erase.ts`) go through the same journal, so that they are counted exactly.
 */
export function createIngest(models: Models, aggregates: AggregateService, options: IngestOptions) {
  const { holder, leases, log, metrics, events = NO_EVENTS } = options;
  const writer = new Writer({ models, aggregates, holder, leases, log, metrics, events });
  let jobs: { stop(): void }[] = [];

  return {
    /** Stores a validated response; `duplicate` when its `_id` (survey and clientResponseId) was stored before. */
    insert(doc: Stored, { notify = true }: { notify?: boolean } = {}): Promise<InsertOutcome> {
      return writer.insert(doc, notify);
    },

    /** Runs `job` alone on the writer, after what is queued before it. */
    exclusive<T>(job: () => Promise<T>): Promise<T> {
      return writer.exclusive(job);
    },

    /** Deletes answers and takes them out of the counts, exactly (see `erase.ts`). */
    erase(responses: readonly (Counted & { _id: string })[]): Promise<void> {
      return writer.exclusive(() => eraseAnswers(writer, responses));
    },

    /** Changes a stored answer and its counts, exactly, whichever instances change it at once (see `amend.ts`). */
    amend(
      id: string,
      wanted: Wanted,
      themesOf: (answer: Amendable) => ThemeKey[],
      options?: { notify?: boolean; limit?: number },
    ): Promise<Amended> {
      return amend(writer, id, wanted, themesOf, options);
    },

    /** Answers waiting for the writer. */
    get queued(): number {
      return writer.queued;
    },

    /** The writer slot this instance holds, once open. */
    get slot(): number | undefined {
      return writer.lease?.slot;
    },

    /**
     * Claims a slot (repairing what its last holder left), repairs slots abandoned by stopped instances and counts
     * what the single-writer version left, then writes counts every 250 ms. Run before taking requests.
     */
    async open(): Promise<void> {
      await writer.exclusive(() => writer.ownLease());
      await takeOverAbandoned(writer);
      await recountLegacy(writer);
      jobs = [
        every(PERSIST_EVERY_MS, () => writer.exclusive(() => persist(writer)), log, 'writing the counts'),
        every(RENEW_EVERY_MS, async () => writer.lease?.renew(), log, 'renewing the writer lease'),
        every(WATCH_EVERY_MS, () => takeOverAbandoned(writer), log, 'taking over stopped instances'),
      ];
    },

    /** Waits for the work queued so far, writes its counts and releases the slot. */
    async close(): Promise<void> {
      writer.closed = true;
      for (const job of jobs) job.stop();
      await writer.idle();
      await writer.exclusive(() => persist(writer));
      // With a repair still owed, the slot is left to expire, and its next holder finishes the work.
      if (writer.lease && !writer.repairScheduled) await writer.lease.release().catch(() => {});
    },
  };
}

export type IngestService = ReturnType<typeof createIngest>;
