import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, createDemoSurvey, ORIGIN, SUBMIT, startTestApp, type TestApp } from '../testing/app.ts';
import { recountCustomThemes, recountThemes, themeCounts } from '../testing/recount.ts';

const SET_THEMES = /* GraphQL */ `
  mutation ($id: ID!, $themes: [CustomThemeInput!]!, $version: Int) {
    updateSurvey(id: $id, input: { customThemes: $themes, expectedVersion: $version }) {
      version
      customThemes { code texts { language name cues } }
    }
  }
`;

const REPORT = /* GraphQL */ `
  query ($id: ID!) {
    themes(surveyId: $id) {
      overall {
        themes { theme responses promoters passives detractors }
        customThemes { code responses promoters passives detractors percent detractorPercent }
      }
    }
  }
`;

const ANSWERS = /* GraphQL */ `
  query ($id: ID!) {
    responses(surveyId: $id, first: 50) {
      edges { node { comment themes customThemes customThemeMatches { code start end polarity counted } } }
    }
  }
`;

interface Count {
  code: string;
  responses: number;
  promoters: number;
  passives: number;
  detractors: number;
}

const APP = {
  code: 'APP',
  texts: [
    { language: 'en', name: 'App', cues: ['app', 'application*'] },
    { language: 'el', name: 'Εφαρμογή', cues: ['εφαρμογ*'] },
  ],
};
const PARKING = {
  code: 'PARKING',
  texts: [
    { language: 'en', name: 'Parking', cues: ['parking', 'car park'] },
    { language: 'tr', name: 'Otopark', cues: ['otopark*'] },
  ],
};

let test: TestApp;
let surveyId: string;
let siteKey: string;

function submit(score: number, language: string, comment: string) {
  return test.gql(
    SUBMIT,
    { input: { siteKey, clientResponseId: randomUUID(), score, language, comment } },
    { origin: ORIGIN },
  );
}

async function setThemes(themes: unknown[], version?: number) {
  return test.gql<{ updateSurvey: { version: number; customThemes: (typeof APP)[] } }>(
    SET_THEMES,
    { id: surveyId, themes, version },
    { token: ADMIN_TOKEN },
  );
}

async function reported() {
  const { themes } = await test.admin<{
    themes: { overall: { themes: (Count & { theme: string })[]; customThemes: Count[] } };
  }>(REPORT, { id: surveyId });
  return themes.overall;
}

/** The survey's own themes' counts, reported and recounted from the stored answers, in one shape. */
async function customCounts() {
  const counts = (await reported()).customThemes.map(({ code, ...rest }) => ({ theme: code, ...rest }));
  return themeCounts(counts);
}

async function reclassified() {
  const read = async () =>
    (
      await test.admin<{
        survey: { reclassification: { finishedAt: string | null; startedAt: string } | null };
      }>('query ($id: ID!) { survey(id: $id) { reclassification { startedAt finishedAt } } }', {
        id: surveyId,
      })
    ).survey.reclassification;
  await expect
    .poll(async () => (await read())?.finishedAt ?? null, { timeout: 30_000, interval: 200 })
    .not.toBeNull();
}

beforeAll(async () => {
  test = await startTestApp('custom-themes');
  ({ id: surveyId, siteKey } = await createDemoSurvey(test));
});

afterAll(() => test?.close());

