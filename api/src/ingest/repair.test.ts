import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { createModels, type Models, syncIndexes } from '../models/index.ts';
import { type Aggregates, createAggregates } from '../reports/aggregates.ts';
import { abandonSlot } from '../testing/abandoned-slot.ts';
import { openTestDatabase } from '../testing/database.ts';
import { createCountFeed } from './count-feed.ts';
import { recountLegacy, takeOverAbandoned } from './repair.ts';
import { NO_EVENTS } from './stored.ts';
import { Writer } from './writer.ts';
import { createLeases } from './writer-lease.ts';

let db: Database;
let models: Models;

beforeAll(async () => {
  db = await openTestDatabase('repair');
  models = createModels(db.connection);
  await syncIndexes(models, { secondary: !db.ferretdb });
});
afterAll(() => db.close());

/** An instance's writer, without its periodic jobs: the test runs its steps. */
const writerOf = (
  holder: string,
  aggregates = createAggregates(models),
  leases = createLeases(models, holder),
) => new Writer({ models, aggregates, holder, leases, log: () => {}, metrics: undefined, events: NO_EVENTS });

/** A survey's answers per cell and score, as an instance's memory or the stored cells have them. */
async function scores(aggregates: Aggregates, survey: Types.ObjectId): Promise<Record<string, number[]>> {
  const cells = await aggregates.cells(survey);
  return Object.fromEntries([...cells].map(([id, cell]) => [id, cell.scores]).sort());
}

describe('a survivor taking over a stopped instance', () => {
  it('counts the delta the stopped one left half-written in its memory, before its count feed has read it', async () => {
    const survey = new Types.ObjectId();
    const holder = 'survivor';
    const aggregates = createAggregates(models, { holder });
    const leases = createLeases(models, holder);
    // The survey reported before the other instance stopped: cached, with nothing of the slot in it.
    expect(await scores(aggregates, survey)).toEqual({});
    await abandonSlot(db.connection, {
      slot: 7,
      survey,
      seq: 4,
      inDelta: [
        { score: 10, language: 'tr', market: 'TR' },
        { score: 0, language: 'en', market: 'US' },
      ],
      written: (cell) => cell.language === 'tr',
      uncounted: [{ score: 8, language: 'tr', market: 'TR' }],
      unknown: [{ score: 9, language: 'el', market: 'GR' }],
    });
    const writer = writerOf(holder, aggregates, leases);

    expect(await takeOverAbandoned(writer)).toBe(1);

    const stored = await scores(createAggregates(models), survey);
    expect(
      Object.values(stored)
        .flat()
        .reduce((a, b) => a + b),
    ).toBe(4);
    expect(await scores(aggregates, survey)).toEqual(stored);
    // The feed then brings the same deltas: each is in memory once.
    await createCountFeed(models, aggregates, leases, () => {}).poll();
    expect(await scores(aggregates, survey)).toEqual(stored);
  });
});

describe('an instance starting over what older versions left', () => {
  it("drops the survey resets they wrote among the count deltas, and keeps the slots' deltas", async () => {
    const delta = (slot: number, seq: number) => ({
      _id: slot < 0 ? `reset:${seq}` : `${slot}:${seq}`,
      slot,
      seq,
      holder: 'older',
      at: new Date(),
      journal: [],
      cells: [],
      reset: slot < 0 ? [new Types.ObjectId()] : [],
    });
    await models.CountDelta.collection.insertMany([delta(-1, 1), delta(-1, 2), delta(9, 1)] as never[]);
    const writer = writerOf('starting');

    await recountLegacy(writer);

    expect(await models.CountDelta.countDocuments({ slot: -1 })).toBe(0);
    expect(await models.CountDelta.exists({ _id: '9:1' })).toBeTruthy();
  });
});
