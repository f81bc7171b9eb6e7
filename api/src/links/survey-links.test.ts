import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerHash } from '../ingest/customer-contacts.ts';
import { createDemoSurvey, ORIGIN, SUBMIT, startTestApp, type TestApp } from '../testing/app.ts';
import { PAGE_LOCALES } from './texts/all.ts';

/** The email snippet, the signed links and the hosted survey page, over HTTP, on a real database. */
let test: TestApp;
let survey: { id: string; siteKey: string };

beforeAll(async () => {
  test = await startTestApp('survey-links');
  survey = await createDemoSurvey(test);
});
afterAll(() => test.close());

interface Links {
  language: string;
  pageUrl: string;
  scoreUrls: string[];
  html: string;
  text: string;
  expiresAt: string;
  customerAnsweredRecently: boolean;
}
const LINKS = /* GraphQL */ `
  query ($id: ID!, $recipients: [SurveyLinkInput!]!) {
    surveyLinks(surveyId: $id, recipients: $recipients) {
      language pageUrl scoreUrls html text expiresAt customerAnsweredRecently
    }
  }
`;
const linksFor = async (recipients: object[], id = survey.id) =>
  (await test.admin<{ surveyLinks: Links[] }>(LINKS, { id, recipients })).surveyLinks;

const NPS = /* GraphQL */ `
  query ($id: ID!, $filter: NpsFilter, $groupBy: [NpsDimension!]) {
    nps(surveyId: $id, filter: $filter, groupBy: $groupBy) {
      overall { responses promoters detractors }
      segments { channel language score { responses promoters passives detractors } }
    }
  }
`;
type Nps = {
  nps: {
    overall: { responses: number; promoters: number; detractors: number };
    segments: {
      channel: string | null;
      language: string | null;
      score: { responses: number; promoters: number; passives: number; detractors: number };
    }[];
  };
};
const nps = (id: string, groupBy: string[] = [], filter: object = {}) =>
  test.admin<Nps>(NPS, { id, groupBy, filter }).then((r) => r.nps);
const ANSWERS = /* GraphQL */ `
  query ($id: ID!, $filter: ResponseFilter) {
    responses(surveyId: $id, filter: $filter, first: 100) {
      edges { node { score comment channel language market attributes } }
    }
  }
`;
type Answer = {
  score: number;
  comment: string | null;
  channel: string;
  language: string;
  market: string | null;
  attributes: Record<string, unknown> | null;
};
const answers = async (id: string, filter: object = {}) =>
  (
    await test.admin<{ responses: { edges: { node: Answer }[] } }>(ANSWERS, { id, filter })
  ).responses.edges.map((edge) => edge.node);

/** A form post, as a browser without JavaScript makes it. */
const postForm = (url: string, fields: Record<string, string>) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
const postJson = (url: string, body: object) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const newSurvey = () => createDemoSurvey(test);

describe('the email snippet', () => {
  it('is HTML that mail clients keep: tables, inline styles and eleven links, nothing they drop', async () => {
    const [links] = await linksFor([{ language: 'el', market: 'CY', customer: 'c-1', send: 's-1' }]);
    const html = links?.html ?? '';
    expect(html).not.toMatch(/<(script|form|input|button|style|link|iframe|img|svg|object)\b/i);
    expect(html).not.toMatch(/\son\w+=/i);
    expect(html).not.toMatch(/\sclass=/i);
    expect(html).toContain('Πόσο πιθανό');
    expect(html).toMatch(/^<table role="presentation" dir="ltr" lang="el"/);
    const hrefs = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]?.replaceAll('&#38;', '&'));
    expect(hrefs).toEqual(links?.scoreUrls);
    expect(links?.scoreUrls.map((url) => new URL(url).searchParams.get('score'))).toEqual(
      Array.from({ length: 11 }, (_, score) => String(score)),
    );
    expect(links?.text.split('\n').filter((line) => /^\d+.*: https?:/.test(line))).toHaveLength(11);
  });

  it('is in each language of the survey, the owner’s own wording first', async () => {
    const all = await linksFor(Object.keys(PAGE_LOCALES).map((language) => ({ language })));
    expect(new Set(all.map((links) => links.html)).size).toBe(6);
    for (const links of all) expect(links.html).toContain(PAGE_LOCALES[links.language as 'en'].emailPrompt);

    const own = await createDemoSurvey(test, {
      texts: [{ language: 'el', key: 'question', text: 'Θα προτείνατε το {{brand}} σε φίλους;' }],
    });
    const [greek, turkish] = await linksFor([{ language: 'el' }, { language: 'tr' }], own.id);
    expect(greek?.html).toContain('Θα προτείνατε το Kafe σε φίλους;');
    expect(greek?.text.split('\n')[0]).toBe('Θα προτείνατε το Kafe σε φίλους;');
    expect(turkish?.html).toContain('Kafe');
    expect(turkish?.html).not.toContain('Θα προτείνατε');
  });

  it('refuses a language, market, expiry or id the survey cannot take, naming the field', async () => {
    const refused = async (recipient: object) =>
      (
        await test.gql(
          LINKS,
          { id: survey.id, recipients: [recipient] },
          { token: 'test-admin-token-0123456789abcdefghij' },
        )
      ).errors?.[0]?.extensions;
    expect(await refused({ language: 'fr' })).toMatchObject({ field: 'recipients[0].language' });
    expect(await refused({ language: 'el', market: 'FR' })).toMatchObject({ field: 'recipients[0].market' });
    expect(await refused({ language: 'el', expiresInDays: 400 })).toMatchObject({
      field: 'recipients[0].expiresInDays',
    });
    expect(await refused({ language: 'el', customer: 'x'.repeat(201) })).toMatchObject({
      field: 'recipients[0].customer',
    });
  });
});

