import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Types } from 'mongoose';
import { Webhook as Verifier } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, createDemoSurvey, ORIGIN, SUBMIT, startTestApp, type TestApp } from '../testing/app.ts';

const HOUR_MS = 3_600_000;
const CREATE = `mutation ($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id } } }`;
const DELIVERIES = `query ($id: ID!) { webhookDeliveries(webhookId: $id) {
  edges { node { id eventId event status attempts lastStatus lastError nextAttemptAt deliveredAt } } } }`;

interface Received {
  readonly headers: Record<string, string>;
  readonly body: string;
}

let test: TestApp;
let survey: { id: string; siteKey: string };
const servers: Server[] = [];

/** A receiver on loopback answering each request with the next status of `statuses` (the last one after). */
async function receiver(statuses: number[]) {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      received.push({ headers: req.headers as Record<string, string>, body });
      res.writeHead(statuses[Math.min(received.length - 1, statuses.length - 1)] ?? 200).end();
    });
  });
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received };
}

async function subscribe(url: string, events = ['RESPONSE_CREATED']) {
  const { createWebhook } = await test.admin<{ createWebhook: { secret: string; webhook: { id: string } } }>(
    CREATE,
    {
      input: { surveyId: survey.id, url, events },
    },
  );
  return { id: createWebhook.webhook.id, secret: createWebhook.secret };
}

const answer = (score: number, extra: Record<string, unknown> = {}) =>
  test.gql(
    SUBMIT,
    { input: { siteKey: survey.siteKey, clientResponseId: randomUUID(), score, language: 'en', ...extra } },
    { origin: ORIGIN },
  );

/** Runs the delivery worker as if `hours` had passed: each due attempt made, in order. */
async function later(hours: number) {
  await test.app.services.webhookDelivery.runDue(new Date(Date.now() + hours * HOUR_MS));
}

beforeAll(async () => {
  test = await startTestApp('webhook-delivery', { webhooksAllowPrivate: true });
  survey = await createDemoSurvey(test);
});

afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    server.close();
  }
  await test?.close();
});