describe("a survey's own themes", () => {
  it('are found by their cues in each language, counted in the direction of the score, and the comments already stored classified again in the background', async () => {
    // Stored before the survey had themes of its own.
    for (const [score, language, comment] of [
      [2, 'en', 'The app keeps crashing when I pay'],
      [3, 'el', 'Η εφαρμογή κολλάει συνέχεια'],
      [4, 'tr', 'Otoparkı bulmak imkansızdı'],
      [10, 'en', 'Love the new application, so quick'],
      [3, 'en', 'The app is great but the prices are far too high'],
      [1, 'en', 'Nobody answered the phone'],
    ] as const) {
      expect((await submit(score, language, comment)).errors).toBeUndefined();
    }
    expect((await reported()).customThemes).toEqual([]);

    const set = await setThemes([APP, PARKING]);
    expect(set.errors).toBeUndefined();
    expect(set.data?.updateSurvey.customThemes).toEqual([APP, PARKING]);
    await reclassified();
    const counted = await customCounts();
    expect(counted).toEqual(await recountCustomThemes(test.db.connection, surveyId));
    // A detractor who praises the app gives no APP; one who names it without a judgement does.
    expect(counted).toEqual([
      { theme: 'APP', responses: 3, promoters: 1, passives: 0, detractors: 2 },
      { theme: 'PARKING', responses: 1, promoters: 0, passives: 0, detractors: 1 },
    ]);
    // The built-in themes are what they were.
    expect(themeCounts((await reported()).themes)).toEqual(await recountThemes(test.db.connection, surveyId));

    // A new answer is counted on arrival, and says where the theme was named.
    expect((await submit(0, 'en', 'There was no parking at all')).errors).toBeUndefined();
    expect((await customCounts()).find((count) => count.theme === 'PARKING')?.detractors).toBe(2);
    const { responses } = await test.admin<{
      responses: {
        edges: {
          node: {
            comment: string;
            themes: string[];
            customThemes: string[];
            customThemeMatches: { code: string; start: number; end: number; counted: boolean }[];
          };
        }[];
      };
    }>(ANSWERS, { id: surveyId });
    const parking = responses.edges.find(({ node }) => node.comment === 'There was no parking at all')?.node;
    expect(parking?.customThemes).toEqual(['PARKING']);
    expect(parking?.customThemeMatches).toEqual([
      { code: 'PARKING', start: 13, end: 20, polarity: expect.any(Number), counted: true },
    ]);
    const praised = responses.edges.find(({ node }) => node.comment.startsWith('The app is great'))?.node;
    expect(praised?.customThemes).toEqual([]);
    expect(praised?.themes).toContain('PRICE');
    expect(praised?.customThemeMatches).toEqual([
      expect.objectContaining({ code: 'APP', polarity: 1, counted: false }),
    ]);
  });

  it('list the comments that have one, by its code, beside the built-in themes; a code the survey has none of is refused', async () => {
    const FILTERED = /* GraphQL */ `
      query ($id: ID!, $filter: ResponseFilter) {
        responses(surveyId: $id, filter: $filter, first: 50) { edges { node { comment } } }
      }
    `;
    const comments = async (filter: Record<string, unknown>) => {
      const { responses } = await test.admin<{ responses: { edges: { node: { comment: string } }[] } }>(
        FILTERED,
        { id: surveyId, filter },
      );
      return responses.edges.map(({ node }) => node.comment).sort();
    };
    expect(await comments({ customThemes: ['APP'] })).toEqual([
      'Love the new application, so quick',
      'The app keeps crashing when I pay',
      'Η εφαρμογή κολλάει συνέχεια',
    ]);
    // Either kind matches; a code is read as people type it.
    expect(await comments({ customThemes: ['parking'], categories: ['DETRACTOR'] })).toEqual([
      'Otoparkı bulmak imkansızdı',
      'There was no parking at all',
    ]);
    const both = await comments({ customThemes: ['PARKING'], themes: ['PRICE'] });
    expect(both).toContain('The app is great but the prices are far too high');
    expect(both).toContain('There was no parking at all');
    const refused = await test.gql(
      FILTERED,
      { id: surveyId, filter: { customThemes: ['WIFI'] } },
      { token: ADMIN_TOKEN },
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.customThemes',
    });
  });

  it('keep their counts when kept, and lose them when taken away, once the comments are classified again', async () => {
    const CHECKOUT = {
      code: 'CHECKOUT',
      texts: [{ language: 'en', name: 'Checkout', cues: ['pay', 'checkout'] }],
    };
    const changed = await setThemes([APP, CHECKOUT]);
    expect(changed.errors).toBeUndefined();
    await reclassified();
    const counted = await customCounts();
    expect(counted).toEqual(await recountCustomThemes(test.db.connection, surveyId));
    expect(counted.map(({ theme, responses }) => [theme, responses])).toEqual([
      ['APP', 3],
      ['CHECKOUT', 1],
    ]);
    // PARKING's slot was given to CHECKOUT: no answer counts the parking comments under it any more.
    const stored = await test.db.connection.collection('surveys').findOne({ siteKey });
    const slots = ((stored?.['customThemes'] ?? []) as { code: string; slot: string }[]).map(
      ({ code, slot }) => [code, slot],
    );
    expect(slots).toEqual([
      ['APP', 'C0'],
      ['CHECKOUT', 'C1'],
    ]);
  });

  it('are classified again after a change whose instance stopped before it started the work, by any other', async () => {
    const before = await customCounts();
    // Saved through the service alone, as by an instance killed right after: no reclassification was started.
    await test.app.services.surveys.update(surveyId, {
      customThemes: [
        APP,
        { code: 'CHECKOUT', texts: [{ language: 'en', name: 'Checkout', cues: ['pay', 'phone'] }] },
      ],
    });
    expect(await customCounts()).toEqual(before);
    await test.app.services.reclassification.catchUp();
    await reclassified();
    const counted = await customCounts();
    expect(counted).toEqual(await recountCustomThemes(test.db.connection, surveyId));
    expect(counted.find((count) => count.theme === 'CHECKOUT')?.responses).toBe(2);
    // Once caught up, nothing more to do.
    const { survey } = await test.admin<{ survey: { reclassification: { startedAt: string } } }>(
      'query ($id: ID!) { survey(id: $id) { reclassification { startedAt } } }',
      { id: surveyId },
    );
    await test.app.services.reclassification.catchUp();
    const again = await test.admin<{ survey: { reclassification: { startedAt: string } } }>(
      'query ($id: ID!) { survey(id: $id) { reclassification { startedAt } } }',
      { id: surveyId },
    );
    expect(again.survey.reclassification.startedAt).toBe(survey.reclassification.startedAt);
  });

  it('classify again a comment stored meanwhile by an instance that still had the survey as it was', async () => {
    const other = await startTestApp('custom-themes', {}, test.db);
    try {
      const submitTo = (app: TestApp, score: number, comment: string) =>
        app.gql(
          SUBMIT,
          { input: { siteKey, clientResponseId: randomUUID(), score, language: 'en', comment } },
          { origin: ORIGIN },
        );
      // The other instance reads the survey, and keeps it for a second.
      expect((await submitTo(other, 5, 'Fine, nothing to add')).errors).toBeUndefined();
      const WIFI = { code: 'WIFI', texts: [{ language: 'en', name: 'Wi-Fi', cues: ['wifi'] }] };
      expect((await setThemes([APP, PARKING, WIFI])).errors).toBeUndefined();
      // At once, within that second: classified there with the themes as they were, without WIFI.
      expect((await submitTo(other, 2, 'The wifi kept dropping')).errors).toBeUndefined();
      await reclassified();
      const counted = await customCounts();
      expect(counted).toEqual(await recountCustomThemes(test.db.connection, surveyId));
      expect(counted.find((count) => count.theme === 'WIFI')).toMatchObject({ responses: 1, detractors: 1 });
    } finally {
      await other.close(true);
    }
    await setThemes([APP, PARKING]);
    await reclassified();
  });

  it('are corrected by a person, counted exactly, kept by a reclassification, and not passed to a later theme in the slot', async () => {
    const CORRECT = /* GraphQL */ `
      mutation ($id: ID!, $code: String!, $present: Boolean) {
        correctCustomTheme(responseId: $id, code: $code, present: $present) {
          customThemes
          customThemeCorrections { code present by }
        }
      }
    `;
    const stored = await test.db.connection
      .collection('responses')
      .findOne({ comment: 'Nobody answered the phone' });
    const id = String(stored?._id);
    const added = await test.admin<{
      correctCustomTheme: {
        customThemes: string[];
        customThemeCorrections: { code: string; present: boolean; by: string }[];
      };
    }>(CORRECT, { id, code: 'app', present: true });
    expect(added.correctCustomTheme.customThemes).toContain('APP');
    expect(added.correctCustomTheme.customThemeCorrections).toEqual([
      { code: 'APP', present: true, by: 'admin' },
    ]);
    expect(await customCounts()).toEqual(await recountCustomThemes(test.db.connection, surveyId));
    await setThemes([
      APP,
      { code: 'CHECKOUT', texts: [{ language: 'en', name: 'Checkout', cues: ['pay'] }] },
    ]);
    await reclassified();
    let answer = await test.db.connection.collection('responses').findOne({ _id: id as never });
    expect(answer?.['themes']).toContain('C0');
    // APP taken away and BASKET given its slot: the correction was APP's, not BASKET's.
    await setThemes([{ code: 'BASKET', texts: [{ language: 'en', name: 'Basket', cues: ['basket'] }] }]);
    await reclassified();
    answer = await test.db.connection.collection('responses').findOne({ _id: id as never });
    expect(answer?.['themes']).not.toContain('C0');
    // Nor is it shown as a correction of BASKET's.
    const shown = await test.admin<{
      responses: { edges: { node: { comment: string; customThemeCorrections: unknown[] } }[] };
    }>(
      'query ($id: ID!) { responses(surveyId: $id, first: 50) { edges { node { comment customThemeCorrections { code } } } } }',
      {
        id: surveyId,
      },
    );
    const phone = shown.responses.edges.find(({ node }) => node.comment === 'Nobody answered the phone');
    expect(phone?.node.customThemeCorrections).toEqual([]);
    expect(await customCounts()).toEqual(await recountCustomThemes(test.db.connection, surveyId));
    const unknown = await test.gql(CORRECT, { id, code: 'APP', present: true }, { token: ADMIN_TOKEN });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    expect(unknown.errors?.[0]?.message).toMatch(/one of BASKET/);
    await setThemes([APP, PARKING]);
    await reclassified();
  });

  it('suggest a word as a cue once people gave its theme to two comments, and find the theme with it once the owner adds it', async () => {
    const SUGGESTIONS =
      'query ($id: ID!) { survey(id: $id) { themeSuggestions { theme custom language cue comments } } }';
    const CORRECT = /* GraphQL */ `
      mutation ($id: ID!, $theme: FollowUpReason!) { correctTheme(responseId: $id, theme: $theme, present: true) { themes } }
    `;
    // Parcel lockers: a way of delivering that neither the lexicon nor the model knows.
    const comments = [
      'The lockers were jammed again',
      'Jammed lockers every single time',
      'Lockers broken, what a waste',
    ];
    for (const comment of comments) expect((await submit(4, 'en', comment)).errors).toBeUndefined();
    const responses = test.db.connection.collection('responses');
    for (const comment of comments) {
      const answer = await responses.findOne({ comment });
      expect(answer?.['themes']).not.toContain('DELIVERY');
      await test.admin(CORRECT, { id: String(answer?._id), theme: 'DELIVERY' });
    }
    const { survey } = await test.admin<{
      survey: {
        themeSuggestions: {
          theme: string;
          custom: boolean;
          language: string;
          cue: string;
          comments: number;
        }[];
      };
    }>(SUGGESTIONS, { id: surveyId });
    expect(survey.themeSuggestions).toContainEqual({
      theme: 'DELIVERY',
      custom: false,
      language: 'en',
      cue: 'lockers',
      comments: 3,
    });
    expect(survey.themeSuggestions).toContainEqual(
      expect.objectContaining({ theme: 'DELIVERY', cue: 'jammed', comments: 2 }),
    );
    // Only for those who may read the answers.
    const token = await test.admin<{ createReadToken: { token: string } }>(
      'mutation ($id: ID!) { createReadToken(surveyId: $id, label: "s") { token } }',
      { id: surveyId },
    );
    expect(
      (await test.gql(SUGGESTIONS, { id: surveyId }, { token: token.createReadToken.token })).errors,
    ).toBeUndefined();

    // Accepted: a later comment with the word has the theme without a person's hand, and it is no longer suggested.
    const cues = await test.gql(
      'mutation ($id: ID!) { updateSurvey(id: $id, input: { themeCues: [{ theme: DELIVERY, language: "en", cues: ["locker"] }] }) { themeCues { theme language cues } } }',
      { id: surveyId },
      { token: ADMIN_TOKEN },
    );
    expect(cues.errors).toBeUndefined();
    await reclassified();
    expect((await submit(3, 'en', 'What a locker')).errors).toBeUndefined();
    expect((await responses.findOne({ comment: 'What a locker' }))?.['themes']).toContain('DELIVERY');
    const after = await test.admin<{ survey: { themeSuggestions: { cue: string }[] } }>(SUGGESTIONS, {
      id: surveyId,
    });
    expect(after.survey.themeSuggestions.map(({ cue }) => cue)).not.toContain('lockers');
    expect(themeCounts((await reported()).themes)).toEqual(await recountThemes(test.db.connection, surveyId));
  });

  it('are refused whole, with the field and the reason, when a rule is broken', async () => {
    const before = await test.admin<{ survey: { version: number } }>(
      'query ($id: ID!) { survey(id: $id) { version } }',
      {
        id: surveyId,
      },
    );
    const named = (code: string, language = 'en', name = code) => ({
      code,
      texts: [{ language, name, cues: [] }],
    });
    const cases: [unknown[], RegExp][] = [
      [Array.from({ length: 11 }, (_, i) => named(`T${i}X`)), /at most 10/],
      [[named('price')], /built-in/],
      [[named('APP'), named('APP')], /twice/],
      [[named('A')], /2 to 24 capital letters/],
      [[named('APP', 'el')], /needs a name in en/],
      [[named('APP', 'fr')], /fr is not one of the survey's languages/],
      [
        [{ code: 'APP', texts: [{ language: 'en', name: 'App', cues: ['a*'] }] }],
        /\* may only end a word of 3 letters/,
      ],
      [[{ code: 'APP', texts: [{ language: 'en', name: 'x'.repeat(41), cues: [] }] }], /1 to 40 characters/],
    ];
    for (const [themes, reason] of cases) {
      const refused = await setThemes(themes);
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'customThemes',
      });
      expect(refused.errors?.[0]?.message).toMatch(reason);
    }
    const after = await test.admin<{ survey: { version: number; customThemes: { code: string }[] } }>(
      'query ($id: ID!) { survey(id: $id) { version customThemes { code } } }',
      { id: surveyId },
    );
    expect(after.survey.version).toBe(before.survey.version);
    expect(after.survey.customThemes.map(({ code }) => code)).toEqual(['APP', 'PARKING']);
  });
});