describe('a score link', () => {
  it('records nothing when opened (a mail gateway opening all eleven), and the score chosen when posted', async () => {
    const own = await newSurvey();
    const [links] = await linksFor(
      [{ language: 'tr', market: 'TR', customer: 'c-7', send: 'order-7' }],
      own.id,
    );
    const urls = links?.scoreUrls ?? [];
    for (const url of urls) {
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('lang="tr"');
    }
    expect((await nps(own.id)).overall.responses).toBe(0);

    // 3, then 8 (the customer changed their mind): one answer, the last score.
    expect((await postForm(urls[3] ?? '', { score: '3' })).status).toBe(200);
    expect((await nps(own.id)).overall).toMatchObject({ responses: 1, detractors: 1 });
    const second = await postForm(urls[8] ?? '', { score: '8', comment: 'Hızlı teslimat' });
    expect(await second.text()).toContain('Geri bildiriminiz için teşekkür ederiz');
    expect((await nps(own.id)).overall).toMatchObject({ responses: 1, detractors: 0, promoters: 0 });
    expect(await answers(own.id)).toEqual([
      expect.objectContaining({
        score: 8,
        comment: 'Hızlı teslimat',
        channel: 'EMAIL',
        language: 'tr',
        market: 'TR',
        attributes: { customerId: 'c-7', send: 'order-7' },
      }),
    ]);
  });

  it('records one answer per click in each language, every later score changing it, counted exactly', async () => {
    const own = await newSurvey();
    const languages = Object.keys(PAGE_LOCALES);
    const all = await linksFor(
      languages.map((language) => ({ language, customer: `c-${language}`, send: 'weekly' })),
      own.id,
    );
    for (const links of all) {
      for (const score of [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) {
        expect((await postForm(links.scoreUrls[score] ?? '', { score: String(score) })).status).toBe(200);
        const mine = (await answers(own.id)).filter(
          (a) => a.attributes?.['customerId'] === `c-${links.language}`,
        );
        expect(mine.map((a) => [a.score, a.channel, a.language])).toEqual([[score, 'EMAIL', links.language]]);
      }
    }
    // Ten changes each (the most an answer takes); every customer's last score, 10, counted once.
    await expect
      .poll(async () => (await nps(own.id)).overall)
      .toMatchObject({ responses: languages.length, promoters: languages.length });
  });

  it('keeps a customer’s answer theirs: a plain link naming them, or a campaign’s link without one, adds answers', async () => {
    const own = await newSurvey();
    const [mine, campaign] = await linksFor(
      [
        { language: 'en', customer: 'c-1' },
        { language: 'en', send: 'newsletter' },
      ],
      own.id,
    );
    await postForm(mine?.scoreUrls[9] ?? '', { score: '9' });
    await postForm(`${test.url}/s/${own.siteKey}?lang=en&customer=c-1`, {
      score: '0',
      answerId: crypto.randomUUID(),
    });
    for (const score of ['2', '3']) {
      await postForm(campaign?.scoreUrls[Number(score)] ?? '', { score, answerId: crypto.randomUUID() });
    }
    expect((await answers(own.id)).map((a) => [a.score, a.channel]).sort()).toEqual([
      [0, 'LINK'],
      [2, 'EMAIL'],
      [3, 'EMAIL'],
      [9, 'EMAIL'],
    ]);
  });

  it('counts a second send to the same customer as a second answer', async () => {
    const own = await newSurvey();
    const sends = await linksFor(
      [
        { language: 'ro', customer: 'c-9', send: 'a' },
        { language: 'ro', customer: 'c-9', send: 'b' },
      ],
      own.id,
    );
    for (const links of sends) await postForm(links.scoreUrls[10] ?? '', { score: '10' });
    expect((await nps(own.id)).overall).toMatchObject({ responses: 2, promoters: 2 });
  });

  it.each([
    ['changed', (url: URL) => url.searchParams.set('score', '10'), 400, 'invalidTitle'],
    ['made up', (url: URL) => url.searchParams.set('sig', 'x'.repeat(22)), 400, 'invalidTitle'],
    ['for another customer', (url: URL) => url.searchParams.set('customer', 'c-2'), 400, 'invalidTitle'],
  ] as const)(
    'is refused when %s, with a page in its language, and stores nothing',
    async (_, alter, status, title) => {
      const own = await newSurvey();
      const [links] = await linksFor([{ language: 'mk', customer: 'c-1' }], own.id);
      const url = new URL(links?.scoreUrls[2] ?? '');
      alter(url);
      for (const response of [await fetch(url), await postForm(url.href, { score: '2' })]) {
        expect(response.status).toBe(status);
        const page = await response.text();
        expect(page).toContain('lang="mk"');
        expect(page).toContain(PAGE_LOCALES.mk[title]);
      }
      expect((await nps(own.id)).overall.responses).toBe(0);
    },
  );

  it('is refused once expired, and once the survey’s link key is rotated', async () => {
    const own = await newSurvey();
    const [links] = await linksFor([{ language: 'id', expiresInDays: 1 }], own.id);
    const url = links?.scoreUrls[9] ?? '';
    const later = Date.now() + 2 * 86_400_000;
    const opened = await test.app.services.links.open(own.siteKey, new URL(url).searchParams, { now: later });
    expect(opened).toMatchObject({ ok: false, refusal: 'expired', language: 'id' });

    const version = async () =>
      (
        await test.admin<{ survey: { version: number } }>(
          'query ($id: ID!) { survey(id: $id) { version } }',
          { id: own.id },
        )
      ).survey.version;
    const before = await version();
    await test.admin('mutation ($id: ID!) { rotateSurveyLinkKey(surveyId: $id) { id } }', { id: own.id });
    // Not a change of its settings: an owner saving the version they read is not refused for it.
    expect(await version()).toBe(before);
    // The other instances see the new key within the survey cache's second; this one at once.
    const refused = await postForm(url, { score: '9' });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain(PAGE_LOCALES.id.invalidTitle);
    const [fresh] = await linksFor([{ language: 'id' }], own.id);
    const accepted = await postForm(fresh?.scoreUrls[9] ?? '', { score: '9', answerId: crypto.randomUUID() });
    expect(accepted.status).toBe(200);
    expect((await nps(own.id)).overall.responses).toBe(1);
  });
});

describe('the hosted page', () => {
  it('takes a score, then the comment, as plain form posts: one answer, the LINK channel', async () => {
    const own = await newSurvey();
    const page = `${test.url}/s/${own.siteKey}?lang=el&market=CY`;
    const form = await (await fetch(page)).text();
    expect(form).toContain('<form class="card" method="post"');
    const answerId = /name="answerId" value="([^"]+)"/.exec(form)?.[1] ?? '';
    const afterScore = await (await postForm(page, { score: '6', answerId })).text();
    expect(afterScore).toContain('Τι σας απογοήτευσε');
    expect(afterScore).not.toContain('<script');
    await postForm(page, { score: '6', answerId, comment: 'Αργή παράδοση <b>x</b>' });
    expect(await answers(own.id)).toEqual([
      expect.objectContaining({ score: 6, comment: 'Αργή παράδοση <b>x</b>', channel: 'LINK', market: 'CY' }),
    ]);
    const missing = await postForm(page, { answerId });
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain(PAGE_LOCALES.el.chooseScore);
  });

  it('asks a plain link without a language in the browser’s first one the survey has', async () => {
    const own = await newSurvey();
    const page = await fetch(`${test.url}/s/${own.siteKey}`, {
      headers: { 'accept-language': 'fr-FR, ro;q=0.9, en;q=0.5' },
    });
    expect(await page.text()).toContain('<html lang="ro"');
  });

  it('takes the page script’s JSON posts, and refuses a bad score by its field', async () => {
    const own = await newSurvey();
    const page = `${test.url}/s/${own.siteKey}?lang=en`;
    const answerId = crypto.randomUUID();
    expect(await (await postJson(page, { score: 9, answerId })).json()).toMatchObject({
      category: 'PROMOTER',
    });
    const bad = await postJson(page, { score: 11, answerId });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 'BAD_USER_INPUT', field: 'score' });
  });

  it('refuses a path it cannot read, and a body over its size, without storing anything', async () => {
    const broken = await fetch(`${test.url}/s/%E0%A4%A?lang=el`);
    expect(broken.status).toBe(400);
    expect(await broken.text()).toContain(PAGE_LOCALES.el.invalidTitle);
    const own = await newSurvey();
    const huge = await postForm(`${test.url}/s/${own.siteKey}?lang=en`, {
      score: '5',
      answerId: crypto.randomUUID(),
      comment: 'x'.repeat(40_000),
    });
    expect(huge.status).toBe(413);
    expect((await nps(own.id)).overall.responses).toBe(0);
  });

  it('says a survey that is not active is closed, and an unknown one does not work', async () => {
    const own = await newSurvey();
    await test.admin('mutation ($id: ID!) { updateSurvey(id: $id, input: { active: false }) { id } }', {
      id: own.id,
    });
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const closed = await fetch(`${test.url}/s/${own.siteKey}?lang=ro`);
    expect(closed.status).toBe(403);
    expect(await closed.text()).toContain(PAGE_LOCALES.ro.closedTitle);
    const unknown = await fetch(`${test.url}/s/pk_nothing?lang=tr`);
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain(PAGE_LOCALES.tr.invalidTitle);
  });
});

