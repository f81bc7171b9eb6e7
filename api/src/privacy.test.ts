import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createDemoSurvey,
  ORIGIN,
  SUBMIT,
  startTestApp,
  type TestApp,
  withinOneMinute,
} from './testing/app.ts';

/** What the API keeps of the people who use it, checked in every collection and every log line. */
const ADDRESS = '203.0.113.77';
const logs: string[] = [];
let test: TestApp;

beforeAll(async () => {
  test = await startTestApp('privacy', {
    trustProxy: true,
    rateLimits: { perIpPerMinute: 5, perSiteKeyPerMinute: 1000 },
    log: (line) => logs.push(line),
  });
});
afterAll(() => test.close());

describe('no IP address at rest', () => {
  it('writes no client address to any collection or log line, even while limiting it', async () => {
    const { siteKey } = await createDemoSurvey(test);
    await withinOneMinute();
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 8; i++) {
      const result = await test.gql(
        SUBMIT,
        { input: { siteKey, clientResponseId: randomUUID(), score: i, language: 'en' } },
        { origin: ORIGIN, headers: { 'x-forwarded-for': ADDRESS } },
      );
      codes.push(result.errors?.[0]?.extensions.code);
    }
    // The limit held: the address was counted, under its hash.
    expect(codes.filter((code) => code === 'RATE_LIMITED').length).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 600));
    const db = test.db.connection.db;
    if (!db) throw new Error('no database');
    const collections = await db.listCollections().toArray();
    expect(collections.map((c) => c.name)).toContain('rate_counts');
    for (const { name } of collections) {
      const documents = JSON.stringify(await db.collection(name).find().toArray());
      expect(documents, name).not.toContain(ADDRESS);
    }
    expect(logs.join('\n')).not.toContain(ADDRESS);
  });
});
