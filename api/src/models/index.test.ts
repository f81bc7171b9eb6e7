import { Schema } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../db/database.ts';
import { openTestDatabase } from '../testing/database.ts';
import { batchedFindById, createModels, syncIndexes } from './index.ts';

let db: Database;

beforeAll(async () => {
  db = await openTestDatabase('indexes');
});
afterAll(() => db.close());

const names = async (collection: string) =>
  (await db.connection.collection(collection).indexes()).map(
    ({ name, unique }) => `${name}${unique ? ' (unique)' : ''}`,
  );

describe('the indexes', () => {
  it('are made by syncIndexes alone: a connection compiling the models makes none', async () => {
    const models = createModels(db.connection);
    await models.Response.create({
      _id: 'x:00000000-0000-4000-8000-000000000000',
      survey: '000000000000000000000000',
      clientResponseId: '00000000-0000-4000-8000-000000000000',
      score: 3,
      category: 'DETRACTOR',
      language: 'en',
      createdAt: new Date(),
    });
    expect(await names('responses')).toEqual(['_id_']);
  });

  it('on FerretDB, are the unique ones only, and any other found is dropped', async () => {
    expect(db.ferretdb).toBe(true);
    const models = createModels(db.connection);
    await db.connection.collection('responses').createIndex({ survey: 1, createdAt: -1 });
    await syncIndexes(models, { secondary: false });
    expect(await names('responses')).toEqual(['_id_']);
    expect(await names('surveys')).toContain('siteKey_1 (unique)');
  });

  it('elsewhere, are every one the models declare', async () => {
    await syncIndexes(createModels(db.connection), { secondary: true });
    expect((await names('responses')).sort()).toEqual([
      '_id_',
      'attributes.customerId_1',
      'survey_1_category_1_followUp.at_1_createdAt_1',
      'survey_1_createdAt_-1__id_-1',
    ]);
  });
});

describe('batchedFindById', () => {
  it('reads the ids asked for in one turn of the event loop in one query, each as stored when asked', async () => {
    const answers = db.connection.collection<{ _id: string; score: number }>('batched_reads');
    await answers.insertMany([
      { _id: 'a', score: 1 },
      { _id: 'b', score: 2 },
    ]);
    const model = db.connection.model(
      'BatchedRead',
      new Schema({ _id: String, score: Number }),
      'batched_reads',
    );
    const find = vi.spyOn(model, 'find');
    const read = batchedFindById<{ _id: string; score: number }>(model);

    // Asked for from several callbacks of one turn, as several requests' reads are.
    const asked = await Promise.all(
      ['a', 'b', 'missing', 'a'].map((id) => new Promise((done) => setTimeout(() => done(read(id)), 0))),
    );
    expect(asked).toEqual([
      { _id: 'a', score: 1 },
      { _id: 'b', score: 2 },
      undefined,
      { _id: 'a', score: 1 },
    ]);
    expect(find).toHaveBeenCalledTimes(1);

    // Nothing kept: a read after a change sees it.
    await answers.updateOne({ _id: 'a' }, { $set: { score: 9 } });
    expect(await read('a')).toEqual({ _id: 'a', score: 9 });
    expect(find).toHaveBeenCalledTimes(2);
  });
});
