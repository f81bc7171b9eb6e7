import type { Log } from '../logging.ts';
import type { DeltaCell } from '../models/count-delta.model.ts';
import type { Models } from '../models/index.ts';
import type { AggregateService } from '../reports/aggregates.ts';
import type { Metrics } from '../services/metrics.ts';
import type { IngestEvents } from './stored.ts';
import type { Lease, Leases } from './writer-lease.ts';

/** A comment change's journal entry as `amend` makes it: the writer adds its slot. */
export interface ChangeEntry {
  readonly _id: string;
  /** The answer changed. */
  readonly amended: string;
  /** The change of its counts. */
  readonly cells: DeltaCell[];
  readonly at: Date;
}

/**
 * The writer's state, named in one place: what its steps (`group-commit.ts`, `count-deltas.ts`, `repair.ts`,
 * `amend.ts`) read and change. `writer.ts` holds it; a step is a function of it, and can be run alone.
 */
export interface WriterState {
  readonly models: Models;
  readonly aggregates: AggregateService;
  /** This API instance, as leases and deltas name it. */
  readonly holder: string;
  readonly leases: Leases;
  readonly log: Log;
  /** Told of each batch written and each delta: the `/metrics` figures. */
  readonly metrics: Pick<Metrics, 'batch' | 'deltaWritten'> | undefined;
  readonly events: IngestEvents;
  /** The writer slot this instance holds, once claimed. */
  lease: Lease | undefined;
  /** Journal entries whose answers are counted in memory and wait for the next delta. */
  pending: string[];
  /** Comment changes under way (journal entry written, change not yet counted): this instance's repair leaves them. */
  readonly amending: Set<string>;
  /** Whether a repair of this instance's own slot is owed (retried until the database takes it). */
  repairScheduled: boolean;
  /** Whether `close` has begun: a failed repair is no longer retried. */
  closed: boolean;
  /**
   * Claims an answer's next change (`revision`, `<answer>#<n>`) and writes the change's journal entry under this
   * instance's lease, with the others queued meanwhile (two writes for all); resolves to the lease it was written
   * under, or undefined when another change holds the revision.
   */
  journal(entry: ChangeEntry, revision: string): Promise<Lease | undefined>;
  /** Runs `job` alone on the writer, after what is queued before it. */
  exclusive<T>(job: () => Promise<T>): Promise<T>;
  /** This instance's lease, claimed again if it was lost (the old slot's unfinished work goes to its next holder). */
  ownLease(): Promise<Lease>;
  /** Repairs this instance's own slot after a failed write, retried with backoff until the database takes it. */
  scheduleRepair(): void;
}
