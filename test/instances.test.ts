import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { NpsDimension, TimeBucket } from '@nps/schema/types';
import mongoose, { type Connection } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../api/src/config.ts';
import { ensureFerretDB } from '../api/src/db/embedded/ferretdb-install.ts';
import { type RunningFerretDB, startFerretDB } from '../api/src/db/embedded/ferretdb-server.ts';
import {
  countsOf,
  customThemeCountsOf,
  NPS_COUNTS,
  recountCustomThemes,
  recountNps,
  recountThemes,
  THEME_COUNTS,
  themeCountsOf,
} from '../api/src/testing/recount.ts';
import {
  type Answer,
  answers,
  createSurvey,
  freePort,
  graphql,
  type Product,
  startProduct,
  submitAnswer,
} from './product.ts';

/**
 * Three API processes over one FerretDB, as a load balancer would spread a site's visitors over them: 2,100
 * answers from 200 concurrent clients, round-robin (a third from the widget, a third by an email's score links, a
 * third on the hosted survey page), a third of them sent again to another instance, and one
 * instance killed -9 mid-load and never restarted. Every acknowledged answer must be stored once; the dead
 * instance's answers must count on the survivors within 10 s of the kill; and every survivor's reports, in every
 * grouping and bucket, must equal a recount of the raw answers. Meanwhile analysts correct the themes of some
 * widget answers' comments, on any instance: every acknowledged correction must hold, and the theme counts of every
 * survivor must equal a recount of the answers' themes.
 */
const ADMIN_TOKEN = 'instances-admin-token-0123456789abcdefghij';
const ORIGIN = 'https://shop.example';
const ANSWERS = 2_100;
const CLIENTS = 200;
/** Answers for the instance to be killed are Romanian (market RO); the others', not. */
const VICTIM_SEGMENT = ['ro', 'RO'] as const;
const OTHER_SEGMENTS = [
  ['en', 'US'],
  ['el', 'GR'],
  ['el', 'CY'],
  ['tr', 'TR'],
] as const;

let dataDir: string;
let database: RunningFerretDB;
let db: Connection;
let instances: Product[];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'nps-e2e-instances-'));
  const binary = await ensureFerretDB(loadConfig().toolsDir, () => {});
  database = await startFerretDB({ binary, dataDir: join(dataDir, 'ferretdb'), log: () => {} });
  const env = {
    MONGODB_URI: database.uri,
    NODE_ENV: 'production',
    NPS_DEMO: '0',
    NPS_ADMIN_TOKEN: ADMIN_TOKEN,
    RATE_LIMIT_IP_PER_MINUTE: '1000000',
    RATE_LIMIT_SITE_KEY_PER_MINUTE: '1000000',
  };
  instances = [];
  for (let i = 0; i < 3; i++) {
    instances.push(await startProduct(join(dataDir, `api-${i}`), await freePort(), env));
  }
  db = await mongoose.createConnection(database.uri, { dbName: 'nps' }).asPromise();
});

afterAll(async () => {
  await db?.close();
  for (const instance of instances ?? []) instance.process.kill('SIGTERM');
  await Promise.all((instances ?? []).map((instance) => instance.exited));
  await database?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

const GROUPINGS: NpsDimension[][] = [
  [],
  ['LANGUAGE'],
  ['MARKET'],
  ['CHANNEL'],
  ['LANGUAGE', 'MARKET'],
  ['LANGUAGE', 'CHANNEL'],
];
const BUCKETS: (TimeBucket | null)[] = [null, 'DAY', 'WEEK', 'MONTH'];

/** One report's counts, from one instance. */
async function report(url: string, surveyId: string, groupBy: NpsDimension[], bucket: TimeBucket | null) {
  const { data, errors } = await graphql<{ nps: Parameters<typeof countsOf>[0] }>(
    url,
    NPS_COUNTS,
    { id: surveyId, groupBy, bucket },
    { authorization: `Bearer ${ADMIN_TOKEN}` },
  );
  if (!data) throw new Error(JSON.stringify(errors));
  return countsOf(data.nps);
}

/** The market RO's counts, which only the killed instance's answers (and their repair) change after the kill. */
async function victimSegment(url: string | undefined, surveyId: string) {
  const counts = url
    ? await report(url, surveyId, ['MARKET'], null)
    : await recountNps(db, surveyId, ['MARKET']);
  return counts.segments.find((segment) => segment.key.endsWith('|RO|null'));
}

const CHANNELS = ['WIDGET', 'EMAIL', 'LINK'] as const;

interface SegmentLinks {
  readonly pageUrl: string;
  readonly scoreUrls: readonly string[];
}

/** A segment's signed links, without a customer (each answer keeps the id its page gave it), by `language|market`. */
async function signedLinks(url: string, surveyId: string, segments: readonly (readonly [string, string])[]) {
  const { data, errors } = await graphql<{ surveyLinks: SegmentLinks[] }>(
    url,
    'query ($id: ID!, $r: [SurveyLinkInput!]!) { surveyLinks(surveyId: $id, recipients: $r) { pageUrl scoreUrls } }',
    { id: surveyId, r: segments.map(([language, market]) => ({ language, market })) },
    { authorization: `Bearer ${ADMIN_TOKEN}` },
  );
  if (!data) throw new Error(JSON.stringify(errors));
  return new Map(data.surveyLinks.map((links, i) => [segments[i]?.join('|') ?? '', links]));
}

/** The hosted page's script posting an answer: true once acknowledged; false on any failure. */
async function answerOnPage(url: string, answer: Answer): Promise<boolean> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ score: answer.score, answerId: answer.clientResponseId }),
    });
    return response.ok;
  } catch {
    return false;
  }
}

