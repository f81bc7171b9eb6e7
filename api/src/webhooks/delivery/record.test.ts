import { Types } from 'mongoose';
import { describe, expect, it } from 'vitest';
import type { Delivery } from '../../models/webhook-delivery.model.ts';
import { GIVE_UP_AFTER_MS } from '../schedule.ts';
import { type Outcome, sortOutcomes } from './record.ts';

const now = new Date('2026-12-02T10:00:00Z');
const inFive = new Date(now.getTime() + 5 * 60_000);
const retryIn5 = () => inFive;
const never = () => undefined;

const delivery = (id: string, at = now, attempts = 0): Delivery => ({
  _id: id,
  webhook: new Types.ObjectId(),
  survey: new Types.ObjectId(),
  event: 'RESPONSE_CREATED',
  eventId: id,
  response: id,
  at,
  attempts,
  lastStatus: null,
  lastError: null,
});

describe("sorting an attempt's deliveries by their outcomes", () => {
  it('logs a delivered one as delivered now, with its attempt counted', () => {
    const { done, retried, untried } = sortOutcomes(
      [delivery('a', now, 2)],
      [{ kind: 'delivered', status: 204 }],
      now,
      retryIn5,
      false,
    );
    expect(done).toMatchObject([
      { _id: 'a', status: 'DELIVERED', attempts: 3, lastStatus: 204, deliveredAt: now },
    ]);
    expect(retried).toEqual([]);
    expect(untried).toEqual([]);
  });

  it('tries a failed one again on the schedule, and gives it up once the schedule has no next time', () => {
    const failed: Outcome = { kind: 'failed', status: 503, error: 'HTTP 503' };
    const again = sortOutcomes([delivery('a')], [failed], now, retryIn5, false);
    expect(again.retried).toMatchObject([
      { delivery: { _id: 'a', attempts: 1, lastError: 'HTTP 503' }, at: inFive },
    ]);
    expect(again.done).toEqual([]);
    const over = sortOutcomes([delivery('a')], [failed], now, never, false);
    expect(over.done).toMatchObject([{ _id: 'a', status: 'FAILED', lastError: 'HTTP 503; given up' }]);
  });

  it('gives up a failed test at once, and a gone receiver at once, with their own error', () => {
    const test = sortOutcomes(
      [delivery('t')],
      [{ kind: 'failed', status: 500, error: 'HTTP 500' }],
      now,
      retryIn5,
      true,
    );
    expect(test.done).toMatchObject([{ _id: 't', status: 'FAILED', lastError: 'HTTP 500' }]);
    const gone = sortOutcomes(
      [delivery('g')],
      [{ kind: 'gone', status: 410, error: 'HTTP 410: the receiver is gone' }],
      now,
      retryIn5,
      false,
    );
    expect(gone.done).toMatchObject([{ status: 'FAILED', lastError: 'HTTP 410: the receiver is gone' }]);
    expect(gone.retried).toEqual([]);
  });

  it('keeps one not attempted waiting, unless it has waited 72 hours', () => {
    const old = new Date(now.getTime() - GIVE_UP_AFTER_MS - 1);
    const { done, untried } = sortOutcomes(
      [delivery('fresh'), delivery('old', old)],
      [],
      now,
      retryIn5,
      false,
    );
    expect(untried.map((d) => d._id)).toEqual(['fresh']);
    expect(done).toMatchObject([
      { _id: 'old', status: 'FAILED', attempts: 0, lastError: 'not sent; given up after 72 hours' },
    ]);
  });
});
