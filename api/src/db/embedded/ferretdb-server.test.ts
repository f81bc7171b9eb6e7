import { existsSync, statSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mongoose from 'mongoose';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { StartupError } from '../../errors.ts';
import { type FerretDBOptions, isAlive, type RunningFerretDB, startFerretDB } from './ferretdb-server.ts';

/** A page of SQLite's write-ahead log, with its frame header. */
const WAL_FRAME = 4096 + 24;
/**
 * The size of a database's write-ahead log. Each SQLite transaction appends the pages it wrote: 40 transactions
 * append at least 40 frames, one transaction a few.
 */
const walSize = (database: string) =>
  statSync(join(options.dataDir, 'sqlite', `${database}.sqlite-wal`)).size;

// These tests run servers of their own (the shared test server must not be killed under other files).
let dir: string;
let options: FerretDBOptions;
const started: RunningFerretDB[] = [];

async function start(overrides: Partial<FerretDBOptions> = {}): Promise<RunningFerretDB> {
  const server = await startFerretDB({ ...options, ...overrides });
  started.push(server);
  return server;
}

/** Runs `use` with a connection to a database on a server of this file's own, closed after. */
async function withDatabase(
  name: string,
  use: (client: mongoose.Connection) => Promise<void>,
): Promise<void> {
  const server = await start();
  const client = await mongoose.createConnection(server.uri, { dbName: name }).asPromise();
  try {
    await use(client);
  } finally {
    await client.close();
  }
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nps-ferretdb-'));
  options = { binary: inject('ferretdbBinary'), dataDir: join(dir, 'data'), log: () => {} };
});

afterEach(async () => {
  await Promise.all(started.splice(0).map((server) => server.stop()));
  await rm(dir, { recursive: true, force: true });
});

