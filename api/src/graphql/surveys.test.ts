import { createHash } from 'node:crypto';
import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_TOKEN,
  CREATE_SURVEY,
  createDemoSurvey,
  ORIGIN,
  SUBMIT,
  startTestApp,
  type TestApp,
} from '../testing/app.ts';

const SURVEY = 'query ($id: ID!) { survey(id: $id) { id brand } }';
const CONFIG = /* GraphQL */ `
  query ($siteKey: String!) {
    surveyConfig(siteKey: $siteKey) { siteKey brand languages defaultLanguage markets recontactDays sampleRate delaySeconds active }
  }
`;
const text = (language: string, key: string, value: string) => ({ language, key, text: value });

const CREATE_TOKEN = /* GraphQL */ `
  mutation ($id: ID!) { createReadToken(surveyId: $id, label: "dashboard") { token readToken { id surveyId label } } }
`;

let test: TestApp;
let survey: { id: string; siteKey: string };
let other: { id: string; siteKey: string };

beforeAll(async () => {
  test = await startTestApp('surveys');
  survey = await createDemoSurvey(test);
  other = await createDemoSurvey(test, { brand: 'Other' });
});
afterAll(() => test.close());

describe('surveys', () => {
  it('are created by the admin, with a site key and normalized input', async () => {
    const { createSurvey } = await test.admin<{ createSurvey: Record<string, unknown> }>(CREATE_SURVEY, {
      input: {
        brand: 'Kafe',
        languages: ['EL', 'tr'],
        markets: ['gr', 'CY'],
        allowedOrigins: ['https://kafe.example/'],
      },
    });
    expect(createSurvey).toMatchObject({
      brand: 'Kafe',
      languages: ['el', 'tr'],
      defaultLanguage: 'el',
      markets: ['GR', 'CY'],
      allowedOrigins: ['https://kafe.example'],
      active: true,
    });
    expect(createSurvey['siteKey']).toMatch(/^pk_[A-Za-z0-9]{24}$/);
  });

  it.each([
    ['a language that is not a code', { languages: ['greek'] }, 'languages'],
    [
      'a default language the survey is not given in',
      { languages: ['el'], defaultLanguage: 'tr' },
      'defaultLanguage',
    ],
    ['a market that is not a code', { markets: ['Greece'] }, 'markets'],
    ['an origin without a scheme', { allowedOrigins: ['kafe.example'] }, 'allowedOrigins'],
    ['an origin that is not http(s)', { allowedOrigins: ['ftp://kafe.example'] }, 'allowedOrigins'],
    ['a sample rate above 1', { sampleRate: 1.5 }, 'sampleRate'],
    ['a delay of more than ten minutes', { delaySeconds: 601 }, 'delaySeconds'],
    ['a negative delay', { delaySeconds: -1 }, 'delaySeconds'],
    ['a brand of 101 characters', { brand: 'x'.repeat(101) }, 'brand'],
    ['a text in a language the survey is not in', { texts: [text('tr', 'send', 'Gönder')] }, 'texts'],
    ['a text given twice', { texts: [text('el', 'send', 'Α'), text('el', 'send', 'Β')] }, 'texts'],
    [
      'a plural form the language has not',
      { texts: [text('el', 'charactersLeft_few', '{{count}}')] },
      'texts',
    ],
    ['a placeholder the text has not', { texts: [text('el', 'question', '{{comment}};')] }, 'texts'],
    ['a reference to another text', { texts: [text('el', 'send', '$t(close)')] }, 'texts'],
    ['an empty text', { texts: [text('el', 'send', '  ')] }, 'texts'],
    ['a text of 501 characters', { texts: [text('el', 'send', 'x'.repeat(501))] }, 'texts'],
  ])('refuses %s, naming the field', async (_, input, field) => {
    const result = await test.gql(
      CREATE_SURVEY,
      { input: { brand: 'Kafe', languages: ['el'], markets: ['GR'], allowedOrigins: [ORIGIN], ...input } },
      { token: ADMIN_TOKEN },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('refuses a text key the widget does not have, as the schema says', async () => {
    const result = await test.gql(
      CREATE_SURVEY,
      {
        input: {
          brand: 'Kafe',
          languages: ['el'],
          markets: [],
          allowedOrigins: [ORIGIN],
          texts: [text('el', 'title', 'x')],
        },
      },
      { token: ADMIN_TOKEN },
    );
    expect(result.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('WidgetTextKey');
  });

  it("word any widget text, plural forms by the language's own, and give the widget the older question wording too", async () => {
    const created = await createDemoSurvey(test, {
      texts: [
        text('ro', 'charactersLeft_few', 'Încă {{count}} semne'),
        text('el', 'scaleHigh', 'Σίγουρα'),
        text('el', 'question', 'Θα προτείνατε το κατάστημα {{brand}};'),
      ],
      questionOverrides: [{ language: 'el', question: 'Παλιά διατύπωση', promoterFollowUp: 'Τι σας άρεσε;' }],
    });
    const result = await test.gql(
      'query ($siteKey: String!) { surveyConfig(siteKey: $siteKey) { texts { language key text } } }',
      { siteKey: created.siteKey },
      { origin: ORIGIN },
    );
    expect(result.data?.['surveyConfig']).toEqual({
      texts: [
        text('ro', 'charactersLeft_few', 'Încă {{count}} semne'),
        text('el', 'scaleHigh', 'Σίγουρα'),
        text('el', 'question', 'Θα προτείνατε το κατάστημα {{brand}};'),
        text('el', 'followUpPromoter', 'Τι σας άρεσε;'),
      ],
    });
  });

  it('are updated field by field', async () => {
    const { updateSurvey } = await test.admin<{ updateSurvey: Record<string, unknown> }>(
      'mutation ($id: ID!) { updateSurvey(id: $id, input: { sampleRate: 0.25, recontactDays: 30 }) { brand sampleRate recontactDays } }',
      { id: survey.id },
    );
    expect(updateSurvey).toEqual({ brand: 'Kafe', sampleRate: 0.25, recontactDays: 30 });
  });

  it("refuse a change made on a stale copy, naming what changed meanwhile, and keep the other owner's change", async () => {
    const mine = await createDemoSurvey(test, { brand: 'Versioned' });
    const UPDATE = /* GraphQL */ `
      mutation ($id: ID!, $input: UpdateSurveyInput!) { updateSurvey(id: $id, input: $input) { brand languages version } }
    `;
    const read = await test.admin<{ survey: { version: number } }>(
      'query ($id: ID!) { survey(id: $id) { version } }',
      { id: mine.id },
    );
    expect(read.survey.version).toBe(0);
    // Two owners read version 0; the first saves the brand, with the markets as they were (a form sends every field).
    const markets = ['ID', 'MK', 'RO', 'GR', 'CY', 'TR', 'US'];
    const first = await test.gql(
      UPDATE,
      { id: mine.id, input: { brand: 'Aegean', markets, expectedVersion: 0 } },
      { token: ADMIN_TOKEN },
    );
    expect(first.data).toEqual({
      updateSurvey: { brand: 'Aegean', languages: expect.any(Array), version: 1 },
    });
    // The second, still on version 0, is refused: told what changed (not what was sent unchanged), nothing stored.
    const second = await test.gql(
      UPDATE,
      { id: mine.id, input: { brand: 'Kafe 2', languages: ['en'], expectedVersion: 0 } },
      { token: ADMIN_TOKEN },
    );
    expect(second.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      changed: ['brand'],
      version: 1,
    });
    expect(second.errors?.[0]?.message).toMatch(/changed since version 0 \(now 1: brand\)/);
    const kept = await test.admin<{ survey: Record<string, unknown> }>(
      'query ($id: ID!) { survey(id: $id) { brand languages version } }',
      { id: mine.id },
    );
    expect(kept.survey).toMatchObject({ brand: 'Aegean', version: 1 });
    expect(kept.survey['languages']).not.toEqual(['en']);
    // A version that never was is a bad input; without expectedVersion, the change applies to the survey as it is.
    const future = await test.gql(
      UPDATE,
      { id: mine.id, input: { brand: 'X', expectedVersion: 9 } },
      { token: ADMIN_TOKEN },
    );
    expect(future.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'expectedVersion',
    });
    const blind = await test.gql(UPDATE, { id: mine.id, input: { active: true } }, { token: ADMIN_TOKEN });
    expect(blind.data).toMatchObject({ updateSurvey: { version: 2 } });
  });

  it('let exactly one of several owners saving on the same version win, on two instances', async () => {
    const mine = await createDemoSurvey(test, { brand: 'Raced' });
    const second = await startTestApp('surveys', {}, test.db);
    try {
      const UPDATE =
        'mutation ($id: ID!, $input: UpdateSurveyInput!) { updateSurvey(id: $id, input: $input) { version } }';
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          (i % 2 ? second : test).gql(
            UPDATE,
            { id: mine.id, input: { brand: `Owner ${i}`, expectedVersion: 0 } },
            { token: ADMIN_TOKEN },
          ),
        ),
      );
      const won = results.filter((result) => result.data?.['updateSurvey']);
      expect(won).toHaveLength(1);
      expect(results.filter((result) => result.errors?.[0]?.extensions.code === 'CONFLICT')).toHaveLength(5);
      const stored = await test.db.connection.collection('surveys').findOne({ brand: { $regex: '^Owner ' } });
      expect(stored?.['version']).toBe(1);
    } finally {
      await second.close(true);
    }
  });

  it('write a change whose instance died after claiming its version, before the next change', async () => {
    const mine = await createDemoSurvey(test, { brand: 'Interrupted' });
    // Version 1 claimed, its survey never written (a kill -9 in between).
    await test.db.connection.collection('survey_revisions').insertOne({
      _id: `${mine.id}:1`,
      survey: new Types.ObjectId(mine.id),
      version: 1,
      fields: ['brand'],
      set: { brand: 'Claimed first' },
      at: new Date(),
    } as never);
    const result = await test.gql(
      'mutation ($id: ID!, $input: UpdateSurveyInput!) { updateSurvey(id: $id, input: $input) { brand sampleRate version } }',
      { id: mine.id, input: { sampleRate: 0.5 } },
      { token: ADMIN_TOKEN },
    );
    expect(result.data).toEqual({ updateSurvey: { brand: 'Claimed first', sampleRate: 0.5, version: 2 } });
  });

  it('need a token to read, and the admin token to create', async () => {
    expect((await test.gql(SURVEY, { id: survey.id })).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect((await test.gql(SURVEY, { id: survey.id }, { token: 'wrong' })).errors?.[0]?.extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    const unknown = await test.gql(SURVEY, { id: '000000000000000000000000' }, { token: ADMIN_TOKEN });
    expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });
});

describe('surveyConfig, the public configuration', () => {
  it('says whether an identified customer answered within the recontact period, on any device, from a hash of the id', async () => {
    const created = await createDemoSurvey(test, { recontactDays: 30 });
    const ask = (customer?: string) =>
      test.gql(
        'query ($siteKey: String!, $customer: String) { surveyConfig(siteKey: $siteKey, customer: $customer) { customerAnsweredRecently } }',
        { siteKey: created.siteKey, customer },
        { origin: ORIGIN },
      );
    const hash = createHash('sha256').update(`${created.siteKey}:customer-42`).digest('hex');
    expect((await ask(hash)).data?.['surveyConfig']).toEqual({ customerAnsweredRecently: false });
    await test.gql(
      SUBMIT,
      {
        input: {
          siteKey: created.siteKey,
          clientResponseId: crypto.randomUUID(),
          score: 9,
          language: 'en',
          attributes: { customerId: 'customer-42' },
        },
      },
      { origin: ORIGIN },
    );
    const answered = await ask(hash);
    expect(answered.data?.['surveyConfig']).toEqual({ customerAnsweredRecently: true });
    expect(answered.headers.get('cache-control') ?? '').not.toContain('public');
    const other = createHash('sha256').update(`${created.siteKey}:customer-43`).digest('hex');
    expect((await ask(other)).data?.['surveyConfig']).toEqual({ customerAnsweredRecently: false });
    expect((await ask()).data?.['surveyConfig']).toEqual({ customerAnsweredRecently: false });
    const stored = await test.db.connection.collection('customer_contacts').find().toArray();
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain('customer-42');
    expect((await ask('customer-42')).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'customer',
    });
  });

  it('is served to an allowed origin, without secrets, cacheable', async () => {
    const result = await test.gql(CONFIG, { siteKey: survey.siteKey }, { origin: ORIGIN });
    expect(result.data?.['surveyConfig']).toMatchObject({
      siteKey: survey.siteKey,
      brand: 'Kafe',
      delaySeconds: 0,
      active: true,
    });
    expect(result.headers.get('cache-control')).toBe('max-age=60, public');
    expect(result.headers.get('access-control-allow-origin')).toBe(ORIGIN);
  });

  it('tells the owner, per allowed origin, when a page there last loaded the survey: the install check', async () => {
    const SECOND = 'https://second.example';
    const mine = await createDemoSurvey(test, { allowedOrigins: [ORIGIN, SECOND] });
    const INSTALLS = 'query ($id: ID!) { survey(id: $id) { installations { origin lastSeenAt } } }';
    const installs = async () =>
      (
        await test.admin<{ survey: { installations: { origin: string; lastSeenAt: string | null }[] } }>(
          INSTALLS,
          {
            id: mine.id,
          },
        )
      ).survey.installations;
    expect(await installs()).toEqual([
      { origin: ORIGIN, lastSeenAt: null },
      { origin: SECOND, lastSeenAt: null },
    ]);
    const before = Date.now();
    await test.gql(CONFIG, { siteKey: mine.siteKey }, { origin: ORIGIN });
    // A refused origin is not an installation.
    await test.gql(CONFIG, { siteKey: mine.siteKey }, { origin: 'https://evil.example' });
    await expect.poll(async () => (await installs())[0]?.lastSeenAt).not.toBeNull();
    const [seen, unseen] = await installs();
    expect(Date.parse(seen?.lastSeenAt ?? '')).toBeGreaterThanOrEqual(before - 1_000);
    expect(unseen).toEqual({ origin: SECOND, lastSeenAt: null });
    expect(
      await test.db.connection
        .collection('survey_installs')
        .countDocuments({ _id: { $regex: 'evil' } } as never),
    ).toBe(0);
  });

  it('is cacheable only alone: not beside another field, and never when refused', async () => {
    const mixed = await test.gql(
      'query ($siteKey: String!) { surveyConfig(siteKey: $siteKey) { brand } health { database } }',
      { siteKey: survey.siteKey },
      { origin: ORIGIN },
    );
    expect(mixed.errors).toBeUndefined();
    expect(mixed.headers.get('cache-control')).toBeNull();
    const evil = await test.gql(CONFIG, { siteKey: survey.siteKey }, { origin: 'https://evil.example' });
    expect(evil.headers.get('cache-control')).toBeNull();
  });

  it('is refused to another origin, for an unknown key, and for an inactive survey', async () => {
    const evil = await test.gql(CONFIG, { siteKey: survey.siteKey }, { origin: 'https://evil.example' });
    expect(evil.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const unknown = await test.gql(CONFIG, { siteKey: 'pk_unknown' }, { origin: ORIGIN });
    expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const inactive = await createDemoSurvey(test, { active: false });
    const off = await test.gql(CONFIG, { siteKey: inactive.siteKey }, { origin: ORIGIN });
    expect(off.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('answers a CORS preflight for any origin (what an origin may do is decided per operation)', async () => {
    const response = await fetch(`${test.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: ORIGIN, 'access-control-request-method': 'POST' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(response.headers.get('access-control-allow-headers')).toContain('content-type');
  });
});

describe('read tokens', () => {
  it('are made by the admin, stored hashed, and read their own survey only', async () => {
    const { createReadToken } = await test.admin<{
      createReadToken: { token: string; readToken: { id: string; surveyId: string } };
    }>(CREATE_TOKEN, { id: survey.id });
    const { token, readToken } = createReadToken;
    expect(readToken.surveyId).toBe(survey.id);
    const stored = await test.db.connection.collection('tokens').findOne({ _id: readToken.id } as never);
    // The secret is base64url, so it may itself contain `_`: everything after `nps_rt_<16-char id>_`.
    const secret = token.slice('nps_rt_'.length + 16 + 1);
    expect(secret).toHaveLength(43);
    expect(JSON.stringify(stored)).not.toContain(secret);

    expect((await test.gql(SURVEY, { id: survey.id }, { token })).data).toEqual({
      survey: { id: survey.id, brand: 'Kafe' },
    });
    expect((await test.gql(SURVEY, { id: other.id }, { token })).errors?.[0]?.extensions.code).toBe(
      'FORBIDDEN',
    );
    const create = await test.gql(
      CREATE_SURVEY,
      { input: { brand: 'x', languages: ['en'], markets: [], allowedOrigins: [] } },
      { token },
    );
    expect(create.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('list their own survey alone, where the admin lists every one', async () => {
    const { createReadToken } = await test.admin<{ createReadToken: { token: string } }>(CREATE_TOKEN, {
      id: survey.id,
    });
    const SURVEYS = '{ surveys { id } }';
    const own = await test.gql(SURVEYS, {}, { token: createReadToken.token });
    expect(own.data).toEqual({ surveys: [{ id: survey.id }] });
    const every = await test.admin<{ surveys: { id: string }[] }>(SURVEYS);
    expect(every.surveys.map((s) => s.id)).toEqual(expect.arrayContaining([survey.id, other.id]));
    expect((await test.gql(SURVEYS)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('stop working at once when revoked', async () => {
    const { createReadToken } = await test.admin<{
      createReadToken: { token: string; readToken: { id: string } };
    }>(CREATE_TOKEN, { id: survey.id });
    await test.admin('mutation ($id: ID!) { revokeReadToken(id: $id) }', {
      id: createReadToken.readToken.id,
    });
    const result = await test.gql(SURVEY, { id: survey.id }, { token: createReadToken.token });
    expect(result.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('survey texts, checked as the console checks them', () => {
  it.each([
    ['el', 'scoreLabel', 'Βαθμός', '{{score}} is missing'],
    ['el', 'question', 'Θα προτείνατε την {{brand}; σε φίλο;', 'not closed'],
    ['el', 'question', 'Θα προτείνατε την {{brnd}} σε φίλο;', '{{brnd}} is not a placeholder'],
    ['tr', 'charactersLeft_other', 'karakter kaldı', '{{count}} is missing'],
  ])('refuses a %s %s of %j, saving nothing', async (language, key, value, message) => {
    const update =
      'mutation ($id: ID!, $input: UpdateSurveyInput!) { updateSurvey(id: $id, input: $input) { version } }';
    const before = await test.admin<{ survey: { version: number } }>(
      'query ($id: ID!) { survey(id: $id) { version } }',
      { id: survey.id },
    );
    const result = await test.gql(
      update,
      { id: survey.id, input: { texts: [text(language, key, value)] } },
      { token: ADMIN_TOKEN },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'texts' });
    expect(result.errors?.[0]?.message).toContain(message);
    expect(await test.admin('query ($id: ID!) { survey(id: $id) { version } }', { id: survey.id })).toEqual(
      before,
    );
  });
});