/** Widget answers with a comment: every eighth of them. */
const COMMENT = 'Far too expensive for what it is';

/** The survey's own theme that the comment names: counted beside the built-in ones, and corrected like them. */
const VALUE = { code: 'VALUE', texts: [{ language: 'en', name: 'Value for money', cues: ['expensive'] }] };

/**
 * An analyst's correction of one theme (a built-in one, or with `custom` one of the survey's own by code), sent to
 * the instance at `url`: true once acknowledged.
 */
async function correctTheme(
  url: string,
  responseId: string,
  { theme, present, custom = false }: { theme: string; present: boolean; custom?: boolean },
): Promise<boolean> {
  try {
    const { data } = await graphql<{ corrected: { themes: string[] } }>(
      url,
      custom
        ? 'mutation ($id: ID!, $theme: String!, $present: Boolean) { corrected: correctCustomTheme(responseId: $id, code: $theme, present: $present) { themes } }'
        : 'mutation ($id: ID!, $theme: FollowUpReason!, $present: Boolean) { corrected: correctTheme(responseId: $id, theme: $theme, present: $present) { themes } }',
      { id: responseId, theme, present },
      { authorization: `Bearer ${ADMIN_TOKEN}` },
    );
    return Boolean(data?.corrected);
  } catch {
    return false;
  }
}

