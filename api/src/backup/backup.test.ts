import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mongo } from 'mongoose';
import { Webhook as Verifier } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { ADMIN_TOKEN, createDemoSurvey, ORIGIN, SUBMIT, startTestApp, type TestApp } from '../testing/app.ts';
import { openTestDatabase } from '../testing/database.ts';
import { recountNps, reportedCounts } from '../testing/recount.ts';
import { COLLECTIONS, exportDatabase, importDatabase } from './backup.ts';

/** Backup and move: export from a database under load, import into another, and back; the counts rebuilt exact. */
let source: TestApp;
let dir: string;
const quiet = () => {};

beforeAll(async () => {
  source = await startTestApp('backup_source');
  dir = await mkdtemp(join(tmpdir(), 'nps-backup-'));
});
afterAll(async () => {
  await source?.close();
  await rm(dir, { recursive: true, force: true });
});

const submit = (siteKey: string, input: Record<string, unknown> = {}) =>
  source.gql(
    SUBMIT,
    { input: { siteKey, clientResponseId: randomUUID(), score: 4, language: 'el', market: 'GR', ...input } },
    { origin: ORIGIN },
  );

/** A collection's documents as Extended JSON, by `_id`: what an export and an import must keep as they are. */
async function documents(db: Database, name: string): Promise<string[]> {
  const docs = await db.connection
    .collection(name)
    .find({}, { sort: { _id: 1 } })
    .toArray();
  return docs.map((doc) => mongo.BSON.EJSON.stringify(doc, { relaxed: false }));
}

