import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_TOKEN,
  createDemoSurvey,
  ORIGIN,
  SUBMIT,
  startTestApp,
  type TestApp,
  withinOneMinute,
} from './testing/app.ts';

/**
 * The public API as an attacker meets it: what anyone on the internet can send to the submit path, and what a
 * stolen, wrong or missing token gets from the read paths. Each case is refused with its typed error or HTTP status,
 * and stores nothing it should not.
 */
let test: TestApp;

beforeAll(async () => {
  test = await startTestApp('abuse', {
    // Behind a proxy, so that each test can be a different visitor by its X-Forwarded-For.
    trustProxy: true,
    rateLimits: { perIpPerMinute: 5, perSiteKeyPerMinute: 8 },
    limits: { maxDepth: 4, maxAliases: 5, maxCost: 40 },
  });
});
afterAll(() => test.close());

const submit = (siteKey: string, ip: string, input: Record<string, unknown> = {}, origin = ORIGIN) =>
  test.gql<{ submitResponse: { response: { id: string }; duplicate: boolean } }>(
    SUBMIT,
    { input: { siteKey, clientResponseId: randomUUID(), score: 8, language: 'en', ...input } },
    { origin, headers: { 'x-forwarded-for': ip } },
  );

const storedFor = (surveyId: string) =>
  test.db.connection.collection('responses').countDocuments({ _id: { $regex: `^${surveyId}:` } } as never);

const NPS = 'query ($id: ID!) { nps(surveyId: $id) { overall { responses } } }';

/**
 * A raw POST that never ends its body: its headers only (a declared length with nothing behind it), or, with
 * `stream`, chunks of 64 KiB for as long as the server reads them. Resolves with the status the server answers.
 */
function postUnending(headers: Record<string, string>, stream = false): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(new URL('/graphql', test.url), { method: 'POST', headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
      req.destroy();
    });
    req.on('error', reject);
    req.flushHeaders();
    const chunk = Buffer.alloc(64 * 1024, 'x');
    const pump = () => {
      while (!req.destroyed && req.write(chunk));
      if (!req.destroyed) req.once('drain', pump);
    };
    if (stream) pump();
  });
}

describe('floods', () => {
  it('from one address are limited with RATE_LIMITED and HTTP 429, while another address still gets through', async () => {
    const { siteKey } = await createDemoSurvey(test);
    await withinOneMinute();
    const results = [];
    for (let i = 0; i < 6; i++) results.push(await submit(siteKey, '203.0.113.1'));
    expect(results.slice(0, 5).map((r) => r.errors)).toEqual(Array(5).fill(undefined));
    expect(results[5]?.status).toBe(429);
    expect(results[5]?.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(results[5]?.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });

    expect((await submit(siteKey, '203.0.113.2')).errors).toBeUndefined();
  });

  it('on one site key from many addresses are limited per survey, and other surveys are not affected', async () => {
    const { siteKey } = await createDemoSurvey(test);
    await withinOneMinute();
    const results = [];
    for (let i = 0; i < 9; i++) results.push(await submit(siteKey, `198.51.100.${i}`));
    expect(results.slice(0, 8).every((r) => r.errors === undefined)).toBe(true);
    expect(results[8]?.status).toBe(429);
    expect(results[8]?.errors?.[0]?.message).toContain('for this survey');

    const other = await createDemoSurvey(test);
    expect((await submit(other.siteKey, '198.51.100.100')).errors).toBeUndefined();
  });
});

