import { describe, expect, it } from 'vitest';
import { GIVE_UP_AFTER_MS, nextAttemptAt } from './schedule.ts';

describe('the retry schedule', () => {
  it('backs off exponentially with jitter, within each step', () => {
    const start = new Date('2026-11-26T00:00:00Z');
    const delays = [1, 2, 3, 4, 10, 11, 20].map(
      (attempts) => (nextAttemptAt(attempts, start, start, () => 1)?.getTime() ?? 0) - start.getTime(),
    );
    expect(delays).toEqual([30_000, 60_000, 120_000, 240_000, 15_360_000, 6 * 3_600_000, 6 * 3_600_000]);
    const jittered = (nextAttemptAt(5, start, start, () => 0.25)?.getTime() ?? 0) - start.getTime();
    expect(jittered).toBe(0.25 * 480_000);
    expect((nextAttemptAt(1, start, start, () => 0)?.getTime() ?? 0) - start.getTime()).toBe(1_000);
  });

  it('keeps retrying a receiver that is down for more than 24 hours, then gives up', () => {
    const eventAt = new Date('2026-11-26T00:00:00Z');
    let now = eventAt;
    let attempts = 0;
    for (;;) {
      attempts++;
      const next = nextAttemptAt(attempts, eventAt, now, () => 1);
      if (!next) break;
      now = next;
    }
    expect(now.getTime() - eventAt.getTime()).toBeGreaterThan(24 * 3_600_000);
    expect(now.getTime() - eventAt.getTime()).toBeLessThanOrEqual(GIVE_UP_AFTER_MS);
    expect(attempts).toBeGreaterThan(15);
  });
});