describe('webhook deliveries', () => {
  it('reach a receiver that refused the first three attempts: same webhook-id, signature verified by standardwebhooks', async () => {
    const { url, received } = await receiver([503, 500, 429, 204]);
    const { id, secret } = await subscribe(url);
    expect((await answer(3, { comment: 'Too expensive' })).errors).toBeUndefined();
    await expect.poll(() => received.length, { timeout: 5_000 }).toBeGreaterThanOrEqual(1);
    for (const hours of [1, 2, 3]) await later(hours);
    expect(received).toHaveLength(4);
    const ids = new Set(received.map((request) => request.headers['webhook-id']));
    expect(ids.size).toBe(1);
    const last = received[3] as Received;
    const event = new Verifier(secret).verify(last.body, last.headers) as {
      type: string;
      data: {
        surveyId: string;
        response: { score: number; comment: string; category: string; themes: string[] };
      };
    };
    expect(event).toMatchObject({
      type: 'response.created',
      data: {
        surveyId: survey.id,
        response: { score: 3, comment: 'Too expensive', category: 'DETRACTOR', themes: ['PRICE'] },
      },
    });
    const { webhookDeliveries } = await test.admin<{
      webhookDeliveries: { edges: { node: Record<string, unknown> }[] };
    }>(DELIVERIES, { id });
    expect(webhookDeliveries.edges).toHaveLength(1);
    expect(webhookDeliveries.edges[0]?.node).toMatchObject({
      eventId: last.headers['webhook-id'],
      event: 'RESPONSE_CREATED',
      status: 'DELIVERED',
      attempts: 4,
      lastStatus: 204,
      nextAttemptAt: null,
    });
  });

  it('try a receiver that is down one delivery at a time, others unaffected; all delivered once it is back, or given up after 72 hours', async () => {
    const healthy = await receiver([200]);
    let up = false;
    const down = await receiver([]);
    const flaky = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        down.received.push({ headers: req.headers as Record<string, string>, body: '' });
        res.writeHead(up ? 200 : 503).end();
      });
    });
    servers.push(flaky);
    await new Promise<void>((done) => flaky.listen(0, '127.0.0.1', done));
    const flakyUrl = `http://127.0.0.1:${(flaky.address() as AddressInfo).port}/hook`;
    const lost = await receiver([503]);
    const { id: flakyId } = await subscribe(flakyUrl);
    await subscribe(healthy.url);
    const { id: lostId } = await subscribe(lost.url);

    const ids = Array.from({ length: 40 }, () => randomUUID());
    await Promise.all(ids.map((clientResponseId) => answer(9, { clientResponseId })));
    await expect.poll(() => healthy.received.length, { timeout: 5_000 }).toBe(40);
    const webhooks = test.db.connection.collection('webhooks');
    const failures = async (id: string) =>
      (await webhooks.findOne({ _id: new Types.ObjectId(id) }))?.['failures'] as number;
    await expect.poll(() => failures(flakyId)).toBe(1);
    // The first failure paused it: the requests in flight then (eight at a time), not 40.
    const whileDown = down.received.length;
    expect(whileDown).toBeGreaterThanOrEqual(1);
    expect(whileDown).toBeLessThanOrEqual(8);
    const { webhookDeliveries } = await test.admin<{
      webhookDeliveries: { edges: { node: { status: string; nextAttemptAt: string } }[] };
    }>(
      `query ($id: ID!) { webhookDeliveries(webhookId: $id, first: 100) { edges { node { status nextAttemptAt } } } }`,
      {
        id: flakyId,
      },
    );
    expect(webhookDeliveries.edges).toHaveLength(40);
    expect(webhookDeliveries.edges.every(({ node }) => node.status === 'PENDING' && node.nextAttemptAt)).toBe(
      true,
    );

    // Still down an hour later: one more attempt (the one that finds out), not one per delivery.
    await later(1);
    expect(down.received.length).toBe(whileDown + 1);
    up = true;
    await later(2);
    await later(2.1);
    const delivered = new Set(
      down.received.slice(whileDown + 1).map((request) => request.headers['webhook-id']),
    );
    expect(delivered.size).toBe(40);

    // The one never back: its deliveries are given up after 72 hours, and logged as failed. From here the clock is
    // the test's alone: the instance's own poll, at the real time, would take these 73-hour-old deliveries for fresh
    // ones once the last give-up lifts the pause, and move one back to the outbox. One it moved before it stopped is
    // given up by the next run at 73 hours, as the housekeeping instance's sweep and poll would.
    const delivery = test.app.services.webhookDelivery;
    delivery.stop();
    try {
      await later(73);
      const givenUp = async () => {
        await delivery.sweep(new Date(Date.now() + 73 * HOUR_MS));
        await later(73);
        const { webhookDeliveries } = await test.admin<{
          webhookDeliveries: { edges: { node: { status: string; lastError: string } }[] };
        }>(
          `query ($id: ID!) { webhookDeliveries(webhookId: $id, first: 100) { edges { node { status lastError } } } }`,
          { id: lostId },
        );
        return webhookDeliveries.edges.filter(
          ({ node }) => node.status === 'FAILED' && /given up/.test(node.lastError),
        ).length;
      };
      await expect.poll(givenUp, { timeout: 10_000, interval: 200 }).toBe(40);
    } finally {
      delivery.start();
    }
    expect(lost.received.length).toBeLessThan(15);
  });

  it('make one event per cause: a resubmit of the same answer is delivered once', async () => {
    const { url, received } = await receiver([200]);
    await subscribe(url);
    const clientResponseId = randomUUID();
    const input = { siteKey: survey.siteKey, clientResponseId, score: 9, language: 'en' };
    await Promise.all([1, 2, 3].map(() => test.gql(SUBMIT, { input }, { origin: ORIGIN })));
    await later(1);
    await expect.poll(() => received.length, { timeout: 5_000 }).toBe(1);
  });

  it('stop for good at 410 Gone: the subscription is disabled, later answers send nothing', async () => {
    const { url, received } = await receiver([410]);
    const { id } = await subscribe(url);
    await answer(5);
    await expect.poll(() => received.length, { timeout: 5_000 }).toBe(1);
    await expect
      .poll(
        async () =>
          (
            await test.admin<{ webhooks: { id: string; enabled: boolean }[] }>(
              'query ($id: ID!) { webhooks(surveyId: $id) { id enabled } }',
              { id: survey.id },
            )
          ).webhooks.find((webhook) => webhook.id === id)?.enabled,
      )
      .toBe(false);
    await answer(6);
    await later(1);
    expect(received).toHaveLength(1);
  });

  it('announce a detractor not followed up within the hours, once, with its later comment; not one followed up', async () => {
    const { url, received } = await receiver([200]);
    await subscribe(url, ['DETRACTOR_OVERDUE']);
    const ids = [randomUUID(), randomUUID(), randomUUID()];
    const [late, followedUp] = ids.map((id) => `${survey.id}:${id}`);
    for (const clientResponseId of ids) await answer(2, { clientResponseId });
    await answer(9);
    // Scheduled once counted (within a quarter of a second), one per detractor.
    const scheduled = test.db.connection.collection('webhook_scheduled');
    const announcements = async () =>
      (await scheduled.find().toArray()).flatMap((parcel) => parcel['deliveries'] as { response: string }[]);
    await expect.poll(async () => (await announcements()).length).toBe(3);
    // The comment comes after the score, as the widget sends it: the announcement carries it.
    await answer(2, { clientResponseId: ids[0], comment: 'Nobody called back' });
    await test.admin('mutation ($input: RecordFollowUpInput!) { recordFollowUp(input: $input) { id } }', {
      input: { responseId: followedUp, by: 'ana@shop.example', reasons: ['PRICE'] },
    });
    expect((await announcements()).map((delivery) => delivery.response)).not.toContain(followedUp);
    await later(19);
    expect(received).toHaveLength(0);
    await later(21);
    expect(received).toHaveLength(2);
    // Again (another poll, another instance): nothing more.
    await later(22);
    expect(received).toHaveLength(2);
    const announced = received.map(
      (request) =>
        JSON.parse(request.body) as {
          type: string;
          data: { response: { id: string; comment: string | null }; dueAt: string };
        },
    );
    expect(announced.every((event) => event.type === 'detractor.overdue')).toBe(true);
    expect(announced.map((event) => event.data.response.id)).not.toContain(followedUp);
    expect(announced.find((event) => event.data.response.id === late)?.data.response.comment).toBe(
      'Nobody called back',
    );
  });

  it('send a signed test event on request, and say how it went', async () => {
    const { url, received } = await receiver([200]);
    const { id, secret } = await subscribe(url);
    const { testWebhook } = await test.admin<{
      testWebhook: { id: string; status: string; attempts: number; lastStatus: number };
    }>('mutation ($id: ID!) { testWebhook(id: $id) { id status attempts lastStatus } }', { id });
    expect(testWebhook).toMatchObject({ status: 'DELIVERED', attempts: 1, lastStatus: 200 });
    const request = received[0] as Received;
    expect(new Verifier(secret).verify(request.body, request.headers)).toMatchObject({
      data: { test: true },
    });
    // Logged, but not sent again: it has no answer to be read from.
    const again = await test.gql(
      'mutation ($w: ID!, $d: ID!) { redeliverWebhook(webhookId: $w, deliveryId: $d) { id } }',
      { w: id, d: testWebhook.id },
      { token: ADMIN_TOKEN },
    );
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'deliveryId' });
    expect(received).toHaveLength(1);
  });

  it('go with an erased answer: its comment is not sent after the erasure', async () => {
    const { url, received } = await receiver([500]);
    await subscribe(url);
    const clientResponseId = randomUUID();
    await answer(1, { clientResponseId, comment: 'Call me back', attributes: { customerId: 'erase-me' } });
    await expect.poll(() => received.length, { timeout: 5_000 }).toBe(1);
    await test.admin('mutation { eraseRespondent(customerId: "erase-me") { responses } }');
    const erased = `${survey.id}:${clientResponseId}`;
    // Gone everywhere (one being recorded as the erasure ran is taken out by its own instance a moment later).
    for (const [collection, field] of [
      ['webhook_outbox', 'deliveries.response'],
      ['webhook_backlog', 'deliveries.response'],
      ['webhook_scheduled', 'deliveries.response'],
      ['webhook_deliveries', 'response'],
    ] as const) {
      await expect
        .poll(() => test.db.connection.collection(collection).countDocuments({ [field]: erased }))
        .toBe(0);
    }
    await later(1);
    expect(received).toHaveLength(1);
  });

  it("write a Slack message for a SLACK subscription, in the survey's default language", async () => {
    const { url, received } = await receiver([200]);
    const { createWebhook } = await test.admin<{ createWebhook: { webhook: { id: string } } }>(CREATE, {
      input: {
        surveyId: survey.id,
        url,
        events: ['RESPONSE_CREATED'],
        format: 'SLACK',
        filter: { categories: ['DETRACTOR'] },
      },
    });
    expect(createWebhook.webhook.id).toBeTruthy();
    await answer(10);
    await answer(0, { comment: 'Never again' });
    await expect.poll(() => received.length, { timeout: 5_000 }).toBe(1);
    const message = JSON.parse((received[0] as Received).body) as {
      text: string;
      blocks: { text?: { text: string } }[];
    };
    expect(message.text).toBe('New response for Kafe: 0/10, Detractor');
    expect(message.blocks.map((block) => block.text?.text)).toContain('Never again');
  });

  it('are redelivered on request, now, with the same id', async () => {
    const { url, received } = await receiver([200]);
    const { id } = await subscribe(url);
    await answer(10);
    await expect.poll(() => received.length, { timeout: 5_000 }).toBe(1);
    const logged = async () =>
      (
        await test.admin<{ webhookDeliveries: { edges: { node: { id: string; status: string } }[] } }>(
          DELIVERIES,
          { id },
        )
      ).webhookDeliveries.edges[0]?.node;
    // Recorded a moment after the receiver has it.
    await expect.poll(async () => (await logged())?.status).toBe('DELIVERED');
    const deliveryId = (await logged())?.id;
    const { redeliverWebhook } = await test.admin<{ redeliverWebhook: { status: string; attempts: number } }>(
      'mutation ($w: ID!, $d: ID!) { redeliverWebhook(webhookId: $w, deliveryId: $d) { status attempts } }',
      { w: id, d: deliveryId },
    );
    expect(redeliverWebhook).toEqual({ status: 'DELIVERED', attempts: 2 });
    expect(received).toHaveLength(2);
    expect(received[1]?.headers['webhook-id']).toBe(received[0]?.headers['webhook-id']);
  });
});
