import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleLink } from '../services/sessions.ts';
import { ADMIN_TOKEN, createDemoSurvey, ORIGIN, SUBMIT, startTestApp, type TestApp } from '../testing/app.ts';

/** What the owner console stands on: its sign-in, its token list, archiving and deleting a survey. */
let test: TestApp;

beforeAll(async () => {
  test = await startTestApp('console');
});
afterAll(() => test.close());

const SIGN_IN = 'mutation ($code: String!) { signIn(code: $code) { token expiresAt } }';
const SURVEYS = '{ surveys { id } }';
const codeOf = async () => new URL(await consoleLink(test.app.services.sessions, test.url)).hash.slice(6);
const submit = (siteKey: string, score = 3) =>
  test.gql(
    SUBMIT,
    { input: { siteKey, clientResponseId: crypto.randomUUID(), score, language: 'el', comment: 'Αργό' } },
    { origin: ORIGIN },
  );

describe('signing in to the console', () => {
  it('takes a link whose one-time code, in the fragment, gives a session with the admin rights', async () => {
    const link = await consoleLink(test.app.services.sessions, test.url);
    expect(link).toMatch(/\/console#code=[A-Za-z0-9_-]{43}$/);
    const code = new URL(link).hash.slice('#code='.length);
    const { data } = await test.gql<{ signIn: { token: string; expiresAt: string } }>(SIGN_IN, { code });
    const token = data?.signIn.token ?? '';
    expect(token).toMatch(/^nps_s_/);
    expect(new Date(data?.signIn.expiresAt ?? 0).getTime()).toBeGreaterThan(Date.now() + 11 * 3_600_000);
    expect((await test.gql(SURVEYS, {}, { token })).errors).toBeUndefined();

    const again = await test.gql(SIGN_IN, { code });
    expect(again.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(await test.app.models.SignInCode.countDocuments()).toBe(0);
  });

  it('gives one session for a code sent twice at once', async () => {
    const code = await codeOf();
    const results = await Promise.all([1, 2, 3].map(() => test.gql(SIGN_IN, { code })));
    expect(results.filter((r) => r.data).length).toBe(1);
  });

  it('refuses codes that are malformed, unknown or expired', async () => {
    for (const code of ['', 'x'.repeat(43), 'not a code']) {
      expect((await test.gql(SIGN_IN, { code })).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    }
    const code = await codeOf();
    await test.app.models.SignInCode.updateMany({}, { $set: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await test.gql(SIGN_IN, { code })).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('ends a session by signing out, at once', async () => {
    const { data } = await test.gql<{ signIn: { token: string } }>(SIGN_IN, { code: await codeOf() });
    const token = data?.signIn.token ?? '';
    expect((await test.gql('mutation { signOut }', {}, { token })).data).toEqual({ signOut: true });
    expect((await test.gql(SURVEYS, {}, { token })).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
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
    expect(await test.app.models.NpsDaily.countDocuments({ survey: id })).toBe(0);
    expect(await test.app.models.Token.countDocuments({ survey: id })).toBe(0);
    expect((await test.admin<{ nps: unknown }>(nps, { id: other.id })).nps).toEqual({
      overall: { responses: 1 },
    });
    expect((await submit(siteKey)).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });
});
