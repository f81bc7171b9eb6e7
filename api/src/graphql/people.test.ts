import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, createDemoSurvey, startTestApp, type TestApp } from '../testing/app.ts';

/** How people join a survey: invitations by link, accepted once, and roles an owner changes. */
let test: TestApp;
let survey: { id: string; siteKey: string };

beforeAll(async () => {
  test = await startTestApp('people');
  survey = await createDemoSurvey(test);
});
afterAll(() => test.close());

const INVITE =
  'mutation ($id: ID!, $email: String!, $role: Role!) { inviteMember(surveyId: $id, email: $email, role: $role) { code invitation { id email role expiresAt } } }';
const ACCEPT =
  'mutation ($code: String!, $p: String!) { acceptInvitation(code: $code, password: $p) { email } }';
const own = () => new URL(test.url).origin;
const invite = async (email: string, role = 'ANALYST') =>
  (
    await test.admin<{ inviteMember: { code: string; invitation: { id: string } } }>(INVITE, {
      id: survey.id,
      email,
      role,
    })
  ).inviteMember;

describe('an invitation', () => {
  it('is accepted once, with a new password, and gives its role on its survey alone', async () => {
    const { code } = await invite('Ana@Kafe.example');
    const preview = await test.gql(
      'query ($code: String!) { invitation(code: $code) { email role brand hasAccount } }',
      { code },
    );
    expect(preview.data).toEqual({
      invitation: { email: 'ana@kafe.example', role: 'ANALYST', brand: 'Kafe', hasAccount: false },
    });
    expect((await test.gql(ACCEPT, { code, p: 'short' })).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'password',
    });
    const accepted = await test.gql(ACCEPT, { code, p: 'analyst password here' });
    expect(accepted.data).toEqual({ acceptInvitation: { email: 'ana@kafe.example' } });
    const cookie = (accepted.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const access = await test.gql(
      'query ($id: ID!) { survey(id: $id) { access } }',
      { id: survey.id },
      { origin: own(), headers: { cookie } },
    );
    expect(access.data).toEqual({ survey: { access: ['REPORTS', 'COMMENTS', 'FOLLOW_UPS'] } });
    const other = await createDemoSurvey(test, { brand: 'Other' });
    const elsewhere = await test.gql(
      'query ($id: ID!) { nps(surveyId: $id) { overall { responses } } }',
      { id: other.id },
      { origin: own(), headers: { cookie } },
    );
    expect(elsewhere.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await test.gql(ACCEPT, { code, p: 'analyst password here' })).errors?.[0]?.extensions.code).toBe(
      'NOT_FOUND',
    );
    const { members } = await test.admin<{ members: { user: { email: string }; role: string }[] }>(
      'query ($id: ID!) { members(surveyId: $id) { user { email } role } }',
      { id: survey.id },
    );
    expect(members).toEqual([{ user: { email: 'ana@kafe.example' }, role: 'ANALYST' }]);
  });

  it('for an address with an account, asks its password, and replaces the role it had', async () => {
    const { code } = await invite('ana@kafe.example', 'VIEWER');
    expect((await test.gql(ACCEPT, { code, p: 'not her password' })).errors?.[0]?.extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await test.gql(ACCEPT, { code, p: 'analyst password here' })).data).toBeDefined();
    const { members } = await test.admin<{ members: { role: string }[] }>(
      'query ($id: ID!) { members(surveyId: $id) { role } }',
      { id: survey.id },
    );
    expect(members).toEqual([{ role: 'VIEWER' }]);
  });

  it('works no more once revoked or expired', async () => {
    const revoked = await invite('bo@kafe.example');
    await test.admin('mutation ($id: ID!) { revokeInvitation(id: $id) }', { id: revoked.invitation.id });
    expect(
      (await test.gql(ACCEPT, { code: revoked.code, p: 'a long password' })).errors?.[0]?.extensions.code,
    ).toBe('NOT_FOUND');
    const expired = await invite('cy@kafe.example');
    await test.app.models.Invitation.updateOne(
      { _id: expired.invitation.id },
      { $set: { expiresAt: new Date(Date.now() - 1) } },
    );
    expect(
      (await test.gql(ACCEPT, { code: expired.code, p: 'a long password' })).errors?.[0]?.extensions.code,
    ).toBe('NOT_FOUND');
    const { invitations } = await test.admin<{ invitations: unknown[] }>(
      'query ($id: ID!) { invitations(surveyId: $id) { id } }',
      { id: survey.id },
    );
    expect(invitations).toEqual([]);
  });
});

