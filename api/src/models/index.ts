import DataLoader from 'dataloader';
import type { Connection, mongo } from 'mongoose';
import { appSecretSchema } from './app-secret.model.ts';
import { auditEntrySchema } from './audit-entry.model.ts';
import { commentRevisionSchema } from './comment-revision.model.ts';
import { countDeltaSchema } from './count-delta.model.ts';
import { customerContactSchema } from './customer-contact.model.ts';
import { erasedAnswerSchema } from './erased-answer.model.ts';
import { erasureSchema } from './erasure.model.ts';
import { followUpClaimSchema } from './follow-up-claim.model.ts';
import { ingestJournalSchema } from './ingest-journal.model.ts';
import { invitationSchema } from './invitation.model.ts';
import { jobRunSchema } from './job-run.model.ts';
import { membershipSchema } from './membership.model.ts';
import { npsDailySchema } from './nps-daily.model.ts';
import { rateCountSchema } from './rate-count.model.ts';
import { reclassificationSchema } from './reclassification.model.ts';
import { responseSchema } from './response.model.ts';
import { sessionSchema, setupCodeSchema } from './session.model.ts';
import { surveySchema } from './survey.model.ts';
import { surveyInstallSchema } from './survey-install.model.ts';
import { surveyRevisionSchema } from './survey-revision.model.ts';
import { tokenSchema } from './token.model.ts';
import { userSchema } from './user.model.ts';
import { webhookSchema } from './webhook.model.ts';
import { webhookClaimSchema } from './webhook-claim.model.ts';
import {
  webhookDeliverySchema,
  webhookParcelSchema,
  webhookTombstoneSchema,
} from './webhook-delivery.model.ts';
import { writerLeaseSchema } from './writer-lease.model.ts';

const SCHEMAS = [
  surveySchema,
  surveyRevisionSchema,
  surveyInstallSchema,
  responseSchema,
  npsDailySchema,
  tokenSchema,
  userSchema,
  membershipSchema,
  invitationSchema,
  auditEntrySchema,
  sessionSchema,
  setupCodeSchema,
  ingestJournalSchema,
  countDeltaSchema,
  writerLeaseSchema,
  followUpClaimSchema,
  commentRevisionSchema,
  rateCountSchema,
  customerContactSchema,
  appSecretSchema,
  erasureSchema,
  erasedAnswerSchema,
  jobRunSchema,
  webhookSchema,
  webhookDeliverySchema,
  webhookParcelSchema,
  webhookTombstoneSchema,
  webhookClaimSchema,
  reclassificationSchema,
];
// Indexes are built by `syncIndexes` alone, which knows the server; mongoose would build every one on each connection.
for (const schema of SCHEMAS) schema.set('autoIndex', false);

/** The models, bound to one connection (each test file has its own database, so nothing is global). */
export function createModels(connection: Connection) {
  return {
    Survey: connection.model('Survey', surveySchema),
    SurveyRevision: connection.model('SurveyRevision', surveyRevisionSchema),
    SurveyInstall: connection.model('SurveyInstall', surveyInstallSchema),
    Response: connection.model('Response', responseSchema),
    NpsDaily: connection.model('NpsDaily', npsDailySchema),
    Token: connection.model('Token', tokenSchema),
    User: connection.model('User', userSchema),
    Membership: connection.model('Membership', membershipSchema),
    Invitation: connection.model('Invitation', invitationSchema),
    AuditEntry: connection.model('AuditEntry', auditEntrySchema),
    Session: connection.model('Session', sessionSchema),
    SetupCode: connection.model('SetupCode', setupCodeSchema),
    IngestJournal: connection.model('IngestJournal', ingestJournalSchema),
    CountDelta: connection.model('CountDelta', countDeltaSchema),
    /** Surveys whose counts were replaced, in the count feed's shape (slot -1), apart from the slots' deltas. */
    CountReset: connection.model('CountReset', countDeltaSchema, 'nps_resets'),
    WriterLease: connection.model('WriterLease', writerLeaseSchema),
    FollowUpClaim: connection.model('FollowUpClaim', followUpClaimSchema),
    CommentRevision: connection.model('CommentRevision', commentRevisionSchema),
    RateCount: connection.model('RateCount', rateCountSchema),
    CustomerContact: connection.model('CustomerContact', customerContactSchema),
    AppSecret: connection.model('AppSecret', appSecretSchema),
    Erasure: connection.model('Erasure', erasureSchema),
    ErasedAnswer: connection.model('ErasedAnswer', erasedAnswerSchema),
    JobRun: connection.model('JobRun', jobRunSchema),
    Reclassification: connection.model('Reclassification', reclassificationSchema),
    Webhook: connection.model('Webhook', webhookSchema),
    /** Webhook deliveries waiting, in parcels (see `webhook-delivery.model.ts`). */
    OutboxParcel: connection.model('OutboxParcel', webhookParcelSchema, 'webhook_outbox'),
    ScheduledParcel: connection.model('ScheduledParcel', webhookParcelSchema, 'webhook_scheduled'),
    BacklogParcel: connection.model('BacklogParcel', webhookParcelSchema, 'webhook_backlog'),
    /** Webhook deliveries done: the log. */
    WebhookDelivery: connection.model('WebhookDelivery', webhookDeliverySchema),
    WebhookTombstone: connection.model('WebhookTombstone', webhookTombstoneSchema),
    WebhookClaim: connection.model('WebhookClaim', webhookClaimSchema),
  };
}

