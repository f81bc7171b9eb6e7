import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleLink } from '../auth/sessions.ts';
import { SCORE_FIELDS } from '../models/nps-daily.model.ts';
import {
  ADMIN_TOKEN,
  createDemoSurvey,
  ORIGIN,
  SUBMIT,
  startTestApp,
  type TestApp,
  withinOneMinute,
} from '../testing/app.ts';

/** What the owner console stands on: people's accounts and sessions, its token list, archiving and deleting a survey. */
let test: TestApp;

beforeAll(async () => {
  // Behind a proxy, so that each attempt can come from an address of its own.
  test = await startTestApp('console', {
    trustProxy: true,
    signInLimits: { perIpPerMinute: 1000, perSiteKeyPerMinute: 1000 },
  });
});
afterAll(() => test.close());

const EMAIL = 'owner@kafe.example';
const PASSWORD = 'correct horse battery staple';
const SET_UP =
  'mutation ($code: String!, $email: String!, $password: String!) { setUpFirstOwner(code: $code, email: $email, password: $password) { email } }';
const SIGN_IN =
  'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { email } }';
const ME = '{ me { email } }';
const submit = (siteKey: string, score = 3) =>
  test.gql(
    SUBMIT,
    { input: { siteKey, clientResponseId: crypto.randomUUID(), score, language: 'el', comment: 'Αργό' } },
    { origin: ORIGIN },
  );

/** The session cookie an answer set, as a browser would send it back. */
function cookieOf(result: { headers: Headers }): string {
  const set = result.headers.get('set-cookie') ?? '';
  return set.split(';')[0] ?? '';
}
/** A request from the console's own page, with its cookie. */
const asPerson = (cookie: string, query: string, variables: object = {}, app: TestApp = test) =>
  app.gql(query, variables, { origin: new URL(app.url).origin, headers: { cookie } });
const signIn = (password = PASSWORD, email = EMAIL, ip = '192.0.2.1') =>
  test.gql(
    SIGN_IN,
    { email, password },
    { origin: new URL(test.url).origin, headers: { 'x-forwarded-for': ip } },
  );

