import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { typeDefs } from '@nps/schema';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATIONS, type Operation, READ_TOKEN, ROLES, type Role } from '../auth/access.ts';
import { hashPassword } from '../auth/passwords.ts';
import { ADMIN_TOKEN, createDemoSurvey, ORIGIN, SUBMIT, startTestApp, type TestApp } from '../testing/app.ts';

/**
 * The role matrix: every operation of the schema, called as each role (on the survey it names), as a person with a
 * role on another survey only, as the survey's read token, as the admin token and anonymously, compared with the
 * table in `auth/access.ts`. An operation without an entry in the table, or without a call here, fails.
 */
let test: TestApp;
let receiver: Server;
let survey: { id: string; siteKey: string };
const PASSWORD = 'a password of the test';

type Caller = 'anonymous' | 'admin' | 'token' | 'stranger' | Role;
const cookies = new Map<Caller, string>();
let readToken = '';

const gql = (caller: Caller, query: string, variables: object = {}, origin?: string) => {
  if (caller === 'anonymous') return test.gql(query, variables, origin ? { origin } : {});
  if (caller === 'admin')
    return test.gql(query, variables, { token: ADMIN_TOKEN, ...(origin && { origin }) });
  if (caller === 'token') return test.gql(query, variables, { token: readToken, ...(origin && { origin }) });
  return test.gql(query, variables, {
    origin: origin ?? new URL(test.url).origin,
    headers: { cookie: cookies.get(caller) ?? '' },
  });
};
const admin = async <T>(query: string, variables: object = {}) => test.admin<T>(query, variables);