export type Models = ReturnType<typeof createModels>;

/**
 * Builds the models' indexes (idempotent), so that queries are indexed from the first request. With `secondary`
 * false, only the unique ones, which keep the data right, and the others are dropped: FerretDB 1.x's SQLite backend
 * pushes no filter down but `_id` (its `explain` says SCAN with the index in place; our build makes `_id` filters use
 * the `_id` index, nothing else), so there they would only double the cost of every insert.
 */
export async function syncIndexes(models: Models, { secondary }: { secondary: boolean }): Promise<void> {
  await Promise.all(
    Object.values(models).map(async (model) => {
      if (secondary) return model.createIndexes();
      for (const [fields, options] of model.schema.indexes()) {
        if (options?.unique) {
          await model.collection.createIndex(
            fields as mongo.IndexSpecification,
            options as mongo.CreateIndexesOptions,
          );
        }
      }
      const existing = await model.collection.indexes().catch(() => []);
      for (const { name, unique } of existing) {
        if (name && name !== '_id_' && !unique) await model.collection.dropIndex(name);
      }
    }),
  );
}

/**
 * FerretDB 1.24 never answers an update command of 100 or more statements (and the connection stays stuck), so
 * bulk updates go out in chunks well below that. Harmless on MongoDB.
 */
const BULK_UPDATE_CHUNK = 50;

/** What `updateInChunks` needs of a model (any of ours); the operations are typed where they are made. */
interface BulkUpdatable {
  bulkWrite(ops: never[], options: { ordered: false }): Promise<{ matchedCount: number }>;
}

/** Runs a model's bulk updates, unordered, in chunks of `BULK_UPDATE_CHUNK`; returns how many documents matched. */
export async function updateInChunks(model: BulkUpdatable, ops: readonly object[]): Promise<number> {
  let matched = 0;
  for (let i = 0; i < ops.length; i += BULK_UPDATE_CHUNK) {
    matched += (await model.bulkWrite(ops.slice(i, i + BULK_UPDATE_CHUNK) as never[], { ordered: false }))
      .matchedCount;
  }
  return matched;
}

/** A write refused because its `_id` (or another unique key) is taken: how MongoDB and FerretDB say so. */
export function isDuplicateKey(error: unknown): boolean {
  return (error as { code?: number } | null)?.code === 11000;
}

/**
 * Inserts documents, unordered, and returns the indexes of those whose `_id` was taken already (stored before, or
 * claimed by another instance). Any other error is thrown.
 */
export async function insertNew(collection: mongo.Collection, docs: readonly object[]): Promise<Set<number>> {
  if (!docs.length) return new Set();
  try {
    await collection.insertMany(docs as mongo.OptionalId<mongo.Document>[], { ordered: false });
    return new Set();
  } catch (error) {
    const { writeErrors } = error as { writeErrors?: WriteError | WriteError[] };
    const errors = writeErrors === undefined ? [] : [writeErrors].flat();
    if (!errors.length || !errors.every(isDuplicateKey)) throw error;
    return new Set(errors.map((e) => e.index));
  }
}

interface WriteError {
  readonly index: number;
  readonly code: number;
}

/**
 * Ids per `$in`. One `$in` is one look-up through the `_id` index, on MongoDB and on our FerretDB build (whose patch
 * makes the SQLite backend use that index); chunks keep each command far below the message limits.
 */
const IDS_PER_QUERY = 1_000;

/** What `findByIds` and `deleteByIds` need of a model (any of ours). */
interface ById {
  find(filter: object, projection?: object): { lean<R>(): PromiseLike<R> };
  deleteMany(filter: object): PromiseLike<unknown>;
}

/** The documents with these `_id`s that exist, by `_id`. */
export async function findByIds<T extends { _id: unknown }>(
  model: ById,
  ids: readonly T['_id'][],
  projection?: Record<string, 0 | 1>,
): Promise<Map<T['_id'], T>> {
  const found = new Map<T['_id'], T>();
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
    const docs = await model.find({ _id: { $in: ids.slice(i, i + IDS_PER_QUERY) } }, projection).lean<T[]>();
    for (const doc of docs) found.set(doc._id, doc);
  }
  return found;
}

/**
 * Reads one document by `_id` as `findById` would, those asked for within one turn of the event loop together, in one
 * `findByIds`: under load, one query for the reads of many requests, not one each. Nothing is cached: each read is
 * sent after it was asked for.
 */
export function batchedFindById<T extends { _id: string }>(
  model: ById,
): (id: string) => Promise<T | undefined> {
  const loader = new DataLoader<string, T | undefined>(
    async (ids) => {
      const found = await findByIds<T>(model, ids);
      return ids.map((id) => found.get(id));
    },
    // Node runs the promise jobs after each callback: the default (after them) would batch one request's reads.
    { cache: false, batchScheduleFn: (run) => setImmediate(run) },
  );
  return (id) => loader.load(id);
}

/** Deletes the documents with these `_id`s. */
export async function deleteByIds(model: ById, ids: readonly unknown[]): Promise<void> {
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
    await model.deleteMany({ _id: { $in: ids.slice(i, i + IDS_PER_QUERY) } });
  }
}
