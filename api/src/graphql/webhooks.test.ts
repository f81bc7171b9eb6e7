import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, createDemoSurvey, startTestApp, type TestApp } from '../testing/app.ts';

const FIELDS =
  'id surveyId url events filter { categories languages markets } format overdueHours enabled previousSecretUntil';
const CREATE = `mutation ($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { ${FIELDS} } } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateWebhookInput!) { updateWebhook(id: $id, input: $input) { ${FIELDS} } }`;
const LIST = `query ($id: ID!) { webhooks(surveyId: $id) { ${FIELDS} } }`;

interface Webhook {
  id: string;
  surveyId: string;
  url: string;
  events: string[];
  filter: { categories: string[] | null; languages: string[] | null; markets: string[] | null };
  format: string;
  overdueHours: number;
  enabled: boolean;
  previousSecretUntil: string | null;
}

let test: TestApp;
let strict: TestApp;
let survey: { id: string };
let other: { id: string };
let otherToken: string;

beforeAll(async () => {
  test = await startTestApp('webhooks', { webhooksAllowPrivate: true });
  strict = await startTestApp('webhooks', {}, test.db);
  survey = await createDemoSurvey(test);
  other = await createDemoSurvey(test, { brand: 'Other' });
  ({
    createReadToken: { token: otherToken },
  } = await test.admin<{ createReadToken: { token: string } }>(
    'mutation ($id: ID!) { createReadToken(surveyId: $id, label: "other") { token } }',
    { id: other.id },
  ));
});

afterAll(async () => {
  await strict?.close(true);
  await test?.close();
});

const input = (extra: Record<string, unknown> = {}) => ({
  surveyId: survey.id,
  url: 'https://hooks.example/nps',
  events: ['RESPONSE_CREATED', 'DETRACTOR_OVERDUE'],
  ...extra,
});

describe('webhook subscriptions', () => {
  it('are made with a secret shown once, listed without it, changed, rotated with an overlap and deleted', async () => {
    const { createWebhook } = await test.admin<{ createWebhook: { secret: string; webhook: Webhook } }>(
      CREATE,
      {
        input: input({
          filter: { categories: ['DETRACTOR'], languages: ['EL'], markets: ['cy'] },
          format: 'SLACK',
        }),
      },
    );
    expect(createWebhook.secret).toMatch(/^whsec_/);
    expect(createWebhook.webhook).toMatchObject({
      surveyId: survey.id,
      url: 'https://hooks.example/nps',
      events: ['RESPONSE_CREATED', 'DETRACTOR_OVERDUE'],
      filter: { categories: ['DETRACTOR'], languages: ['el'], markets: ['CY'] },
      format: 'SLACK',
      overdueHours: 20,
      enabled: true,
      previousSecretUntil: null,
    });
    const id = createWebhook.webhook.id;

    const { updateWebhook } = await test.admin<{ updateWebhook: Webhook }>(UPDATE, {
      id,
      input: { events: ['FOLLOW_UP_RECORDED'], overdueHours: 12, filter: {} },
    });
    expect(updateWebhook).toMatchObject({
      events: ['FOLLOW_UP_RECORDED'],
      overdueHours: 12,
      filter: { categories: null, languages: null, markets: null },
      format: 'SLACK',
    });

    const { rotateWebhookSecret } = await test.admin<{
      rotateWebhookSecret: { secret: string; webhook: Webhook };
    }>(
      `mutation ($id: ID!) { rotateWebhookSecret(id: $id, overlapHours: 2) { secret webhook { ${FIELDS} } } }`,
      {
        id,
      },
    );
    expect(rotateWebhookSecret.secret).not.toBe(createWebhook.secret);
    const until = Date.parse(rotateWebhookSecret.webhook.previousSecretUntil ?? '');
    expect(until - Date.now()).toBeGreaterThan(7_100_000);
    expect(until - Date.now()).toBeLessThanOrEqual(7_200_000);

    const { webhooks } = await test.admin<{ webhooks: Webhook[] }>(LIST, { id: survey.id });
    expect(webhooks.map((webhook) => webhook.id)).toContain(id);
    const { deleteWebhook } = await test.admin<{ deleteWebhook: boolean }>(
      'mutation ($id: ID!) { deleteWebhook(id: $id) }',
      { id },
    );
    expect(deleteWebhook).toBe(true);
    expect(
      (await test.admin<{ webhooks: Webhook[] }>(LIST, { id: survey.id })).webhooks.map((w) => w.id),
    ).not.toContain(id);
  });

  it('refuse an address they may not reach, without the development setting: https to public hosts only', async () => {
    for (const url of [
      'http://hooks.example/nps',
      'https://127.0.0.1/nps',
      'https://[::1]/nps',
      'https://169.254.169.254/latest',
      'https://localhost/nps',
      'https://user:pw@hooks.example/',
    ]) {
      const refused = await strict.gql(CREATE, { input: input({ url }) }, { token: ADMIN_TOKEN });
      expect(refused.errors?.[0]?.extensions, url).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
    }
  });

  it('refuse filters outside the survey, no events, and bad hours, each with its field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ filter: { languages: ['de'] } }, 'filter.languages'],
      [{ filter: { markets: ['FR'] } }, 'filter.markets'],
      [{ events: [] }, 'events'],
      [{ overdueHours: 0 }, 'overdueHours'],
    ];
    for (const [extra, field] of cases) {
      const refused = await test.gql(CREATE, { input: input(extra) }, { token: ADMIN_TOKEN });
      expect(refused.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it("are a read token's for its own survey only, and nobody's without a token", async () => {
    const mine = await test.gql(CREATE, { input: input({ surveyId: other.id }) }, { token: otherToken });
    expect(mine.errors).toBeUndefined();
    const theirs = await test.gql(CREATE, { input: input() }, { token: otherToken });
    expect(theirs.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const { createWebhook } = await test.admin<{ createWebhook: { webhook: Webhook } }>(CREATE, {
      input: input(),
    });
    const foreign = await test.gql(
      'mutation ($id: ID!) { deleteWebhook(id: $id) }',
      { id: createWebhook.webhook.id },
      {
        token: otherToken,
      },
    );
    expect(foreign.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const anonymous = await test.gql('mutation ($id: ID!) { deleteWebhook(id: $id) }', {
      id: createWebhook.webhook.id,
    });
    expect(anonymous.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const listed = await test.gql(LIST, { id: survey.id }, { token: otherToken });
    expect(listed.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});
