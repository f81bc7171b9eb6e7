import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Webhook as Verifier } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../api/src/config.ts';
import { ensureFerretDB } from '../api/src/db/embedded/ferretdb-install.ts';
import { type RunningFerretDB, startFerretDB } from '../api/src/db/embedded/ferretdb-server.ts';
import {
  answers,
  createSurvey,
  freePort,
  graphql,
  type Product,
  startProduct,
  submitAnswer,
} from './product.ts';

/**
 * Webhooks delivered by the product as started, over one FerretDB: at least once through a kill -9 between the
 * answers' acknowledgement and their delivery, and by one instance at a time when three run.
 */
const ADMIN_TOKEN = 'webhooks-admin-token-0123456789abcdefghij';
const ORIGIN = 'https://shop.example';

let dataDir: string;
let database: RunningFerretDB;
let receiver: Server;
let receiverUrl: string;
/** While true, the receiver answers nothing: the deliveries stay in flight (until their sender is killed). */
let holding = false;
/** Every request answered: its webhook-id, when it started and ended. */
const received: { id: string; start: number; end: number; body: string; headers: Record<string, string> }[] =
  [];

const env = () => ({
  MONGODB_URI: database.uri,
  NODE_ENV: 'production',
  NPS_DEMO: '0',
  NPS_ADMIN_TOKEN: ADMIN_TOKEN,
  NPS_WEBHOOKS_ALLOW_PRIVATE: '1',
  RATE_LIMIT_IP_PER_MINUTE: '1000000',
  RATE_LIMIT_SITE_KEY_PER_MINUTE: '1000000',
});

async function subscribedSurvey(url: string) {
  const survey = await createSurvey(url, ADMIN_TOKEN, {
    brand: 'Kafe',
    languages: ['en', 'el'],
    markets: ['US', 'GR'],
    allowedOrigins: [ORIGIN],
  });
  const { data } = await graphql<{ createWebhook: { secret: string } }>(
    url,
    'mutation ($input: CreateWebhookInput!) { createWebhook(input: $input) { secret } }',
    { input: { surveyId: survey.id, url: receiverUrl, events: ['RESPONSE_CREATED'] } },
    { authorization: `Bearer ${ADMIN_TOKEN}` },
  );
  return { ...survey, secret: data?.createWebhook.secret ?? '' };
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'nps-e2e-webhooks-'));
  const binary = await ensureFerretDB(loadConfig().toolsDir, () => {});
  database = await startFerretDB({ binary, dataDir: join(dataDir, 'ferretdb'), log: () => {} });
  // A receiver that takes 50 ms per request, so that two deliveries of one event at once would overlap.
  receiver = createServer((req, res) => {
    if (holding) return;
    const start = performance.now();
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () =>
      setTimeout(() => {
        received.push({
          id: String(req.headers['webhook-id']),
          start,
          end: performance.now(),
          body,
          headers: req.headers as Record<string, string>,
        });
        res.writeHead(200).end();
      }, 50),
    );
  });
  await new Promise<void>((done) => receiver.listen(0, '127.0.0.1', done));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
});

afterAll(async () => {
  receiver?.closeAllConnections();
  await new Promise((done) => (receiver ? receiver.close(done) : done(undefined)));
  await database?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('webhooks of the running product', () => {
  it('deliver every acknowledged answer after a kill -9 in the middle of their delivery, each event id at least once', async () => {
    const first = await startProduct(join(dataDir, 'a'), await freePort(), env());
    const survey = await subscribedSurvey(first.url);
    const sent = answers(30, [['en', 'US']]);
    holding = true;
    const acknowledged = await Promise.all(
      sent.map((answer) => submitAnswer(first.url, survey.siteKey, ORIGIN, answer)),
    );
    // Their deliveries are under way (unanswered) when the instance is killed.
    await new Promise((done) => setTimeout(done, 500));
    first.process.kill('SIGKILL');
    await first.exited;
    receiver.closeAllConnections();
    holding = false;
    const stored = acknowledged.filter(Boolean).length;
    expect(stored).toBe(30);
    expect(received.filter((r) => JSON.parse(r.body).data.surveyId === survey.id)).toHaveLength(0);

    const second = await startProduct(join(dataDir, 'b'), await freePort(), env());
    try {
      const ids = () =>
        new Set(received.filter((r) => JSON.parse(r.body).data.surveyId === survey.id).map((r) => r.id));
      // Taken over once the killed instance's writer lease runs out (5 s), its answers read again for their data.
      await expect.poll(() => ids().size, { timeout: 30_000, interval: 500 }).toBe(30);
      const verifier = new Verifier(survey.secret);
      for (const request of received.filter((r) => JSON.parse(r.body).data.surveyId === survey.id)) {
        expect(() => verifier.verify(request.body, request.headers)).not.toThrow();
      }
    } finally {
      second.process.kill('SIGTERM');
      await second.exited;
    }
  }, 90_000);

  it('deliver each event once with three instances running, never by two at the same time', async () => {
    const instances: Product[] = [];
    for (let i = 0; i < 3; i++)
      instances.push(await startProduct(join(dataDir, `i-${i}`), await freePort(), env()));
    try {
      const survey = await subscribedSurvey(instances[0]?.url ?? '');
      const sent = answers(60, [['el', 'GR']]);
      await Promise.all(
        sent.map((answer, i) => submitAnswer(instances[i % 3]?.url ?? '', survey.siteKey, ORIGIN, answer)),
      );
      const mine = () => received.filter((r) => JSON.parse(r.body).data.surveyId === survey.id);
      await expect
        .poll(() => new Set(mine().map((r) => r.id)).size, { timeout: 30_000, interval: 500 })
        .toBe(60);
      await new Promise((done) => setTimeout(done, 2_000));
      const byId = new Map<string, { start: number; end: number }[]>();
      for (const request of mine()) byId.set(request.id, [...(byId.get(request.id) ?? []), request]);
      for (const [id, requests] of byId) {
        expect(requests, id).toHaveLength(1);
      }
    } finally {
      for (const instance of instances) instance.process.kill('SIGTERM');
      await Promise.all(instances.map((instance) => instance.exited));
    }
  }, 90_000);
});