describe('operations past the limits', () => {
  it('deeper than the limit are refused before they run', async () => {
    const id = '000000000000000000000000';
    const deep = 'query ($id: ID!) { nps(surveyId: $id) { segments { score { responses } } } }';
    expect((await test.gql(deep, { id }, { token: ADMIN_TOKEN })).errors?.[0]?.extensions.code).toBe(
      'NOT_FOUND',
    );
    const tooDeep =
      'query ($id: ID!) { responses(surveyId: $id, first: 1) { edges { node { followUp { note } } } } }';
    const result = await test.gql(tooDeep, { id }, { token: ADMIN_TOKEN });
    expect(result.errors?.[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('over the cost limit are refused', async () => {
    const costly = `{ ${Array.from({ length: 5 }, (_, i) => `s${i}: surveys { id siteKey brand languages markets allowedOrigins }`).join(' ')} }`;
    const result = await test.gql(costly, {}, { token: ADMIN_TOKEN });
    expect(result.errors?.[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('with too many aliases are refused', async () => {
    const aliased = `{ ${Array.from({ length: 6 }, (_, i) => `h${i}: health { database }`).join(' ')} }`;
    expect((await test.gql(aliased)).errors?.[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('batched in one request are refused', async () => {
    const response = await fetch(`${test.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ health { database } }' }, { query: '{ health { database } }' }]),
    });
    expect(response.status).toBe(400);
  });

  it('introspection is refused without the admin token in production, and served with it', async () => {
    const anonymous = await test.gql('{ __schema { types { name } } }');
    expect(anonymous.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const admin = await test.gql('{ __schema { queryType { name } } }', {}, { token: ADMIN_TOKEN });
    expect(admin.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});

describe('requests a browser on a shop page would not send', () => {
  it('a 10 MB body is refused with 413 from its headers alone, in under 100 ms', async () => {
    const started = performance.now();
    const status = await postUnending({
      'content-type': 'application/json',
      'content-length': String(10 * 1024 * 1024),
    });
    expect(status).toBe(413);
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('a body over the limit sent without a length is cut off with 413 as it streams', async () => {
    expect(await postUnending({ 'content-type': 'application/json' }, true)).toBe(413);
  });

  it('a form-encoded or plain-text POST (a cross-site form, CSRF) is refused', async () => {
    const { siteKey } = await createDemoSurvey(test);
    const body = JSON.stringify({
      query: SUBMIT,
      variables: { input: { siteKey, clientResponseId: randomUUID(), score: 0, language: 'en' } },
    });
    for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
      const response = await fetch(`${test.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': type, origin: ORIGIN },
        body,
      });
      expect(response.status).toBe(400);
      expect(await response.text()).toContain('CSRF');
    }
  });

  it('a simple GET query (a link or an image tag, CSRF) is refused', async () => {
    const response = await fetch(
      `${test.url}/graphql?query=${encodeURIComponent('{ health { database } }')}`,
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('CSRF');
  });

  it('a submit from an origin the survey does not allow, or with none, is FORBIDDEN and stores nothing', async () => {
    const { id, siteKey } = await createDemoSurvey(test);
    const elsewhere = await submit(siteKey, '192.0.2.10', {}, 'https://evil.example');
    expect(elsewhere.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(elsewhere.errors?.[0]?.message).toBe(
      'The origin https://evil.example is not allowed to use this survey.',
    );
    const nowhere = await test.gql(
      SUBMIT,
      { input: { siteKey, clientResponseId: randomUUID(), score: 0, language: 'en' } },
      { headers: { 'x-forwarded-for': '192.0.2.11' } },
    );
    expect(nowhere.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(nowhere.errors?.[0]?.message).toBe(
      "This request sent no Origin header: only pages on the survey's allowed origins may use it.",
    );
    expect(await storedFor(id)).toBe(0);
  });
});

describe('the read paths', () => {
  let survey: { id: string };
  let otherToken: string;

  beforeAll(async () => {
    survey = await createDemoSurvey(test);
    const other = await createDemoSurvey(test, { brand: 'Other' });
    const { createReadToken } = await test.admin<{ createReadToken: { token: string } }>(
      'mutation ($id: ID!) { createReadToken(surveyId: $id, label: "stolen") { token } }',
      { id: other.id },
    );
    otherToken = createReadToken.token;
  });

  it('without a token are UNAUTHENTICATED', async () => {
    const result = await test.gql(NPS, { id: survey.id });
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('with a made-up token, or a read token with a forged secret, are UNAUTHENTICATED', async () => {
    const forged = `${otherToken.slice(0, -4)}AAAA`;
    for (const token of ['nope', `nps_rt_${'a'.repeat(16)}_${'b'.repeat(43)}`, forged]) {
      const result = await test.gql(NPS, { id: survey.id }, { token });
      expect(result.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it("with another survey's token are FORBIDDEN", async () => {
    const result = await test.gql(NPS, { id: survey.id }, { token: otherToken });
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});

describe('answers replayed or crafted', () => {
  it('a clientResponseId replayed at once with other scores is stored and counted once; a later replay changes nothing', async () => {
    const { id, siteKey } = await createDemoSurvey(test, { allowedOrigins: [ORIGIN] });
    const clientResponseId = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        submit(siteKey, `192.0.2.${20 + i}`, { clientResponseId, score: i }),
      ),
    );
    expect(results.filter((r) => r.data?.submitResponse.duplicate === false)).toHaveLength(1);
    expect(await storedFor(id)).toBe(1);
    const { nps } = await test.admin<{ nps: { overall: { responses: number } } }>(NPS, { id });
    expect(nps.overall.responses).toBe(1);
    const replay = await submit(siteKey, '192.0.2.30', { clientResponseId, score: 10 });
    expect(replay.data?.submitResponse.duplicate).toBe(true);
    const doc = await test.db.connection
      .collection('responses')
      .findOne({ _id: `${id}:${clientResponseId}` } as never);
    expect(doc?.['score']).toBeLessThan(5);
  });

  it('a comment with markup is stored as the text it is, and returned as JSON a browser will not sniff', async () => {
    const { id, siteKey } = await createDemoSurvey(test);
    const comment = '<img src=x onerror="alert(1)"> & <script>alert(2)</script>';
    await submit(siteKey, '192.0.2.40', { score: 2, comment });
    const response = await fetch(`${test.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
      body: JSON.stringify({
        query: 'query ($id: ID!) { responses(surveyId: $id, first: 1) { edges { node { comment } } } }',
        variables: { id },
      }),
    });
    expect(response.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const body = (await response.json()) as {
      data: { responses: { edges: { node: { comment: string } }[] } };
    };
    expect(body.data.responses.edges[0]?.node.comment).toBe(comment);
  });
});
