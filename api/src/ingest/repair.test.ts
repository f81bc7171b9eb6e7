import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { createModels, type Models, syncIndexes } from '../models/index.ts';
import { type Aggregates, createAggregates } from '../reports/aggregates.ts';
import { abandonSlot } from '../testing/abandoned-slot.ts';
import { openTestDatabase } from '../testing/database.ts';
import { createCountFeed } from './count-feed.ts';
import { takeOverAbandoned } from './repair.ts';
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
    const writer = new Writer({
      models,
      aggregates,
      holder,
      leases,
      log: () => {},
      metrics: undefined,
      events: NO_EVENTS,
    });

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
