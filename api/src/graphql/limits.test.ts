import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, createDemoSurvey, ORIGIN, SUBMIT, startTestApp, type TestApp } from '../testing/app.ts';

let test: TestApp;
let siteKey: string;

beforeAll(async () => {
  test = await startTestApp('limits', {
    rateLimits: { perIpPerMinute: 5, perSiteKeyPerMinute: 8 },
    limits: { maxDepth: 3, maxAliases: 5, maxCost: 40 },
  });
  ({ siteKey } = await createDemoSurvey(test));
});
afterAll(() => test.close());

const submit = (headers: Record<string, string> = {}) =>
  test.gql(
    SUBMIT,
    { input: { siteKey, clientResponseId: randomUUID(), score: 8, language: 'en' } },
    { origin: ORIGIN, headers },
  );

describe('operation limits', () => {
  it('refuse an operation deeper than the limit', async () => {
    const deep = '{ surveys { questionOverrides { language } } }';
    expect((await test.gql(deep, {}, { token: ADMIN_TOKEN })).errors).toBeUndefined();
    const tooDeep = 'query ($id: ID!) { nps(surveyId: $id) { segments { score { responses } } } }';
    const result = await test.gql(tooDeep, { id: '000000000000000000000000' }, { token: ADMIN_TOKEN });
    expect(result.errors?.[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuse an operation over the cost limit', async () => {
    const costly = `{ ${Array.from({ length: 5 }, (_, i) => `s${i}: surveys { id siteKey brand languages markets allowedOrigins }`).join(' ')} }`;
    const result = await test.gql(costly, {}, { token: ADMIN_TOKEN });
    expect(result.errors?.[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuse too many aliases', async () => {
    const aliased = `{ ${Array.from({ length: 6 }, (_, i) => `h${i}: health { database }`).join(' ')} }`;
    expect((await test.gql(aliased)).errors?.[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuse a batch of operations in one request', async () => {
    const response = await fetch(`${test.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ health { database } }' }, { query: '{ health { database } }' }]),
    });
    expect(response.status).toBe(400);
  });
});

describe('rate limits on the public operations', () => {
  it('stop a flood from one address with RATE_LIMITED and HTTP 429, per site key too', async () => {
    const results = [];
    for (let i = 0; i < 6; i++) results.push(await submit());
    expect(results.slice(0, 5).every((r) => r.errors === undefined)).toBe(true);
    expect(results[5]?.status).toBe(429);
    expect(results[5]?.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(results[5]?.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
  });
});
