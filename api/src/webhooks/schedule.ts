/** The first retry comes after about this long; each later one after twice the last, up to `MAX_DELAY_MS`. */
const FIRST_DELAY_MS = 30_000;
const MAX_DELAY_MS = 6 * 3_600_000;
/** A delivery is retried for this long after its event, then given up (the log keeps it, `redeliverWebhook` too). */
export const GIVE_UP_AFTER_MS = 72 * 3_600_000;
/** A subscription whose deliveries have all failed for this long is marked failing (the dashboard says so). */
export const FAILING_AFTER_MS = 24 * 3_600_000;

/**
 * When to try a delivery again after its `attempts`-th failure: exponential backoff with full jitter (a random time
 * up to the step, so that receivers coming back are not met by every sender at once), at least a second; undefined
 * once the event is older than `GIVE_UP_AFTER_MS`. The steps add up to more than 24 hours well before that.
 */
export function nextAttemptAt(
  attempts: number,
  eventAt: Date,
  now: Date,
  random: () => number = Math.random,
): Date | undefined {
  const step = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.max(0, attempts - 1));
  const at = new Date(now.getTime() + Math.max(1_000, Math.round(random() * step)));
  return at.getTime() - eventAt.getTime() > GIVE_UP_AFTER_MS ? undefined : at;
}
