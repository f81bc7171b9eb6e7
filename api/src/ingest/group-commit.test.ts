import { describe, expect, it } from 'vitest';
import { settledWriteErrors } from './group-commit.ts';

describe("reading a failed batch insert's errors", () => {
  it('gives each document its error when the errors and the inserted add up to the batch', () => {
    const error = { writeErrors: [{ index: 1, code: 11000 }], result: { insertedCount: 2 } };
    expect(settledWriteErrors(error, 3)).toEqual([{ index: 1, code: 11000 }]);
    const single = { writeErrors: { index: 0, code: 11000 }, result: { insertedCount: 0 } };
    expect(settledWriteErrors(single, 1)).toEqual([{ index: 0, code: 11000 }]);
  });

  it('calls the outcome unknown when the connection broke off the write', () => {
    expect(settledWriteErrors({ writeErrors: [], result: { insertedCount: 1 } }, 3)).toBeUndefined();
    expect(settledWriteErrors({ writeErrors: [{ index: 0, code: 11000 }] }, 3)).toBeUndefined();
    expect(
      settledWriteErrors({ writeErrors: [{ index: 0, code: 11000 }], result: { insertedCount: 1 } }, 3),
    ).toBeUndefined();
    expect(settledWriteErrors(new Error('connection closed'), 3)).toBeUndefined();
  });
});
