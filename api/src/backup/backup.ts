import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { chmod, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';
import { type Connection, mongo, type Types } from 'mongoose';
import { createModels, syncIndexes } from '../models/index.ts';
import { createAggregates } from '../reports/aggregates.ts';

const { EJSON } = mongo.BSON;

/**
 * What a backup holds: everything a person or a survey owner gave, everything needed to carry on (webhook
 * subscriptions with their secrets, the events waiting to be delivered or announced, the delivery log, the answers
 * erased that no import may bring back), and nothing the API can make again. The counts (`nps_daily`,
 * `nps_deltas`) are rebuilt from the answers on import, so that they are exactly the answers' counts whatever
 * arrived while the export ran; leases, journals, claims and rate counts belong to running instances (a waiting
 * event's instance is gone after a move: the restored API takes its parcel over, as from a stopped instance);
 * console sessions and setup codes are short-lived: after a restore, people sign in again (their accounts are kept).
 */
export const COLLECTIONS = [
  'surveys',
  'survey_revisions',
  'tokens',
  'users',
  'memberships',
  'invitations',
  'audit_log',
  'responses',
  'follow_up_claims',
  'customer_contacts',
  'erasures',
  'erased_answers',
  'app_secrets',
  'webhooks',
  'webhook_outbox',
  'webhook_scheduled',
  'webhook_backlog',
  'webhook_deliveries',
] as const;

/** Collections added after the first backups were made: a backup from before has none of them. */
const OLDER_BACKUPS_LACK = new Set<string>([
  'survey_revisions',
  'users',
  'memberships',
  'invitations',
  'audit_log',
  'erased_answers',
  'webhooks',
  'webhook_outbox',
  'webhook_scheduled',
  'webhook_backlog',
  'webhook_deliveries',
]);

/** A backup holds secrets and personal data: readable by its owner alone, like the admin token. */
const DIR_MODE = 0o700;
const FILE_MODE = 0o600;

interface Manifest {
  readonly format: 1;
  readonly at: string;
  readonly collections: Record<string, { documents: number; sha256: string }>;
}

/** Writes every collection of `COLLECTIONS` as NDJSON (Extended JSON, types kept) with a manifest of counts and checksums. */
export async function exportDatabase(
  db: Connection,
  dir: string,
  progress: (line: string) => void,
): Promise<Manifest> {
  await mkdir(dir, { recursive: true, mode: DIR_MODE });
  if ((await readdir(dir)).length) throw new Error(`${dir} is not empty: export into a new folder.`);
  // An existing empty folder keeps its mode: set it.
  await chmod(dir, DIR_MODE);
  const collections: Manifest['collections'] = {};
  for (const name of COLLECTIONS) {
    const file = createWriteStream(join(dir, `${name}.ndjson`), { mode: FILE_MODE });
    const hash = createHash('sha256');
    let documents = 0;
    for await (const doc of db.collection(name).find({}, { sort: { _id: 1 } })) {
      const line = `${EJSON.stringify(doc, { relaxed: false })}\n`;
      hash.update(line);
      if (!file.write(line)) await once(file, 'drain');
      documents++;
    }
    file.end();
    await finished(file);
    collections[name] = { documents, sha256: hash.digest('hex') };
    progress(`${name}: ${documents} document(s)`);
  }
  const manifest: Manifest = { format: 1, at: new Date().toISOString(), collections };
  await writeFile(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`, { mode: FILE_MODE });
  return manifest;
}

/**
 * Loads a backup into `db`: checks every file against the manifest first (nothing is written from a damaged
 * backup), refuses a database that holds data unless `replace` (then it empties the collections first), inserts the
 * documents, builds the indexes, and rebuilds each survey's counts from its answers, checking that they add up.
 */
export async function importDatabase(
  db: Connection,
  dir: string,
  { replace = false, secondaryIndexes = true }: { replace?: boolean; secondaryIndexes?: boolean },
  progress: (line: string) => void,
): Promise<{ surveys: number; responses: number }> {
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  if (manifest.format !== 1) throw new Error(`Unknown backup format ${manifest.format}.`);
  // A backup made before a collection was added to `COLLECTIONS` has neither its file nor its manifest entry.
  const present = COLLECTIONS.filter((name) => name in manifest.collections || !OLDER_BACKUPS_LACK.has(name));
  for (const name of present) {
    const expected = manifest.collections[name];
    const hash = createHash('sha256');
    let documents = 0;
    for await (const line of lines(join(dir, `${name}.ndjson`))) {
      hash.update(`${line}\n`);
      documents++;
    }
    if (!expected || expected.documents !== documents || expected.sha256 !== hash.digest('hex')) {
      throw new Error(`${name}.ndjson does not match the manifest: the backup is damaged or incomplete.`);
    }
  }
  const models = createModels(db);
  const held = await Promise.all(
    [...COLLECTIONS, 'nps_daily'].map(
      async (name) => [name, await db.collection(name).countDocuments()] as const,
    ),
  );
  const nonEmpty = held.filter(([, count]) => count > 0).map(([name]) => name);
  if (nonEmpty.length && !replace) {
    throw new Error(
      `The target database holds data (${nonEmpty.join(', ')}): pass --replace to empty it first.`,
    );
  }
  for (const name of [
    ...COLLECTIONS,
    'nps_daily',
    'nps_deltas',
    'nps_resets',
    'ingest_journal',
    'writer_leases',
    'webhook_claims',
    'webhook_tombstones',
  ]) {
    await db.collection(name).deleteMany({});
  }
  for (const name of present) {
    let batch: Record<string, unknown>[] = [];
    let inserted = 0;
    const flush = async () => {
      if (batch.length) await db.collection(name).insertMany(batch, { ordered: true });
      inserted += batch.length;
      batch = [];
    };
    for await (const line of lines(join(dir, `${name}.ndjson`))) {
      batch.push(EJSON.parse(line, { relaxed: false }) as Record<string, unknown>);
      if (batch.length === 1000) await flush();
    }
    await flush();
    progress(`${name}: ${inserted} document(s) loaded`);
  }
  await syncIndexes(models, { secondary: secondaryIndexes });
  const aggregates = createAggregates(models);
  const surveys = await models.Survey.find({}, { _id: 1 }).lean<{ _id: Types.ObjectId }[]>();
  let responses = 0;
  for (const { _id } of surveys) {
    const counted = await aggregates.rebuild(_id);
    const stored = await models.Response.countDocuments({ survey: _id });
    if (counted !== stored) throw new Error(`Survey ${_id}: ${counted} counted for ${stored} answers.`);
    responses += counted;
    progress(`survey ${_id}: counts rebuilt from ${counted} answer(s)`);
  }
  return { surveys: surveys.length, responses };
}

function lines(file: string): AsyncIterable<string> {
  const reader = createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY });
  return (async function* () {
    for await (const line of reader) if (line) yield line;
  })();
}
