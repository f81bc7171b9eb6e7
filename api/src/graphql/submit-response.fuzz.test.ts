import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDemoSurvey, ORIGIN, SUBMIT, startTestApp, type TestApp } from '../testing/app.ts';

let test: TestApp;
let siteKey: string;
let surveyId: string;

beforeAll(async () => {
  test = await startTestApp('submit-fuzz');
  ({ siteKey, id: surveyId } = await createDemoSurvey(test));
});
afterAll(() => test.close());

/** A value of the field's own kind, near its bounds, of another kind, or hostile. */
const anything = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.object({ maxDepth: 2 }),
);
const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 2100 }),
  fc.constantFrom(
    '<img src=x onerror=alert(1)>',
    '{"$gt": ""}',
    '$where',
    '\u0000',
    '\u202e',
    'x'.repeat(2001),
    'javascript:alert(1)',
  ),
);

/** Submits as the widget sends them: each must be stored. */
const validInputs = (siteKey: string) =>
  fc.record(
    {
      siteKey: fc.constant(siteKey),
      clientResponseId: fc.uuid({ version: 4 }),
      score: fc.integer({ min: 0, max: 10 }),
      language: fc.constantFrom('en', 'id', 'mk', 'ro', 'el', 'tr', 'el-CY', 'TR'),
      market: fc.constantFrom('TR', 'GR', 'CY', 'US', 'gr', 'ID'),
      comment: fc.oneof(fc.string({ maxLength: 300 }), fc.constant('<img src=x onerror=alert(1)>')),
      pageUrl: fc.webUrl({ withQueryParameters: true }).filter((url) => url.length <= 2048),
      attributes: fc.dictionary(
        fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,39}$/),
        fc.oneof(fc.string({ maxLength: 200 }), fc.integer(), fc.boolean(), fc.constant(null)),
        { maxKeys: 20 },
      ),
    },
    { requiredKeys: ['siteKey', 'clientResponseId', 'score', 'language'] },
  );

/** Submits as a broken client or an attacker would send them; the survey's real key most of the time. */
const inputs = (siteKey: string) =>
  fc.record(
    {
      siteKey: fc.oneof(
        { arbitrary: fc.constant(siteKey), weight: 4 },
        fc.string(),
        fc.constant('x'.repeat(100)),
        anything,
      ),
      clientResponseId: fc.oneof(
        fc.uuid({ version: 4 }),
        fc.uuid().map((u) => u.toUpperCase()),
        fc.string(),
        anything,
      ),
      score: fc.oneof(
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: -3, max: 14 }),
        fc.double(),
        anything,
      ),
      language: fc.oneof(
        fc.constantFrom('en', 'id', 'mk', 'ro', 'el', 'tr', 'el-CY', 'EL', 'fr', ''),
        hostileText,
      ),
      market: fc.oneof(fc.constantFrom('TR', 'GR', 'CY', 'US', 'gr', 'XX', ''), hostileText, anything),
      comment: fc.oneof(fc.string({ maxLength: 300 }), hostileText, anything),
      pageUrl: fc.oneof(fc.webUrl(), hostileText, anything),
      attributes: fc.oneof(
        fc.dictionary(
          fc.string({ maxLength: 45 }),
          fc.oneof(fc.string({ maxLength: 210 }), fc.integer(), fc.boolean()),
        ),
        anything,
      ),
    },
    { requiredKeys: [] },
  );

const TYPED_CODES = ['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN'];

it('answers 5,000 random and hostile submits with a stored answer or a typed error, and stores nothing invalid', async () => {
  let accepted = 0;
  const submits = fc.oneof(
    validInputs(siteKey).map((input) => ({ valid: true, input })),
    inputs(siteKey).map((input) => ({ valid: false, input })),
  );
  await fc.assert(
    fc.asyncProperty(submits, async ({ valid, input }) => {
      const variables = { input };
      const result = await test.gql<{ submitResponse: { duplicate: boolean } }>(SUBMIT, variables, {
        origin: ORIGIN,
      });
      expect(result.status).toBeLessThan(500);
      if (valid) expect(result.errors, JSON.stringify(variables)).toBeUndefined();
      if (result.data?.submitResponse) {
        if (!result.data.submitResponse.duplicate) accepted += 1;
        return;
      }
      expect(result.errors, JSON.stringify(variables)).toBeDefined();
      expect(TYPED_CODES).toContain(result.errors?.[0]?.extensions.code);
    }),
    { numRuns: 5_000, seed: Number(process.env['FUZZ_SEED'] ?? Date.now() % 2 ** 31) },
  );

  // Enough valid answers among the hostile ones for "stored exactly as valid" to mean something.
  expect(accepted).toBeGreaterThan(2_000);
  expect((await fetch(`${test.url}/healthz`)).status).toBe(200);
  const { Response } = test.app.models;
  const docs = await Response.find({}).lean();
  expect(docs).toHaveLength(accepted);
  for (const doc of docs) {
    await expect(new Response(doc).validate(), JSON.stringify(doc)).resolves.toBeUndefined();
  }
  // And they count: the report sees exactly what was stored.
  const { nps } = await test.admin<{ nps: { overall: { responses: number } } }>(
    'query ($id: ID!) { nps(surveyId: $id) { overall { responses } } }',
    { id: surveyId },
  );
  expect(nps.overall.responses).toBe(accepted);
}, 300_000);