describe('the first owner', () => {
  it('makes their account by the setup link, once, and no second one can', async () => {
    const code = (await test.app.services.sessions.createSetupCode()) ?? '';
    expect(consoleLink(test.url, code)).toMatch(/\/console#setup=[A-Za-z0-9_-]{43}$/);
    const short = await test.gql(SET_UP, { code, email: EMAIL, password: 'short' });
    expect(short.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    expect(await test.app.models.User.countDocuments()).toBe(0);

    const made = await test.gql(SET_UP, { code, email: ' Owner@Kafe.example ', password: PASSWORD });
    expect(made.data).toEqual({ setUpFirstOwner: { email: EMAIL } });
    const set = made.headers.get('set-cookie') ?? '';
    expect(set).toMatch(
      /^nps_session=[A-Za-z0-9]{16}\.[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax; Max-Age=604800$/,
    );
    expect((await asPerson(cookieOf(made), ME)).data).toEqual({ me: { email: EMAIL } });
    expect((await asPerson(cookieOf(made), '{ surveys { id } }')).errors).toBeUndefined();
    // Only hashes are stored.
    const [user] = await test.app.models.User.find().lean();
    expect(user?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);

    expect(
      (await test.gql(SET_UP, { code, email: 'b@kafe.example', password: PASSWORD })).errors?.[0]?.extensions
        .code,
    ).toBe('UNAUTHENTICATED');
    expect(await test.app.services.sessions.createSetupCode()).toBeNull();
  });
});

describe('signing in', () => {
  it('answers an unknown address and a wrong password alike, and sets the cookie for the right one', async () => {
    const wrong = await signIn('not the password at all');
    const unknown = await signIn(PASSWORD, 'nobody@kafe.example');
    expect(wrong.errors?.[0]?.message).toBe('Wrong email address or password.');
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
    expect(unknown.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(wrong.headers.get('set-cookie')).toBeNull();
    const right = await signIn();
    expect(right.data).toEqual({ signIn: { email: EMAIL } });
    expect(cookieOf(right)).toMatch(/^nps_session=/);
  });

  it('honours the cookie only from its own origin, and refuses a simple (unpreflighted) request', async () => {
    const cookie = cookieOf(await signIn());
    expect((await test.gql(ME, {}, { origin: 'https://evil.example', headers: { cookie } })).data).toEqual({
      me: null,
    });
    expect((await test.gql(ME, {}, { headers: { cookie } })).data).toEqual({ me: null });
    // A form another site posts: no JSON content type, so the browser sends no preflight; Apollo refuses it.
    const form = await fetch(`${test.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', cookie, origin: new URL(test.url).origin },
      body: JSON.stringify({ query: 'mutation { signOut }' }),
    });
    expect(form.status).toBe(400);
    expect((await asPerson(cookie, ME)).data).toEqual({ me: { email: EMAIL } });
  });

  it('limits attempts per account, from any number of addresses, known account or not', async () => {
    const limited = await startTestApp(
      'console',
      { trustProxy: true, signInLimits: { perIpPerMinute: 1000, perSiteKeyPerMinute: 5 } },
      test.db,
    );
    try {
      await withinOneMinute();
      const results = [];
      for (let i = 0; i < 6; i++) {
        // Two instances are live: each lets through its share until they have shared their counts (250 ms).
        await new Promise((resolve) => setTimeout(resolve, 600));
        results.push(
          await limited.gql(
            SIGN_IN,
            { email: 'target@kafe.example', password: 'guess number one' },
            { origin: new URL(limited.url).origin, headers: { 'x-forwarded-for': `198.51.100.${i}` } },
          ),
        );
      }
      expect(results.slice(0, 5).map((r) => r.errors?.[0]?.extensions.code)).toEqual(
        Array(5).fill('UNAUTHENTICATED'),
      );
      expect(results[5]?.status).toBe(429);
      expect(results[5]?.errors?.[0]?.message).toContain('for this account');
    } finally {
      await limited.close(true);
    }
  });
});

describe('sessions', () => {
  it('end by signing out, on every instance at once', async () => {
    const second = await startTestApp('console', {}, test.db);
    try {
      const cookie = cookieOf(await signIn(PASSWORD, EMAIL, '192.0.2.50'));
      expect((await asPerson(cookie, ME, {}, second)).data).toEqual({ me: { email: EMAIL } });
      const out = await asPerson(cookie, 'mutation { signOut }');
      expect(out.data).toEqual({ signOut: true });
      expect(out.headers.get('set-cookie')).toContain('Max-Age=0');
      expect((await asPerson(cookie, ME, {}, second)).data).toEqual({ me: null });
    } finally {
      await second.close(true);
    }
  });

  it('end after twelve hours unused, or a week after sign-in', async () => {
    const idle = cookieOf(await signIn(PASSWORD, EMAIL, '192.0.2.51'));
    const old = cookieOf(await signIn(PASSWORD, EMAIL, '192.0.2.52'));
    const id = (cookie: string) => cookie.split('=')[1]?.split('.')[0] ?? '';
    await test.app.models.Session.updateOne(
      { _id: id(idle) },
      { $set: { lastSeenAt: new Date(Date.now() - 13 * 3_600_000) } },
    );
    await test.app.models.Session.updateOne(
      { _id: id(old) },
      { $set: { expiresAt: new Date(Date.now() - 1000) } },
    );
    expect((await asPerson(idle, ME)).data).toEqual({ me: null });
    expect((await asPerson(old, ME)).data).toEqual({ me: null });
  });

  it('of a person end, but for the one in use, when their password changes', async () => {
    const mine = cookieOf(await signIn(PASSWORD, EMAIL, '192.0.2.53'));
    const other = cookieOf(await signIn(PASSWORD, EMAIL, '192.0.2.54'));
    const change =
      'mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';
    const refused = await asPerson(mine, change, { c: 'not it', n: 'a new long password' });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'currentPassword',
    });
    expect((await asPerson(mine, change, { c: PASSWORD, n: 'a new long password' })).data).toEqual({
      changePassword: true,
    });
    expect((await asPerson(mine, ME)).data).toEqual({ me: { email: EMAIL } });
    expect((await asPerson(other, ME)).data).toEqual({ me: null });
    expect((await signIn('a new long password', EMAIL, '192.0.2.55')).data).toEqual({
      signIn: { email: EMAIL },
    });
  });
});

describe('read tokens', () => {
  it('are listed while they work, newest first', async () => {
    const { id } = await createDemoSurvey(test);
    const create =
      'mutation ($id: ID!, $l: String!) { createReadToken(surveyId: $id, label: $l) { readToken { id } } }';
    type Created = { createReadToken: { readToken: { id: string } } };
    const first = await test.admin<Created>(create, { id, l: 'Wall screen' });
    const second = await test.admin<Created>(create, { id, l: 'Support team' });
    await test.admin('mutation ($id: ID!) { revokeReadToken(id: $id) }', {
      id: first.createReadToken.readToken.id,
    });
    const { readTokens } = await test.admin<{ readTokens: { id: string; label: string }[] }>(
      'query ($id: ID!) { readTokens(surveyId: $id) { id label } }',
      { id },
    );
    expect(readTokens).toEqual([{ id: second.createReadToken.readToken.id, label: 'Support team' }]);
  });
});

describe('archiving a survey', () => {
  it('pauses it: its site key takes no answers until it is active again', async () => {
    const { id, siteKey } = await createDemoSurvey(test);
    const update =
      'mutation ($id: ID!, $input: UpdateSurveyInput!) { updateSurvey(id: $id, input: $input) { archived active } }';
    expect(await test.admin(update, { id, input: { archived: true } })).toEqual({
      updateSurvey: { archived: true, active: false },
    });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await submit(siteKey)).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});

describe('deleting a survey', () => {
  const DELETE = /* GraphQL */ `
    mutation ($id: ID!, $brand: String!) {
      deleteSurvey(id: $id, confirmBrand: $brand) { surveyId responses readTokens webhooks }
    }
  `;

  it('needs the brand typed as stored, and deletes nothing otherwise', async () => {
    const { id, siteKey } = await createDemoSurvey(test, { brand: 'Kafe Deleted' });
    await submit(siteKey);
    expect((await test.gql(DELETE, { id, brand: 'Kafe Deleted' })).errors?.[0]?.extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    const refused = await test.gql(DELETE, { id, brand: 'Kafe' }, { token: ADMIN_TOKEN });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'confirmBrand' });
    expect(await test.app.models.Response.countDocuments({ survey: id })).toBe(1);
  });

  it('erases its answers exactly, with their counts, tokens and webhooks, and says what it erased', async () => {
    const { id, siteKey } = await createDemoSurvey(test, { brand: 'Gone' });
    const other = await createDemoSurvey(test, { brand: 'Stays' });
    for (const score of [0, 7, 10]) await submit(siteKey, score);
    await submit(other.siteKey, 9);
    await test.admin('mutation ($id: ID!) { createReadToken(surveyId: $id, label: "tv") { token } }', { id });
    const { deleteSurvey } = await test.admin<{ deleteSurvey: Record<string, unknown> }>(DELETE, {
      id,
      brand: 'Gone',
    });
    expect(deleteSurvey).toEqual({ surveyId: id, responses: 3, readTokens: 1, webhooks: 0 });

    const nps = 'query ($id: ID!) { nps(surveyId: $id) { overall { responses } } }';
    expect((await test.gql(nps, { id }, { token: ADMIN_TOKEN })).errors?.[0]?.extensions.code).toBe(
      'NOT_FOUND',
    );
    expect(await test.app.models.Response.countDocuments({ survey: id })).toBe(0);
    // Every answer taken away from the counts, by the writers that count them.
    await expect
      .poll(async () =>
        (await test.app.models.NpsDaily.find({ survey: id }).lean<Record<string, number>[]>()).reduce(
          (sum, cell) => sum + SCORE_FIELDS.reduce((cellSum, field) => cellSum + (cell[field] ?? 0), 0),
          0,
        ),
      )
      .toBe(0);
    expect(await test.app.models.Token.countDocuments({ survey: id })).toBe(0);
    expect((await test.admin<{ nps: unknown }>(nps, { id: other.id })).nps).toEqual({
      overall: { responses: 1 },
    });
    expect((await submit(siteKey)).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });
});
