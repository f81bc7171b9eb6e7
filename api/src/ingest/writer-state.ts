import type { Log } from '../logging.ts';
import type { DeltaCell } from '../models/count-delta.model.ts';
import type { Models } from '../models/index.ts';
import type { AggregateService } from '../reports/aggregates.ts';
import type { Metrics } from '../services/metrics.ts';
import type { AnswerChange, IngestEvents, Stored } from './stored.ts';
import type { Lease, Leases } from './writer-lease.ts';

/** A comment change as `amend` asks the writer to make it. */
export interface ChangeRequest {
  /** Its journal entry, the writer adds its slot: the answer changed, and the change of its counts. */
  readonly entry: {
    readonly _id: string;
    readonly amended: string;
    readonly cells: DeltaCell[];
    readonly at: Date;
  };
  /** The answer's next change, `<answer>#<n>` (`comment_revisions`): made by whoever inserts it first. */
  readonly revision: string;
  readonly change: AnswerChange;
  /** The answer as it will be, when the change is announced (what the visitor gave changed, not its themes alone). */
  readonly announced: Stored | undefined;
}

/** `taken`: another change holds the revision; `missing`: the answer is gone (erased meanwhile). */
export type ChangeOutcome = 'made' | 'taken' | 'missing';

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
  /** Whether a repair of this instance's own slot is owed (retried until the database takes it). */
  repairScheduled: boolean;
  /** Whether `close` has begun: a failed repair is no longer retried. */
  closed: boolean;
  /** Reads an answer as stored now (the reads asked for together go out as one query). */
  readAnswer(id: string): Promise<Stored | undefined>;
  /** Makes a comment change, with the others queued meanwhile, in one step (`amend.ts`, `makeChanges`). */
  change(request: ChangeRequest): Promise<ChangeOutcome>;
  /** Runs `job` alone on the writer, after what is queued before it. */
  exclusive<T>(job: () => Promise<T>): Promise<T>;
  /** This instance's lease, claimed again if it was lost (the old slot's unfinished work goes to its next holder). */
  ownLease(): Promise<Lease>;
  /** Repairs this instance's own slot after a failed write, retried with backoff until the database takes it. */
  scheduleRepair(): void;
}
