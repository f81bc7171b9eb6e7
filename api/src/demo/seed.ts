import { randomUUID } from 'node:crypto';
import type { Types } from 'mongoose';
import type { Models } from '../models/index.ts';
import {
  type Channel,
  categoryOf,
  FOLLOW_UP_REASONS,
  type Response,
  responseId,
} from '../models/response.model.ts';
import type { AggregateService } from '../reports/aggregates.ts';
import type { Counted } from '../reports/cells.ts';
import { seededRandom } from '../services/random.ts';
import { classify } from '../themes/classifier.ts';

/** Share of answers per market, the languages answered there, and the split of promoters / passives. */
/** Seven in ten answers from the widget, two from emails, one from the hosted page. */
const CHANNEL_SHARES: readonly Channel[] = [
  'WIDGET',
  'EMAIL',
  'WIDGET',
  'WIDGET',
  'LINK',
  'WIDGET',
  'EMAIL',
  'WIDGET',
  'WIDGET',
  'WIDGET',
];

const MARKETS = [
  { market: 'US', weight: 20, languages: [['en', 1]], promoters: 0.55, passives: 0.3 },
  {
    market: 'ID',
    weight: 20,
    languages: [
      ['id', 0.9],
      ['en', 0.1],
    ],
    promoters: 0.6,
    passives: 0.25,
  },
  { market: 'TR', weight: 18, languages: [['tr', 1]], promoters: 0.45, passives: 0.25 },
  {
    market: 'GR',
    weight: 15,
    languages: [
      ['el', 0.95],
      ['en', 0.05],
    ],
    promoters: 0.5,
    passives: 0.3,
  },
  { market: 'RO', weight: 12, languages: [['ro', 1]], promoters: 0.48, passives: 0.3 },
  {
    market: 'CY',
    weight: 8,
    languages: [
      ['el', 0.8],
      ['en', 0.2],
    ],
    promoters: 0.55,
    passives: 0.3,
  },
  { market: 'MK', weight: 7, languages: [['mk', 1]], promoters: 0.4, passives: 0.3 },
] as const;

type Category = ReturnType<typeof categoryOf>;

/** What visitors write, by language and category: short, as real comments are. */
const COMMENTS: Record<string, Record<Category, readonly string[]>> = {
  en: {
    PROMOTER: ['Great coffee, fast shipping.', 'The Guji is the best I have had.'],
    PASSIVE: ['Good beans, but delivery took a week.', 'Nice, a bit pricey.'],
    DETRACTOR: ['Order arrived late and the bag was torn.', 'Too expensive for what it is.'],
  },
  id: {
    PROMOTER: ['Kopinya enak sekali, pengiriman cepat.', 'Pelayanannya ramah.'],
    PASSIVE: ['Lumayan, tapi ongkirnya mahal.', 'Rasanya oke, kemasan bisa lebih baik.'],
    DETRACTOR: ['Pesanan terlambat seminggu.', 'Harganya terlalu mahal.'],
  },
  mk: {
    PROMOTER: ['Одлично кафе, брза испорака.', 'Најдоброто еспресо во градот.'],
    PASSIVE: ['Добро е, но малку скапо.', 'Испораката доцнеше два дена.'],
    DETRACTOR: ['Пратката пристигна оштетена.', 'Премногу скапо.'],
  },
  ro: {
    PROMOTER: ['Cafea excelentă, livrare rapidă.', 'Recomand cu drag!'],
    PASSIVE: ['Bună, dar cam scumpă.', 'Livrarea a durat prea mult.'],
    DETRACTOR: ['Comanda a ajuns cu o săptămână întârziere.', 'Nu mi-a răspuns nimeni la e-mail.'],
  },
  el: {
    PROMOTER: ['Εξαιρετικός καφές, γρήγορη αποστολή.', 'Πολύ ευγενικό προσωπικό.'],
    PASSIVE: ['Καλός, αλλά λίγο ακριβός.', 'Η παράδοση άργησε.'],
    DETRACTOR: ['Η παραγγελία ήρθε με καθυστέρηση.', 'Πολύ ακριβό για την ποιότητα.'],
  },
  tr: {
    PROMOTER: ['Harika kahve, hızlı kargo.', 'Çalışanlar çok ilgili.'],
    PASSIVE: ['Güzel ama biraz pahalı.', 'Kargo geç geldi.'],
    DETRACTOR: ['Sipariş bir hafta gecikti.', 'Fiyatlar çok yüksek.'],
  },
};

