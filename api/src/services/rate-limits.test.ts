import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createDemoSurvey,
  ORIGIN,
  SUBMIT,
  startTestApp,
  type TestApp,
  withinOneMinute,
} from '../testing/app.ts';

/** The public limits hold over all instances together: two instances do not give one visitor twice the limit. */
const LIMIT = 20;

let a: TestApp;
let b: TestApp;
let siteKey: string;

beforeAll(async () => {
  const limits = { rateLimits: { perIpPerMinute: LIMIT, perSiteKeyPerMinute: 100_000 } };
  a = await startTestApp('rate_limits', limits);
  b = await startTestApp('rate_limits', limits, a.db);
  ({ siteKey } = await createDemoSurvey(a));
});
afterAll(async () => {
  await b?.close(true);
  await a?.close();
});

/** From this machine's loopback address, whichever instance it reaches. */
const submit = (app: TestApp) =>
  app.gql(
    SUBMIT,
    { input: { siteKey, clientResponseId: randomUUID(), score: 7, language: 'en' } },
    { origin: ORIGIN },
  );

describe('rate limits across instances', () => {
  it('let one address through about the limit in all, its requests spread over two instances', async () => {
    let accepted = 0;
    let limited = 0;
    await withinOneMinute();
    // A quick visitor: a request every 15 ms, for longer than the instances take to share their counts.
    for (let i = 0; i < LIMIT * 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 15));
      const result = await submit(i % 2 ? a : b);
      if (result.status === 429) limited++;
      else if (result.data) accepted++;
    }
    // One instance alone would let through LIMIT; two counting apart, twice that.
    expect(accepted).toBeGreaterThanOrEqual(LIMIT);
    expect(accepted).toBeLessThanOrEqual(LIMIT * 1.25);
    expect(limited).toBe(LIMIT * 3 - accepted);

    // Once the counts are shared, neither instance lets the address through.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect((await submit(a)).status).toBe(429);
    expect((await submit(b)).status).toBe(429);
  });
});