describe('roles', () => {
  it('are changed or taken away by an owner, and the person loses the right at once', async () => {
    const [ana] = (
      await test.admin<{ members: { user: { id: string } }[] }>(
        'query ($id: ID!) { members(surveyId: $id) { user { id } } }',
        { id: survey.id },
      )
    ).members;
    const SET =
      'mutation ($id: ID!, $u: ID!, $r: Role) { setMemberRole(surveyId: $id, userId: $u, role: $r) }';
    // Signed in, she reads the figures; her role taken away, her next request is refused.
    const signedIn = await test.gql(
      'mutation { signIn(email: "ana@kafe.example", password: "analyst password here") { id } }',
      {},
      { origin: own() },
    );
    const cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const NPS = 'query ($id: ID!) { nps(surveyId: $id) { overall { responses } } }';
    expect(
      (await test.gql(NPS, { id: survey.id }, { origin: own(), headers: { cookie } })).errors,
    ).toBeUndefined();
    expect(await test.admin(SET, { id: survey.id, u: ana?.user.id, r: null })).toEqual({
      setMemberRole: true,
    });
    expect(
      (await test.gql(NPS, { id: survey.id }, { origin: own(), headers: { cookie } })).errors?.[0]?.extensions
        .code,
    ).toBe('FORBIDDEN');
    expect(
      (await test.gql(SET, { id: survey.id, u: ana?.user.id, r: 'OWNER' }, { token: ADMIN_TOKEN }))
        .errors?.[0]?.extensions.code,
    ).toBe('NOT_FOUND');
  });
});

describe('the audit log', () => {
  it('says who changed what and when, newest first, with no respondent data', async () => {
    await test.admin(
      'mutation ($id: ID!) { updateSurvey(id: $id, input: { brand: "Kafe 2", markets: ["GR"] }) { id } }',
      {
        id: survey.id,
      },
    );
    await test.gql(
      'mutation ($input: SubmitResponseInput!) { submitResponse(input: $input) { duplicate } }',
      {
        input: {
          siteKey: survey.siteKey,
          clientResponseId: crypto.randomUUID(),
          score: 3,
          language: 'en',
          attributes: { customerId: 'customer-42' },
        },
      },
      { origin: 'https://shop.example' },
    );
    await test.admin(
      'mutation ($id: ID!) { eraseRespondent(customerId: "customer-42", surveyId: $id) { responses } }',
      {
        id: survey.id,
      },
    );
    const { auditLog } = await test.admin<{
      auditLog: { by: string; action: string; detail: string | null }[];
    }>('query ($id: ID!) { auditLog(surveyId: $id) { by action detail } }', { id: survey.id });
    expect(auditLog.slice(0, 2)).toEqual([
      { by: 'admin', action: 'RESPONDENT_ERASED', detail: '1' },
      { by: 'admin', action: 'SETTINGS_CHANGED', detail: 'brand, markets' },
    ]);
    expect(auditLog.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['MEMBER_INVITED', 'MEMBER_JOINED', 'INVITATION_REVOKED', 'ROLE_CHANGED']),
    );
    expect(auditLog.find((entry) => entry.action === 'MEMBER_JOINED')?.by).toBe('ana@kafe.example');
    expect(JSON.stringify(auditLog)).not.toContain('customer-42');
  });
});