describe('the embedded FerretDB', () => {
  it('keeps acknowledged writes through a kill -9 of the database and a restart', async () => {
    const answers = Array.from({ length: 200 }, (_, i) => ({ _id: `answer-${i}`, score: i % 11 }));
    const first = await start();
    const writer = await mongoose.createConnection(first.uri, { dbName: 'durability' }).asPromise();
    await writer.collection('answers').insertMany(answers as never[]);
    await writer.collection('answers').insertOne({ _id: 'last', score: 10 } as never);
    process.kill(first.pid, 'SIGKILL');
    await writer.close(true);

    const second = await start();
    expect(second.pid).not.toBe(first.pid);
    const reader = await mongoose.createConnection(second.uri, { dbName: 'durability' }).asPromise();
    const stored = await reader.collection('answers').find({}).sort({ _id: 1 }).toArray();
    await reader.close();
    expect(stored).toHaveLength(201);
    expect(stored).toEqual(
      expect.arrayContaining([...answers, { _id: 'last', score: 10 }].map((a) => expect.objectContaining(a))),
    );
  });

  it('reuses the server a crashed API left running instead of starting a second one', async () => {
    const first = await start();
    // A new API process finds the state file and a live server: the same one comes back.
    const second = await startFerretDB(options);
    expect(second.pid).toBe(first.pid);
    expect(second.uri).toBe(first.uri);
  });

  it('replaces a leftover server that hangs, and keeps its data', async () => {
    const first = await start();
    const writer = await mongoose.createConnection(first.uri, { dbName: 'hang' }).asPromise();
    await writer.collection('answers').insertOne({ _id: 'kept', score: 9 } as never);
    await writer.close(true);
    process.kill(first.pid, 'SIGSTOP');

    const second = await start();
    expect(second.pid).not.toBe(first.pid);
    expect(isAlive(first.pid)).toBe(false);
    const reader = await mongoose.createConnection(second.uri, { dbName: 'hang' }).asPromise();
    expect(await reader.collection('answers').findOne({ _id: 'kept' } as never)).toEqual({
      _id: 'kept',
      score: 9,
    });
    await reader.close();
  });

  it('answers _id filters through the _id index (our patch), alone, beside other conditions, and as $eq or $in', async () => {
    await withDatabase('id_index', async (client) => {
      const answers = client.collection('answers');
      const ids = Array.from({ length: 2_000 }, () => new mongoose.Types.ObjectId());
      await answers.insertMany(ids.map((_id, i) => ({ _id, score: i % 11 })));
      const plan = async (filter: object) =>
        JSON.stringify(((await answers.find(filter).explain()) as { queryPlanner: unknown }).queryPlanner);
      const [first, second] = ids as [mongoose.Types.ObjectId, mongoose.Types.ObjectId];
      for (const filter of [
        { _id: first },
        { _id: first, score: 0 },
        { _id: { $eq: first } },
        { _id: { $in: [first, second] } },
        { _id: 'a-string-id' },
      ]) {
        expect(await plan(filter), JSON.stringify(filter)).toMatch(/SEARCH .* USING INDEX \w+__id_/);
      }
      expect(await plan({ score: 3 })).toMatch(/SCAN/);
      // Found through the index, then filtered as before: the other condition still counts.
      expect(await answers.countDocuments({ _id: { $in: [first, second] } })).toBe(2);
      expect(await answers.countDocuments({ _id: second, score: 0 })).toBe(0);
      expect((await answers.updateOne({ _id: second }, { $set: { score: 10 } })).modifiedCount).toBe(1);
      expect(await answers.findOne({ _id: second })).toEqual({ _id: second, score: 10 });
      expect((await answers.deleteMany({ _id: { $in: [first, second] } })).deletedCount).toBe(2);
    });
  });

  it('writes the statements of an update command that each update one document by _id in one transaction (our patch), in their order', async () => {
    await withDatabase('update_batch', async (client) => {
      const answers = client.collection<{ _id: string; score: number; note?: string }>('answers');
      const ids = Array.from({ length: 40 }, (_, i) => `answer-${i}`);
      await answers.insertMany(ids.map((_id) => ({ _id, score: 0 })));
      const before = walSize('update_batch');
      const written = await answers.bulkWrite(
        ids.map((_id, i) => ({ updateOne: { filter: { _id }, update: { $set: { score: 1 + (i % 10) } } } })),
        { ordered: false },
      );
      expect(written.modifiedCount).toBe(40);
      expect(walSize('update_batch') - before).toBeLessThan(10 * WAL_FRAME);

      // A statement reads what those before it wrote: a second one of the same _id, one of another filter, an upsert.
      const mixed = await answers.bulkWrite(
        [
          { updateOne: { filter: { _id: 'answer-0' }, update: { $set: { note: 'first' } } } },
          { updateOne: { filter: { _id: 'answer-0' }, update: { $inc: { score: 10 } } } },
          { updateOne: { filter: { _id: 'answer-1', score: 2 }, update: { $inc: { score: 10 } } } },
          { updateOne: { filter: { _id: 'answer-2' }, update: { $set: { score: 0 } } } },
          { updateOne: { filter: { _id: 'answer-2' }, update: { $inc: { score: 10 } } } },
          { updateOne: { filter: { _id: 'new' }, update: { $inc: { score: 7 } }, upsert: true } },
          { updateOne: { filter: { _id: 'missing' }, update: { $set: { score: 1 } } } },
        ],
        { ordered: false },
      );
      expect(mixed.matchedCount).toBe(5);
      expect(mixed.upsertedCount).toBe(1);
      expect(
        await answers
          .find({ _id: { $in: ['answer-0', 'answer-1', 'answer-2', 'new', 'missing'] } })
          .toArray(),
      ).toEqual([
        { _id: 'answer-0', score: 11, note: 'first' },
        { _id: 'answer-1', score: 12 },
        { _id: 'answer-2', score: 10 },
        { _id: 'new', score: 7 },
      ]);
    });
  });

  it('inserts an unordered batch with taken _ids in one transaction, less those (our patch), each refused as upstream', async () => {
    await withDatabase('insert_batch', async (client) => {
      const answers = client.collection<{ _id: string; score: number }>('answers');
      await answers.insertOne({ _id: 'stored', score: 1 });
      const batch = Array.from({ length: 40 }, (_, i) => ({ _id: `answer-${i}`, score: i % 11 }));
      // One _id stored already, one twice in the batch: the first of the two is inserted.
      batch[5] = { _id: 'stored', score: 9 };
      batch[30] = { _id: 'answer-7', score: 9 };
      const before = walSize('insert_batch');
      const refused = await answers.insertMany(batch, { ordered: false }).catch((error: unknown) => error);
      const { writeErrors } = refused as { writeErrors: { index: number; code: number }[] };
      expect([writeErrors].flat().map(({ index, code }) => ({ index, code }))).toEqual([
        { index: 5, code: 11000 },
        { index: 30, code: 11000 },
      ]);
      expect(walSize('insert_batch') - before).toBeLessThan(10 * WAL_FRAME);
      expect(await answers.countDocuments({})).toBe(39);
      expect(await answers.findOne({ _id: 'stored' })).toEqual({ _id: 'stored', score: 1 });
      expect(await answers.findOne({ _id: 'answer-7' })).toEqual({ _id: 'answer-7', score: 7 });
    });
  });

  it('stops the server it started and forgets it', async () => {
    const server = await startFerretDB(options);
    await server.stop();
    expect(isAlive(server.pid)).toBe(false);
    expect(existsSync(join(options.dataDir, 'server.json'))).toBe(false);
  });

  it('says which port is in use, rather than hanging, when FERRETDB_PORT is taken', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as { port: number };
    try {
      await expect(start({ port })).rejects.toThrow(
        new StartupError(
          `FERRETDB_PORT ${port} cannot be used (EADDRINUSE): another process listens there. Choose another port, or unset FERRETDB_PORT to use a free one.`,
        ),
      );
    } finally {
      blocker.close();
    }
  });

  it('says the data folder is not writable, rather than hanging', async () => {
    const file = join(dir, 'a-file');
    await writeFile(file, '');
    await expect(start({ dataDir: join(file, 'data') })).rejects.toThrow(
      /^The database folder .*a-file\/data is not writable \(ENOTDIR\)\. .*NPS_DATA_DIR/,
    );
  });
});
