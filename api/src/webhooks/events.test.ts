import { describe, expect, it } from 'vitest';
import { eventResponse } from './events.ts';

describe('an event of an answer', () => {
  it("carries the answer's revision, which orders one answer's events however they arrive", () => {
    const answer = {
      _id: 's:1',
      score: 3,
      category: 'DETRACTOR',
      language: 'en',
      createdAt: new Date('2026-11-26T10:00:00Z'),
    };
    const created = eventResponse(answer);
    const commented = eventResponse({ ...answer, comment: 'Late', amends: ['j1'] });
    const recommented = eventResponse({ ...answer, comment: 'Late, cold', amends: ['j1', 'j2'] });
    const followedUp = eventResponse({
      ...answer,
      comment: 'Late, cold',
      amends: ['j1', 'j2'],
      followUp: { at: new Date(), by: 'Ana', reasons: ['DELIVERY'] },
    });
    expect([created, commented, recommented, followedUp].map((event) => event.revision)).toEqual([
      0, 1, 2, 3,
    ]);
  });
});