describe('three instances over one database, one killed -9 under load', () => {
  it('store every acknowledged answer once, and every survivor reports a recount', async () => {
    const urls = instances.map((instance) => instance.url);
    const { id: surveyId, siteKey } = await createSurvey(urls[0] as string, ADMIN_TOKEN, {
      brand: 'Three instances',
      languages: ['en', 'el', 'tr', 'ro'],
      markets: ['US', 'GR', 'CY', 'TR', 'RO'],
      allowedOrigins: [ORIGIN],
    });
    const themed = await graphql(
      urls[0] as string,
      'mutation ($id: ID!, $themes: [CustomThemeInput!]!) { updateSurvey(id: $id, input: { customThemes: $themes }) { id } }',
      { id: surveyId, themes: [VALUE] },
      { authorization: `Bearer ${ADMIN_TOKEN}` },
    );
    expect(themed.errors).toBeUndefined();
    // Answer i goes to instance i % 3; instance 2, the one to be killed, gets the Romanian ones.
    const others = answers(ANSWERS, OTHER_SEGMENTS);
    const victims = answers(ANSWERS, [VICTIM_SEGMENT]);
    const all = Array.from({ length: ANSWERS }, (_, i) => {
      const answer = (i % 3 === 2 ? victims : others)[i] as Answer;
      return CHANNELS[Math.floor(i / 3) % CHANNELS.length] === 'WIDGET' && i % 8 === 0
        ? { ...answer, comment: COMMENT }
        : answer;
    });

    const victim = instances[2] as Product;
    const acknowledged = new Set<string>();
    let killedAt = 0;
    let resubmits = 0;
    // Signed links of each segment, from one instance, posted to any: an email's score link, the hosted page's.
    const links = await signedLinks(urls[0] as string, surveyId, [VICTIM_SEGMENT, ...OTHER_SEGMENTS]);
    const submit = (url: string, answer: Answer, i: number) => {
      const channel = CHANNELS[Math.floor(i / 3) % CHANNELS.length];
      if (channel === 'WIDGET') return submitAnswer(url, siteKey, ORIGIN, answer);
      const segment = links.get(`${answer.language}|${answer.market}`);
      const link = new URL(
        channel === 'EMAIL' ? (segment?.scoreUrls[answer.score] ?? '') : (segment?.pageUrl ?? ''),
      );
      return answerOnPage(`${url}${link.pathname}${link.search}`, answer);
    };
    const indexOf = new Map(all.map((answer, i) => [answer.clientResponseId, i]));
    // Each commented answer, once stored, gets STAFF added and PRICE taken away, by two analysts on two instances.
    const corrections: {
      clientResponseId: string;
      theme: string;
      present: boolean;
      custom?: boolean;
      instance: number;
    }[] = [];
    const corrected = new Set<string>();
    const correcting: Promise<void>[] = [];
    const correct = async (correction: (typeof corrections)[number], url: string) => {
      const stored = await db
        .collection('responses')
        .findOne({ clientResponseId: correction.clientResponseId }, { projection: { _id: 1 } });
      const key = `${correction.clientResponseId}|${correction.theme}`;
      if (stored && (await correctTheme(url, String(stored._id), correction))) {
        corrected.add(key);
      }
    };
    const send = async (instance: number, answer: Answer) => {
      if (await submit(urls[instance] as string, answer, indexOf.get(answer.clientResponseId) ?? 0)) {
        acknowledged.add(answer.clientResponseId);
        // Until the kill, so that the kill finds some in flight and the load after it stays the visitors' alone.
        if (
          !killedAt &&
          answer.comment &&
          !corrections.some((c) => c.clientResponseId === answer.clientResponseId)
        ) {
          const mine = [
            {
              clientResponseId: answer.clientResponseId,
              theme: 'STAFF',
              present: true,
              instance: (instance + 1) % 3,
            },
            {
              clientResponseId: answer.clientResponseId,
              theme: 'PRICE',
              present: false,
              instance: (instance + 2) % 3,
            },
          ];
          corrections.push(...mine);
          // Not awaited: the analysts work beside the visitors, and the load keeps the visitors' pace.
          for (const c of mine) correcting.push(correct(c, urls[c.instance] as string));
        }
      }
    };
    // Each client sends its answers in turn; every third answer is sent again to the next instance (a retry after a
    // lost acknowledgement, landing elsewhere). After the kill, the victim's answers wait, so that the market RO
    // changes only by the repair of what the dead instance stored.
    const client = async (c: number) => {
      for (let i = c; i < ANSWERS; i += CLIENTS) {
        if (killedAt && i % 3 === 2) continue;
        const answer = all[i] as Answer;
        await send(i % 3, answer);
        if (Math.floor(i / 3) % 3 === 0) {
          resubmits++;
          const next = (i + 1) % 3;
          if (!killedAt || next !== 2) await send(next, answer);
        }
        if (!killedAt && acknowledged.size >= ANSWERS / 3) {
          killedAt = Date.now();
          victim.process.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
    expect(killedAt).toBeGreaterThan(0);
    expect(resubmits).toBeGreaterThanOrEqual(ANSWERS / 5);
    await victim.exited;

    // What the dead instance had stored, acknowledged or not, counts on both survivors within 10 s of the kill.
    const survivors = urls.slice(0, 2) as string[];
    const stored = await victimSegment(undefined, surveyId);
    expect(stored?.responses).toBeGreaterThan(0);
    for (const url of survivors) {
      await expect
        .poll(() => victimSegment(url, surveyId), {
          timeout: Math.max(0, killedAt + 10_000 - Date.now()),
          interval: 100,
        })
        .toEqual(stored);
    }
    console.info(
      `[instances] the dead instance's answers counted on both survivors ${Date.now() - killedAt} ms after the kill`,
    );

    // What was not acknowledged is sent again to the survivors, as the widget does, until it is.
    let left = all.filter((answer) => !acknowledged.has(answer.clientResponseId));
    for (let round = 0; left.length; round++) {
      expect(round).toBeLessThan(50);
      const ok = await Promise.all(
        left.map((answer, i) =>
          submit(survivors[i % 2] as string, answer, indexOf.get(answer.clientResponseId) ?? 0),
        ),
      );
      left = left.filter((_, i) => !ok[i]);
      if (left.length) await sleep(200);
    }
    // Corrections not acknowledged (the dead instance's among them) are made again on the survivors.
    await Promise.all(correcting);
    let uncorrected = corrections.filter((c) => !corrected.has(`${c.clientResponseId}|${c.theme}`));
    console.info(
      `[instances] ${corrections.length} theme corrections on three instances, ${uncorrected.length} made again on the survivors`,
    );
    // Then every other commented answer loses the survey's own VALUE, by analysts on both survivors at once.
    uncorrected.push(
      ...[...new Set(corrections.map((c) => c.clientResponseId))]
        .filter((_, i) => i % 2 === 0)
        .map((clientResponseId) => ({
          clientResponseId,
          theme: 'VALUE',
          present: false,
          custom: true,
          instance: 0,
        })),
    );
    corrections.push(...uncorrected.filter((c) => c.custom));
    for (let round = 0; uncorrected.length; round++) {
      expect(round).toBeLessThan(50);
      await Promise.all(uncorrected.map((c, i) => correct(c, survivors[i % 2] as string)));
      uncorrected = uncorrected.filter((c) => !corrected.has(`${c.clientResponseId}|${c.theme}`));
    }
    expect(corrections.length).toBeGreaterThanOrEqual(ANSWERS / 50);
    const acknowledgedAt = Date.now();

    // Every survivor: a recount, within the 2-second bound of the last acknowledgement...
    const everything = await recountNps(db, surveyId);
    for (const url of survivors) {
      await expect
        .poll(() => report(url, surveyId, [], null), {
          timeout: Math.max(0, acknowledgedAt + 2_000 - Date.now()),
          interval: 100,
        })
        .toEqual(everything);
    }
    const rows = await db
      .collection('responses')
      .find(
        { survey: new mongoose.Types.ObjectId(surveyId) },
        { projection: { clientResponseId: 1, score: 1, channel: 1 } },
      )
      .toArray();
    expect(rows).toHaveLength(ANSWERS);
    const byId = new Map(rows.map((doc) => [doc['clientResponseId'] as string, doc]));
    all.forEach((answer, i) => {
      expect(byId.get(answer.clientResponseId)).toMatchObject({
        score: answer.score,
        channel: CHANNELS[Math.floor(i / 3) % CHANNELS.length],
      });
    });

    // Every correction holds, and every survivor's theme counts are a recount of the answers' themes.
    const commented = await db
      .collection('responses')
      .find(
        { survey: new mongoose.Types.ObjectId(surveyId), comment: COMMENT },
        { projection: { themes: 1, clientResponseId: 1, score: 1, language: 1 } },
      )
      .toArray();
    const correctedIds = new Set(corrections.map((c) => c.clientResponseId));
    const correctedAnswers = commented.filter((answer) => correctedIds.has(answer['clientResponseId']));
    expect(correctedAnswers).toHaveLength(correctedIds.size);
    // In English (the comment is), the survey's own theme (its slot C0) is only named, so a reason for everyone
    // unless an analyst took it away; PRICE is a complaint, no reason of a promoter's.
    const valueTaken = new Set(corrections.filter((c) => c.custom).map((c) => c.clientResponseId));
    const own = (answer: (typeof commented)[number]) =>
      answer['language'] === 'en' && !valueTaken.has(answer['clientResponseId']) ? ['C0'] : [];
    expect(valueTaken.size).toBeGreaterThan(0);
    for (const answer of correctedAnswers) expect(answer['themes']).toEqual(['STAFF', ...own(answer)]);
    const english = commented.filter(
      (answer) => !correctedIds.has(answer['clientResponseId']) && answer['language'] === 'en',
    );
    expect(english.length).toBeGreaterThan(0);
    for (const answer of english) {
      expect(answer['themes']).toEqual([...((answer['score'] as number) <= 8 ? ['PRICE'] : []), 'C0']);
    }
    const themes = await recountThemes(db, surveyId);
    const owns = await recountCustomThemes(db, surveyId);
    expect(owns[0]?.responses).toBe(commented.filter((answer) => own(answer).length).length);
    for (const url of survivors) {
      await expect
        .poll(
          async () => {
            const { data } = await graphql<{
              themes: Parameters<typeof themeCountsOf>[0] & Parameters<typeof customThemeCountsOf>[0];
            }>(url, THEME_COUNTS, { id: surveyId }, { authorization: `Bearer ${ADMIN_TOKEN}` });
            return data && [themeCountsOf(data.themes), customThemeCountsOf(data.themes)];
          },
          { timeout: 2_000, interval: 100 },
        )
        .toEqual([themes, owns]);
    }

    // ... and in every grouping and bucket.
    for (const url of survivors) {
      for (const groupBy of GROUPINGS) {
        for (const bucket of BUCKETS) {
          expect(await report(url, surveyId, groupBy, bucket)).toEqual(
            await recountNps(db, surveyId, groupBy, bucket),
          );
        }
      }
    }
  });
});
