import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';
import { type Connection, mongo, type Types } from 'mongoose';
import { createModels, syncIndexes } from '../models/index.ts';
import { createAggregates } from '../services/aggregates.ts';

const { EJSON } = mongo.BSON;

/**
 * What a backup holds: everything a person or a survey owner gave, and nothing the API can make again. The counts
 * (`nps_daily`, `nps_deltas`) are rebuilt from the answers on import, so that they are exactly the answers' counts
 * whatever arrived while the export ran; leases, journals and rate counts belong to running instances.
 */
export const COLLECTIONS = [
  'surveys',
  'tokens',
  'responses',
  'follow_up_claims',
  'customer_contacts',
  'erasures',
  'app_secrets',
] as const;

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
  await mkdir(dir, { recursive: true });
  if ((await readdir(dir)).length) throw new Error(`${dir} is not empty: export into a new folder.`);
  const collections: Manifest['collections'] = {};
  for (const name of COLLECTIONS) {
    const file = createWriteStream(join(dir, `${name}.ndjson`));
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
  await writeFile(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
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
  for (const name of COLLECTIONS) {
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
  for (const name of [...COLLECTIONS, 'nps_daily', 'nps_deltas', 'ingest_journal', 'writer_leases']) {
    await db.collection(name).deleteMany({});
  }
  for (const name of COLLECTIONS) {
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
