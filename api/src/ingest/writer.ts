import { setTimeout as sleep } from 'node:timers/promises';
import type { Log } from '../logging.ts';
import { batchedFindById, type Models } from '../models/index.ts';
import type { AggregateService } from '../reports/aggregates.ts';
import type { Metrics } from '../services/metrics.ts';
import { type ChangeWork, makeChanges } from './amend.ts';
import { flush, type InsertWork, MAX_BATCH } from './group-commit.ts';
import { repairSlot } from './repair.ts';
import type { IngestEvents, InsertOutcome, Stored } from './stored.ts';
import { type Lease, LeaseLostError, type Leases } from './writer-lease.ts';
import type { ChangeOutcome, ChangeRequest, WriterState } from './writer-state.ts';

type Work =
  | ({ kind: 'insert' } & InsertWork)
  | ({ kind: 'change' } & ChangeWork)
  | { kind: 'job'; run: () => Promise<void> };

/** Longest wait between two tries of a failed repair: the answers it owes stay out of the other instances' reports. */
const MAX_REPAIR_BACKOFF_MS = 5_000;

/** What the writer is made with: the state's parts that never change. */
export type WriterParts = Pick<
  WriterState,
  'models' | 'aggregates' | 'holder' | 'leases' | 'log' | 'metrics' | 'events'
>;

/**
 * The writer's one loop: a queue of answers, comment changes and jobs, run one step at a time. Answers queued
 * together go out as one batch (`group-commit.ts`), and so are the changes queued together made (`amend.ts`); a job
 * (a delta, a repair, an erasure) runs alone between batches. Its state is `WriterState`'s.
 */
export class Writer implements WriterState {
  readonly models: Models;
  readonly aggregates: AggregateService;
  readonly holder: string;
  readonly leases: Leases;
  readonly log: Log;
  readonly metrics: Pick<Metrics, 'batch' | 'deltaWritten'> | undefined;
  readonly events: IngestEvents;
  readonly readAnswer: (id: string) => Promise<Stored | undefined>;
  lease: Lease | undefined;
  pending: string[] = [];
  repairScheduled = false;
  closed = false;
  readonly #queue: Work[] = [];
  #draining: Promise<void> | undefined;

  constructor(parts: WriterParts) {
    this.models = parts.models;
    this.aggregates = parts.aggregates;
    this.holder = parts.holder;
    this.leases = parts.leases;
    this.log = parts.log;
    this.metrics = parts.metrics;
    this.events = parts.events;
    this.readAnswer = batchedFindById<Stored>(parts.models.Response);
  }

  /** Answers and jobs waiting for the writer. */
  get queued(): number {
    return this.#queue.length;
  }

  /** Waits for the work queued so far (and what it queued meanwhile). */
  async idle(): Promise<void> {
    while (this.#draining) await this.#draining;
  }

  /** Stores a validated answer, with the others queued meanwhile. */
  insert(doc: Stored, notify: boolean): Promise<InsertOutcome> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ kind: 'insert', doc, notify, resolve, reject });
      this.#kick();
    });
  }

  change(request: ChangeRequest): Promise<ChangeOutcome> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ kind: 'change', ...request, resolve, reject });
      this.#kick();
    });
  }

  exclusive<T>(job: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#queue.push({ kind: 'job', run: () => job().then(resolve, reject) });
      this.#kick();
    });
  }

  async ownLease(): Promise<Lease> {
    try {
      if (this.lease) {
        this.lease.assertHeld();
        return this.lease;
      }
    } catch (error) {
      if (!(error instanceof LeaseLostError)) throw error;
      this.log(`${error.message}: claiming a slot again`, 'warn');
      // What was counted under the old slot is now the business of whoever repairs it.
      this.pending = [];
      this.aggregates.takeUnwritten();
      this.aggregates.forget();
      this.lease = undefined;
    }
    const claimed = await this.leases.claimFree();
    // None of this instance's own work is under way in it: a change is made in one step, and this is within one.
    if (claimed.abandoned) await repairSlot(this, claimed);
    this.lease = claimed;
    this.aggregates.setOwnSlot(claimed.slot);
    return claimed;
  }

  scheduleRepair(): void {
    if (this.repairScheduled) return;
    this.repairScheduled = true;
    void this.#repairAfter(500);
  }

  async #repairAfter(delayMs: number): Promise<void> {
    await sleep(delayMs, undefined, { ref: false });
    try {
      const counted = await this.exclusive(async () => {
        const held = await this.ownLease();
        return this.aggregates.exclusive(async () => {
          const recounted = await repairSlot(this, held, new Set(this.pending));
          // Some of what was counted in memory may have been written twice over or not at all: read it all again.
          this.aggregates.forget();
          return recounted;
        });
      });
      this.repairScheduled = false;
      this.log(`repaired the counts of writer slot ${this.lease?.slot}: ${counted} answer(s) counted anew`);
    } catch (error) {
      this.log(`repair failed, retrying: ${(error as Error).message}`, 'error');
      if (!this.closed) void this.#repairAfter(Math.min(delayMs * 2, MAX_REPAIR_BACKOFF_MS));
      else this.repairScheduled = false;
    }
  }

  #kick(): void {
    this.#draining ??= this.#drain().finally(() => {
      this.#draining = undefined;
      if (this.#queue.length) this.#kick();
    });
  }

  /** Takes up to `MAX_BATCH` of the queued work of one kind out of the queue, in order. */
  #take<K extends 'insert' | 'change'>(kind: K): Extract<Work, { kind: K }>[] {
    const taken: Extract<Work, { kind: K }>[] = [];
    const rest: Work[] = [];
    for (const work of this.#queue) {
      if (work.kind === kind && taken.length < MAX_BATCH) taken.push(work as Extract<Work, { kind: K }>);
      else rest.push(work);
    }
    this.#queue.splice(0, this.#queue.length, ...rest);
    return taken;
  }

  async #drain(): Promise<void> {
    const queue = this.#queue;
    while (queue.length) {
      const first = queue[0];
      if (first?.kind === 'job') {
        queue.shift();
        await first.run();
        continue;
      }
      // Everything of the first's kind queued goes in its batch, also what is queued behind other work: a comment
      // sent after its score makes a change (`amend.ts`), and batches cut at each would shrink to the few answers
      // between two, each batch three writes. A job waits for two batches at most, and none needs what is queued
      // after it to be not yet written.
      if (first?.kind === 'change') await makeChanges(this, this.#take('change'));
      else await flush(this, this.#take('insert'));
    }
  }
}