/** A fresh answer of the survey: for the operations that use one up. */
async function answer(comment?: string): Promise<string> {
  const result = await test.gql<{ submitResponse: { response: { id: string } } }>(
    SUBMIT,
    {
      input: {
        siteKey: survey.siteKey,
        clientResponseId: crypto.randomUUID(),
        score: 2,
        language: 'en',
        ...(comment && { comment }),
      },
    },
    { origin: ORIGIN },
  );
  return result.data?.submitResponse.response.id ?? '';
}
/** One subscription for the calls that leave it as it is; `fresh` for those that delete it. */
let shared: Promise<string> | undefined;
function webhook(fresh = false): Promise<string> {
  if (fresh) return newWebhook();
  shared ??= newWebhook();
  return shared;
}
async function newWebhook(): Promise<string> {
  const { createWebhook } = await admin<{ createWebhook: { webhook: { id: string } } }>(
    'mutation ($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }',
    {
      input: {
        surveyId: survey.id,
        url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/`,
        events: ['RESPONSE_CREATED'],
      },
    },
  );
  return createWebhook.webhook.id;
}

/** A call of each operation on the survey, its arguments made fresh where one call uses them up. */
const CALLS: Record<Operation, () => Promise<[query: string, variables?: object, origin?: string]>> = {
  health: async () => ['{ health { database } }'],
  me: async () => ['{ me { email } }'],
  surveyConfig: async () => [
    'query ($k: String!) { surveyConfig(siteKey: $k) { brand } }',
    { k: survey.siteKey },
    ORIGIN,
  ],
  surveys: async () => ['{ surveys { id } }'],
  survey: async () => ['query ($id: ID!) { survey(id: $id) { id } }', { id: survey.id }],
  nps: async () => ['query ($id: ID!) { nps(surveyId: $id) { overall { responses } } }', { id: survey.id }],
  themes: async () => [
    'query ($id: ID!) { themes(surveyId: $id) { overall { score { responses } } } }',
    { id: survey.id },
  ],
  followUpReasons: async () => [
    'query ($id: ID!) { followUpReasons(surveyId: $id) { count } }',
    { id: survey.id },
  ],
  responses: async () => [
    'query ($id: ID!) { responses(surveyId: $id, first: 1) { edges { cursor } } }',
    { id: survey.id },
  ],
  followUpQueue: async () => [
    'query ($id: ID!) { followUpQueue(surveyId: $id) { dueAt } }',
    { id: survey.id },
  ],
  readTokens: async () => ['query ($id: ID!) { readTokens(surveyId: $id) { id } }', { id: survey.id }],
  webhooks: async () => ['query ($id: ID!) { webhooks(surveyId: $id) { id } }', { id: survey.id }],
  webhookDeliveries: async () => [
    'query ($id: ID!) { webhookDeliveries(webhookId: $id) { edges { cursor } } }',
    { id: await webhook() },
  ],
  respondentData: async () => [
    'query ($id: ID) { respondentData(customerId: "c-1", surveyId: $id) { id } }',
    { id: survey.id },
  ],
  retentionStatus: async () => ['{ retentionStatus { nextDueAt } }'],
  submitResponse: async () => [
    SUBMIT,
    { input: { siteKey: survey.siteKey, clientResponseId: crypto.randomUUID(), score: 9, language: 'en' } },
    ORIGIN,
  ],
  setUpFirstOwner: async () => [
    'mutation { setUpFirstOwner(code: "x", email: "a@b.example", password: "p") { id } }',
  ],
  signIn: async () => ['mutation { signIn(email: "nobody@b.example", password: "p") { id } }'],
  signOut: async () => ['mutation { signOut }'],
  changePassword: async () => [
    'mutation { changePassword(currentPassword: "not it", newPassword: "a longer password") }',
  ],
  createSurvey: async () => [
    'mutation ($input: CreateSurveyInput!) { createSurvey(input: $input) { id } }',
    { input: { brand: 'Made', languages: ['en'], markets: [], allowedOrigins: [ORIGIN] } },
  ],
  updateSurvey: async () => [
    'mutation ($id: ID!) { updateSurvey(id: $id, input: { brand: "Kafe" }) { id } }',
    { id: survey.id },
  ],
  deleteSurvey: async () => [
    'mutation ($id: ID!) { deleteSurvey(id: $id, confirmBrand: "not the brand") { responses } }',
    { id: survey.id },
  ],
  createReadToken: async () => [
    'mutation ($id: ID!) { createReadToken(surveyId: $id, label: "x") { token } }',
    { id: survey.id },
  ],
  revokeReadToken: async () => {
    const { createReadToken } = await admin<{ createReadToken: { readToken: { id: string } } }>(
      'mutation ($id: ID!) { createReadToken(surveyId: $id, label: "to revoke") { readToken { id } } }',
      { id: survey.id },
    );
    return ['mutation ($id: ID!) { revokeReadToken(id: $id) }', { id: createReadToken.readToken.id }];
  },
  recordFollowUp: async () => [
    'mutation ($input: RecordFollowUpInput!) { recordFollowUp(input: $input) { id } }',
    { input: { responseId: await answer(), by: 'Ana', reasons: ['PRICE'] } },
  ],
  correctTheme: async () => [
    'mutation ($id: ID!) { correctTheme(responseId: $id, theme: STAFF, present: true) { themes } }',
    { id: await answer('Far too expensive') },
  ],
  correctCustomTheme: async () => [
    'mutation ($id: ID!) { correctCustomTheme(responseId: $id, code: "APP", present: true) { themes } }',
    { id: await answer('The app is far too expensive') },
  ],
  eraseRespondent: async () => [
    'mutation ($id: ID) { eraseRespondent(customerId: "c-1", surveyId: $id) { responses } }',
    { id: survey.id },
  ],
  eraseResponse: async () => [
    'mutation ($id: ID!) { eraseResponse(id: $id) { responses } }',
    { id: await answer() },
  ],
  importResponses: async () => [
    'mutation ($id: ID!) { importResponses(surveyId: $id, csv: "date,score") { rows } }',
    { id: survey.id },
  ],
  createWebhook: async () => [
    'mutation ($id: ID!) { createWebhook(input: { surveyId: $id, url: "not a url", events: [RESPONSE_CREATED] }) { secret } }',
    { id: survey.id },
  ],
  updateWebhook: async () => [
    'mutation ($id: ID!) { updateWebhook(id: $id, input: { enabled: true }) { id } }',
    { id: await webhook() },
  ],
  deleteWebhook: async () => ['mutation ($id: ID!) { deleteWebhook(id: $id) }', { id: await webhook(true) }],
  rotateWebhookSecret: async () => [
    'mutation ($id: ID!) { rotateWebhookSecret(id: $id) { secret } }',
    { id: await webhook() },
  ],
  redeliverWebhook: async () => [
    'mutation ($id: ID!) { redeliverWebhook(webhookId: $id, deliveryId: "none") { id } }',
    { id: await webhook() },
  ],
  testWebhook: async () => ['mutation ($id: ID!) { testWebhook(id: $id) { id } }', { id: await webhook() }],
  surveyLinks: async () => [
    'query ($id: ID!) { surveyLinks(surveyId: $id, recipients: [{ language: "en" }]) { pageUrl } }',
    { id: survey.id },
  ],
  rotateSurveyLinkKey: async () => [
    'mutation ($id: ID!) { rotateSurveyLinkKey(surveyId: $id) { id } }',
    { id: survey.id },
  ],
  rebuildNpsAggregates: async () => [
    'mutation ($id: ID!) { rebuildNpsAggregates(surveyId: $id) }',
    { id: survey.id },
  ],
  reclassifyComments: async () => [
    'mutation ($id: ID!) { reclassifyComments(surveyId: $id) { total } }',
    { id: survey.id },
  ],
  runRetentionPurge: async () => ['mutation { runRetentionPurge { nextDueAt } }'],
  members: async () => ['query ($id: ID!) { members(surveyId: $id) { role } }', { id: survey.id }],
  auditLog: async () => ['query ($id: ID!) { auditLog(surveyId: $id) { action } }', { id: survey.id }],
  invitations: async () => ['query ($id: ID!) { invitations(surveyId: $id) { id } }', { id: survey.id }],
  invitation: async () => ['{ invitation(code: "x") { email } }'],
  acceptInvitation: async () => ['mutation { acceptInvitation(code: "x", password: "p") { id } }'],
  inviteMember: async () => [
    'mutation ($id: ID!) { inviteMember(surveyId: $id, email: "new@kafe.example", role: VIEWER) { code } }',
    { id: survey.id },
  ],
  revokeInvitation: async () => {
    const { inviteMember } = await admin<{ inviteMember: { invitation: { id: string } } }>(
      'mutation ($id: ID!) { inviteMember(surveyId: $id, email: "gone@kafe.example", role: VIEWER) { invitation { id } } }',
      { id: survey.id },
    );
    return ['mutation ($id: ID!) { revokeInvitation(id: $id) }', { id: inviteMember.invitation.id }];
  },
  setMemberRole: async () => [
    'mutation ($id: ID!) { setMemberRole(surveyId: $id, userId: "user-viewer", role: VIEWER) }',
    { id: survey.id },
  ],
};

/** Whether the table lets `caller` do `operation` on the survey. */
function allowed(caller: Caller, operation: Operation): boolean {
  const rule = OPERATIONS[operation];
  if (rule === 'public') return true;
  if (caller === 'anonymous') return false;
  if (rule === 'signedIn') return true;
  if (rule === 'person') return caller !== 'admin' && caller !== 'token';
  if (caller === 'admin') return true;
  if (rule === 'global') return false;
  if (caller === 'token') return READ_TOKEN.includes(rule);
  if (caller === 'stranger') return false;
  return ROLES[caller].includes(rule);
}

beforeAll(async () => {
  receiver = createServer((_req, res) => res.writeHead(204).end());
  await new Promise<void>((done) => receiver.listen(0, '127.0.0.1', done));
  test = await startTestApp('access', { webhooksAllowPrivate: true });
  survey = await createDemoSurvey(test);
  const other = await createDemoSurvey(test, { brand: 'Other' });
  ({
    createReadToken: { token: readToken },
  } = await admin<{ createReadToken: { token: string } }>(
    'mutation ($id: ID!) { createReadToken(surveyId: $id, label: "matrix") { token } }',
    { id: survey.id },
  ));
  const people: [Caller, string, Role][] = [
    ...(['owner', 'editor', 'analyst', 'viewer'] as const).map((role): [Caller, string, Role] => [
      role,
      survey.id,
      role,
    ]),
    ['stranger', other.id, 'owner'],
  ];
  const passwordHash = await hashPassword(PASSWORD);
  for (const [caller, surveyId, role] of people) {
    const email = `${caller}@kafe.example`;
    await test.app.models.User.create({
      _id: `user-${caller}`,
      email,
      passwordHash,
      passwordChangedAt: new Date(),
    });
    await test.app.models.Membership.create({
      _id: `user-${caller}:${surveyId}`,
      user: `user-${caller}`,
      survey: surveyId,
      role,
    });
    const signedIn = await test.gql(
      'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }',
      {
        e: email,
        p: PASSWORD,
      },
      { origin: new URL(test.url).origin },
    );
    cookies.set(caller, (signedIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '');
  }
});
afterAll(async () => {
  await test.close();
  receiver.close();
});

describe('the table of rights', () => {
  it('names every operation of the schema, and nothing else', () => {
    const schema = buildSchema(typeDefs);
    const operations = ['Query', 'Mutation'].flatMap((type) =>
      Object.keys(
        schema.getType(type) && 'getFields' in (schema.getType(type) ?? {})
          ? (schema.getType(type) as { getFields(): object }).getFields()
          : {},
      ),
    );
    expect(Object.keys(OPERATIONS).sort()).toEqual(operations.sort());
    expect(Object.keys(CALLS).sort()).toEqual(operations.sort());
  });

  it('is what each caller is let do, operation by operation', async () => {
    const callers: Caller[] = [
      'anonymous',
      'admin',
      'token',
      'stranger',
      'owner',
      'editor',
      'analyst',
      'viewer',
    ];
    const found: string[] = [];
    const expected: string[] = [];
    for (const operation of Object.keys(CALLS) as Operation[]) {
      if (OPERATIONS[operation] === 'public') continue;
      for (const caller of callers) {
        const [query, variables, origin] = await CALLS[operation]();
        const result = await gql(caller, query, variables, origin);
        const code = result.errors?.[0]?.extensions.code;
        // Refused, or let through to a later check of the input (a wrong code, an unknown id): nothing else.
        expect(
          [undefined, 'FORBIDDEN', 'UNAUTHENTICATED', 'BAD_USER_INPUT', 'NOT_FOUND'],
          `${operation} ${caller}: ${result.errors?.[0]?.message}`,
        ).toContain(code);
        const refused = code === 'FORBIDDEN' || code === 'UNAUTHENTICATED';
        found.push(`${operation} ${caller}: ${refused ? 'refused' : 'allowed'}`);
        expected.push(`${operation} ${caller}: ${allowed(caller, operation) ? 'allowed' : 'refused'}`);
      }
    }
    expect(found).toEqual(expected);
  });

  it('shows a viewer the figures and no answer: no comment, customer id or attribute', async () => {
    const nps = await gql('viewer', 'query ($id: ID!) { nps(surveyId: $id) { overall { responses } } }', {
      id: survey.id,
    });
    expect(nps.errors).toBeUndefined();
    for (const query of [
      'query ($id: ID!) { responses(surveyId: $id, first: 5) { edges { node { comment attributes } } } }',
      'query ($id: ID!) { followUpQueue(surveyId: $id) { response { comment } } }',
      'query ($id: ID) { respondentData(customerId: "c-1", surveyId: $id) { comment } }',
    ]) {
      expect((await gql('viewer', query, { id: survey.id })).errors?.[0]?.extensions.code, query).toBe(
        'FORBIDDEN',
      );
    }
  });
});
