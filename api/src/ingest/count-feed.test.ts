import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import type { CountDelta } from '../models/count-delta.model.ts';
import { createModels, type Models, syncIndexes } from '../models/index.ts';
import { openTestDatabase } from '../testing/database.ts';
import { createCountFeed, RETENTION_MS } from './count-feed.ts';
import { createLeases, type Lease } from './writer-lease.ts';

let db: Database;
let models: Models;
let writer: Lease;

beforeAll(async () => {
  db = await openTestDatabase('count_feed');
  models = createModels(db.connection);
  await syncIndexes(models, { secondary: !db.ferretdb });
  writer = await createLeases(models, 'writer').claimFree();
});
afterAll(() => db.close());

const survey = new Types.ObjectId();

/** A slot's deltas `from`..`to` as the writer stores them, and its lease advanced past them. */
async function write(from: number, to: number): Promise<void> {
  const deltas = Array.from({ length: to - from + 1 }, (_, i) => ({
    _id: `${writer.slot}:${from + i}`,
    slot: writer.slot,
    seq: from + i,
    holder: 'writer',
    at: new Date(),
    journal: [],
    cells: [],
    reset: [],
  }));
  await models.CountDelta.collection.insertMany(deltas as never[]);
  await writer.advance(to);
}

/** A reader whose cached surveys are a list of what reached them. */
function reader() {
  const received: CountDelta[] = [];
  const aggregates = {
    receive: (deltas: readonly CountDelta[]) => void received.push(...deltas),
    forget() {},
  };
  const feed = createCountFeed(models, aggregates, createLeases(models, 'reader'), () => {});
  const seqs = () =>
    received
      .filter((delta) => delta.slot === writer.slot)
      .map((delta) => delta.seq)
      .sort((a, b) => a - b);
  return { feed, received, seqs, aggregates };
}

describe('the count feed', () => {
  it('gives a reader every delta of a slot once, however many were written between two reads', async () => {
    await write(1, 5);
    const { feed, seqs } = reader();
    await feed.poll();
    expect(seqs()).toEqual([1, 2, 3, 4, 5]);
    // More than one read asks a slot for at once.
    await write(6, 45);
    await feed.poll();
    expect(seqs()).toEqual(Array.from({ length: 45 }, (_, i) => i + 1));
  });

  it('reads on past deltas deleted while the reader was away, however many', async () => {
    const { feed, seqs } = reader();
    await feed.poll();
    await write(46, 70);
    const deleted = Array.from({ length: 20 }, (_, i) => `${writer.slot}:${46 + i}`);
    await models.CountDelta.deleteMany({ _id: { $in: deleted } });
    await feed.poll();
    expect(seqs().filter((seq) => seq > 45)).toEqual([66, 67, 68, 69, 70]);
  });

  it("gives a survey's reset to every reader once", async () => {
    const { feed, received } = reader();
    await models.CountReset.create({
      _id: `reset:${survey}:1`,
      slot: -1,
      seq: 0,
      holder: 'writer',
      at: new Date(),
      reset: [survey],
    });
    await feed.poll();
    await feed.poll();
    const resets = received.filter((delta) => delta.reset.some((id) => id.equals(survey)));
    // Read again within the overlap, for a reset whose insert took long; the aggregates add each once.
    expect(resets.length).toBeGreaterThanOrEqual(1);
    expect(new Set(resets.map((delta) => delta._id))).toEqual(new Set([`reset:${survey}:1`]));
  });

  it('deletes the deltas applied a retention ago, by `_id`, and none later', async () => {
    const { seq } = writer;
    const janitor = createCountFeed(models, reader().aggregates, createLeases(models, 'writer'), () => {});
    const kept = async () =>
      (await models.CountDelta.find({ slot: writer.slot }, { seq: 1 }).lean())
        .map((d) => d.seq)
        .sort((a, b) => a - b);
    const start = Date.now();
    await janitor.clean(start);
    await write(seq + 1, seq + 10);
    expect((await kept())[0]).toBeLessThanOrEqual(seq);
    // Those applied at the first cleaning, not the ten applied since.
    await janitor.clean(start + RETENTION_MS);
    expect(await kept()).toEqual(Array.from({ length: 10 }, (_, i) => seq + 1 + i));
    await janitor.clean(start + RETENTION_MS * 1.5);
    expect(await kept()).toHaveLength(10);
    await janitor.clean(start + RETENTION_MS * 2);
    expect(await kept()).toEqual([]);
  });
});