function pick<T>(random: () => number, weighted: readonly (readonly [T, number])[]): T {
  const total = weighted.reduce((sum, [, weight]) => sum + weight, 0);
  let at = random() * total;
  for (const [value, weight] of weighted) {
    at -= weight;
    if (at < 0) return value;
  }
  return (weighted.at(-1) as readonly [T, number])[0];
}

export interface SeedOptions {
  readonly survey: Types.ObjectId;
  readonly count: number;
  /** Answers are spread over this many days before `now`. */
  readonly days: number;
  readonly now?: Date;
  readonly seed?: number;
  /** Share of answers with a comment. */
  readonly commentRate?: number;
  /** Documents per insert. */
  readonly chunk?: number;
}

/** Turkey's answers dip in the last three weeks (a courier's strike): something for the trend to show. */
function promoterShare(market: (typeof MARKETS)[number], daysAgo: number): number {
  return market.market === 'TR' && daysAgo < 21 ? market.promoters - 0.2 : market.promoters;
}

/**
 * Fills a survey with a realistic history: answers across the seven markets and six languages, with comments,
 * and detractors older than two days mostly followed up. Written in bulk (unvalidated inserts of documents built
 * to the schema), then the pre-aggregates are set from the same answers, without reading a million back.
 */
export async function seedAnswers(
  models: Models,
  aggregates: AggregateService,
  options: SeedOptions,
): Promise<{ inserted: number; ms: number }> {
  const started = performance.now();
  const { survey, count, days, now = new Date(), seed = 1, commentRate = 0.3, chunk = 1_000 } = options;
  // Counting only what is written here is exact for a survey without answers; otherwise everything is recounted.
  const hadAnswers = (await models.Response.exists({ survey })) !== null;
  const random = seededRandom(seed);
  const marketWeights = MARKETS.map((m) => [m, m.weight] as const);
  const counted: Counted[] = [];
  let batch: Response[] = [];
  // Two inserts in flight: FerretDB converts one batch while SQLite writes the other, and the next is built here.
  const writing = new Set<Promise<unknown>>();
  const flush = async () => {
    if (batch.length) {
      const insert = models.Response.insertMany(batch, { lean: true, ordered: false });
      writing.add(insert);
      void insert.finally(() => writing.delete(insert)).catch(() => {});
    }
    batch = [];
    while (writing.size >= 2) await Promise.race(writing);
  };

  for (let i = 0; i < count; i++) {
    const market = pick(random, marketWeights);
    const language = pick(random, market.languages);
    const daysAgo = Math.floor(random() * days);
    const createdAt = new Date(now.getTime() - daysAgo * 86_400_000 - Math.floor(random() * 86_400_000));
    const roll = random();
    const promoters = promoterShare(market, daysAgo);
    const score =
      roll < promoters
        ? random() < 0.6
          ? 10
          : 9
        : roll < promoters + market.passives
          ? random() < 0.5
            ? 8
            : 7
          : pick(random, [
              [6, 4],
              [5, 3],
              [4, 2],
              [3, 1],
              [2, 1],
              [1, 0.5],
              [0, 1],
            ] as const);
    const category = categoryOf(score);
    const comments = COMMENTS[language]?.[category] ?? [];
    const comment =
      comments.length && random() < commentRate
        ? (comments[Math.floor(random() * comments.length)] ?? null)
        : null;
    const themes = classify(comment, language, category).themes;
    const followedUp = category === 'DETRACTOR' && daysAgo >= 2 && random() < 0.7;
    const clientResponseId = randomUUID();
    // Most answers come from the widget, some from emails' score links and the hosted page (by position, so that the
    // seeded figures do not move with it).
    const channel = CHANNEL_SHARES[i % CHANNEL_SHARES.length] ?? 'WIDGET';
    const answer: Response = {
      _id: responseId(survey, clientResponseId),
      survey,
      clientResponseId,
      score,
      category,
      comment,
      themes,
      language,
      market: market.market,
      channel,
      pageUrl: null,
      attributes: null,
      createdAt,
      followUp: followedUp
        ? {
            at: new Date(createdAt.getTime() + Math.floor(random() * 30) * 3_600_000),
            by: 'support@aegean-roasters.example',
            note: null,
            reasons: [
              pick(
                random,
                FOLLOW_UP_REASONS.map((r, n) => [r, n < 3 ? 3 : 1] as const),
              ),
            ],
          }
        : null,
    };
    batch.push(answer);
    counted.push({ survey, createdAt, language, market: market.market, channel, score, themes });
    if (batch.length >= chunk) await flush();
  }
  await flush();
  await Promise.all(writing);
  if (hadAnswers) await aggregates.rebuild(survey);
  else await aggregates.replace(survey, counted);
  return { inserted: count, ms: performance.now() - started };
}
