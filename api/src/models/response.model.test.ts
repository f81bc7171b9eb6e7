import mongoose from 'mongoose';
import { describe, expect, it } from 'vitest';
import { createModels } from './index.ts';

const { Response } = createModels(mongoose.createConnection());

const answer = (themes: string[]) =>
  new Response({
    _id: '000000000000000000000000:00000000-0000-4000-8000-000000000000',
    survey: '000000000000000000000000',
    clientResponseId: '00000000-0000-4000-8000-000000000000',
    score: 3,
    category: 'DETRACTOR',
    comment: 'too dear',
    themes,
    language: 'en',
    createdAt: new Date(),
  });

describe("an answer's themes", () => {
  it("may be built-in themes and the slots of a survey's own", async () => {
    await expect(answer(['PRICE', 'STAFF', 'C9']).validate()).resolves.toBeUndefined();
  });

  it('are refused, naming the field, when one is neither', async () => {
    const error = await answer(['PRICE', 'PARKING'])
      .validate()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(mongoose.Error.ValidationError);
    expect(Object.keys((error as mongoose.Error.ValidationError).errors)).toEqual(['themes']);
  });
});