describe('db:export and db:import', () => {
  it('move every document from a database under load, and the counts equal the answers moved', async () => {
    const surveys = [await createDemoSurvey(source), await createDemoSurvey(source, { brand: 'Second' })];
    await source.admin('mutation ($id: ID!) { createReadToken(surveyId: $id, label: "dpo") { token } }', {
      id: surveys[0]?.id,
    });
    for (let i = 0; i < 60; i++) {
      await submit(surveys[i % 2]?.siteKey ?? '', {
        score: i % 11,
        attributes: { customerId: `c-${i % 7}` },
      });
    }
    const detractor = await source.db.connection.collection('responses').findOne({ score: 0 });
    await source.gql(
      'mutation ($input: RecordFollowUpInput!) { recordFollowUp(input: $input) { id } }',
      { input: { responseId: detractor?._id, by: 'Ana', note: 'Called', reasons: ['PRICE'] } },
      { token: ADMIN_TOKEN },
    );

    // Answers keep arriving while the export runs.
    const arriving = Array.from({ length: 300 }, (_, i) =>
      submit(surveys[i % 2]?.siteKey ?? '', { score: i % 11 }),
    );
    const exported = join(dir, 'first');
    const manifest = await exportDatabase(source.db.connection, exported, quiet);
    await Promise.all(arriving);
    expect(manifest.collections['responses']?.documents).toBeGreaterThanOrEqual(60);

    const target = await openTestDatabase('backup_target');
    try {
      const { responses } = await importDatabase(target.connection, exported, {}, quiet);
      expect(responses).toBe(manifest.collections['responses']?.documents);
      for (const name of COLLECTIONS) {
        const lines = (await readFile(join(exported, `${name}.ndjson`), 'utf8')).split('\n').filter(Boolean);
        expect(await documents(target, name), name).toEqual(lines);
      }
      const moved = await startTestApp('backup_target', {}, target);
      try {
        for (const survey of surveys) {
          expect(await reportedCounts(moved, survey.id)).toEqual(
            await recountNps(target.connection, survey.id, ['LANGUAGE', 'MARKET'], 'DAY'),
          );
        }
      } finally {
        await moved.close(true);
      }

      // A database that holds data is refused, unless told to replace it.
      await expect(importDatabase(target.connection, exported, {}, quiet)).rejects.toThrow(/holds data/);
      await importDatabase(target.connection, exported, { replace: true }, quiet);

      // And back: exported again, the same files.
      const back = join(dir, 'back');
      const again = await exportDatabase(target.connection, back, quiet);
      expect(again.collections).toEqual(manifest.collections);
    } finally {
      await target.close();
    }
  });

  it('loads nothing from a damaged backup', async () => {
    const exported = join(dir, 'damaged');
    await exportDatabase(source.db.connection, exported, quiet);
    const file = join(exported, 'responses.ndjson');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('"score":{"$numberInt":"4"}', '"score":{"$numberInt":"5"}'));
    const target = await openTestDatabase('backup_damaged');
    try {
      await expect(importDatabase(target.connection, exported, {}, quiet)).rejects.toThrow(/does not match/);
      expect(await target.connection.collection('responses').countDocuments()).toBe(0);
    } finally {
      await target.close();
    }
  });

  it('carry on elsewhere: subscriptions with their secrets, and the events waiting, delivered by the restored API', async () => {
    const app = await startTestApp('backup_webhooks', { webhooksAllowPrivate: true });
    let up = false;
    const received: { headers: Record<string, string>; body: string }[] = [];
    const receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        if (up) received.push({ headers: req.headers as Record<string, string>, body });
        res.writeHead(up ? 204 : 503).end();
      });
    });
    await new Promise<void>((done) => receiver.listen(0, '127.0.0.1', done));
    const target = await openTestDatabase('backup_webhooks_target');
    try {
      const survey = await createDemoSurvey(app);
      const { createWebhook } = await app.admin<{ createWebhook: { secret: string } }>(
        'mutation ($input: CreateWebhookInput!) { createWebhook(input: $input) { secret } }',
        {
          input: {
            surveyId: survey.id,
            url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`,
            events: ['RESPONSE_CREATED'],
          },
        },
      );
      const ids = [randomUUID(), randomUUID(), randomUUID()];
      for (const id of ids) {
        await app.gql(
          SUBMIT,
          { input: { siteKey: survey.siteKey, clientResponseId: id, score: 2, language: 'en' } },
          { origin: ORIGIN },
        );
      }
      // The receiver is down: the events wait (the first one failed, the others behind it).
      await expect
        .poll(async () => {
          const db = app.db.connection;
          const waiting =
            (await db.collection('webhook_outbox').countDocuments()) +
            (await db.collection('webhook_backlog').countDocuments());
          return waiting > 0 && (await db.collection('webhook_deliveries').countDocuments()) === 0;
        })
        .toBe(true);
      const exported = join(dir, 'webhooks');
      await exportDatabase(app.db.connection, exported, quiet);
      await app.close();

      // Readable by its owner alone.
      expect((await stat(exported)).mode & 0o777).toBe(0o700);
      for (const file of await readdir(exported)) {
        expect((await stat(join(exported, file))).mode & 0o777, file).toBe(0o600);
      }

      await importDatabase(target.connection, exported, {}, quiet);
      up = true;
      const restored = await startTestApp('backup_webhooks_target', { webhooksAllowPrivate: true }, target);
      try {
        // The paused subscription's next try, as if its backoff had passed.
        await expect
          .poll(
            async () => {
              await restored.app.services.webhookDelivery.runDue(new Date(Date.now() + 7 * 3_600_000));
              return received.length;
            },
            { timeout: 20_000, interval: 500 },
          )
          .toBeGreaterThanOrEqual(3);
        const verifier = new Verifier(createWebhook.secret);
        const events = received.map(
          ({ headers, body }) => verifier.verify(body, headers) as { data: { response: { id: string } } },
        );
        const sent = new Set(events.map((event) => event.data.response.id.split(':')[1]));
        expect([...sent].sort()).toEqual([...ids].sort());
      } finally {
        await restored.close(true);
      }
    } finally {
      receiver.closeAllConnections();
      receiver.close();
      await target.close();
    }
  });
});