describe('channels', () => {
  it('are a dimension and a filter of nps, equal to a recount of the answers', async () => {
    const own = await newSurvey();
    const [mailed, texted] = await linksFor(
      [
        { language: 'el', customer: 'c-1' },
        { language: 'el', customer: 'c-2' },
      ],
      own.id,
    );
    await postForm(mailed?.scoreUrls[0] ?? '', { score: '0' });
    await postForm(texted?.pageUrl ?? '', { score: '7' });
    for (const score of [10, 9, 5]) {
      await test.gql(
        SUBMIT,
        { input: { siteKey: own.siteKey, clientResponseId: crypto.randomUUID(), score, language: 'el' } },
        { origin: ORIGIN },
      );
    }
    const report = await nps(own.id, ['CHANNEL']);
    const byChannel = Object.fromEntries(report.segments.map((s) => [s.channel, s.score]));
    const stored = await answers(own.id);
    for (const channel of ['WIDGET', 'EMAIL', 'LINK']) {
      const mine = stored.filter((answer) => answer.channel === channel);
      expect(byChannel[channel]).toMatchObject({
        responses: mine.length,
        promoters: mine.filter((a) => a.score >= 9).length,
        detractors: mine.filter((a) => a.score <= 6).length,
      });
    }
    expect((await nps(own.id, [], { channels: ['EMAIL', 'LINK'] })).overall.responses).toBe(2);
    expect(await answers(own.id, { channels: ['WIDGET'] })).toHaveLength(3);
  });

  it('are erased with their customer, and their counts with them', async () => {
    const own = await newSurvey();
    const [links] = await linksFor([{ language: 'tr', customer: 'erase-me', send: 'x' }], own.id);
    await postForm(links?.scoreUrls[2] ?? '', { score: '2', comment: 'Kötü' });
    expect((await nps(own.id)).overall.responses).toBe(1);
    await test.admin(
      'mutation ($c: String!, $s: ID) { eraseRespondent(customerId: $c, surveyId: $s) { responses } }',
      {
        c: 'erase-me',
        s: own.id,
      },
    );
    expect(await answers(own.id)).toEqual([]);
    await expect.poll(async () => (await nps(own.id)).overall.responses).toBe(0);
    // The link again: the answer is gone for good, not stored anew.
    await postForm(links?.scoreUrls[2] ?? '', { score: '2' });
    expect(await answers(own.id)).toEqual([]);
  });

  it('share the recontact period: a customer who answered by email is not asked by the widget, and the other way round', async () => {
    const own = await newSurvey();
    const [byEmail] = await linksFor([{ language: 'en', customer: 'mail-1' }], own.id);
    await postForm(byEmail?.scoreUrls[9] ?? '', { score: '9' });
    const config = await test.gql<{ surveyConfig: { customerAnsweredRecently: boolean } }>(
      'query ($k: String!, $c: String) { surveyConfig(siteKey: $k, customer: $c) { customerAnsweredRecently } }',
      { k: own.siteKey, c: customerHash(own.siteKey, 'mail-1') },
      { origin: ORIGIN },
    );
    expect(config.data?.surveyConfig.customerAnsweredRecently).toBe(true);

    await test.gql(
      SUBMIT,
      {
        input: {
          siteKey: own.siteKey,
          clientResponseId: crypto.randomUUID(),
          score: 4,
          language: 'en',
          attributes: { customerId: 'web-1' },
        },
      },
      { origin: ORIGIN },
    );
    const links = await linksFor(
      [
        { language: 'en', customer: 'web-1' },
        { language: 'en', customer: 'never' },
      ],
      own.id,
    );
    expect(links.map((l) => l.customerAnsweredRecently)).toEqual([true, false]);
  });
});
