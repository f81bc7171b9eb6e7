import {
  type Accuracy,
  accuracy,
  categoryOf,
  macroF1Interval,
  readLabelled,
  THEME_LANGUAGES,
} from '../../api/src/themes/accuracy.ts';
import { type Category, classify } from '../../api/src/themes/classifier.ts';
import { classifyFor, type SurveyThemes } from '../../api/src/themes/custom-themes.ts';
import { CUSTOM_SLOTS, THEMES } from '../../api/src/themes/lexicon.ts';
import { forgetWordForms, tokenize } from '../../api/src/themes/normalise.ts';
import { crossValidate } from '../../api/src/themes/train.ts';
import { median } from './stats.ts';

const round = (value: number, digits = 2) => Number(value.toFixed(digits));

/** Timings per figure of cost, of which the median is given. */
const TIMINGS = 9;
/**
 * Classifications before timing: as many for six long comments as for the labelled set, so that each figure is the
 * warmed code's (one pass over six comments left V8 still compiling through most of the timings).
 */
const WARM_UP = 20_000;

/** A cost as the bench prints it: the median, then the fastest and slowest timing. */
const timed = (cost: { median: number; fastest: number; slowest: number }, digits: number) =>
  `${round(cost.median, digits)} (${round(cost.fastest, digits)}–${round(cost.slowest, digits)})`;

/** How each labelled set is measured: the held-out and development sets with the shipped model, or cross-validated. */
const MEASURED = {
  'held-out': (language: string) => accuracy(language, readLabelled(language, 'held-out')),
  'development, cross-validated': crossValidate,
  'development (trained on)': (language: string) => accuracy(language, readLabelled(language)),
} satisfies Record<string, (language: string) => Accuracy>;

/**
 * The comment-theme classifier on its labelled sets (`api/src/themes/labelled/`): the held-out set (trades it never
 * saw, never used to choose anything: the honest figure, with its 95% interval, since 60 comments a language leave a
 * wide one), the development set cross-validated by folds of trades (how the settings were chosen) and the
 * development set as trained on (how well it fits, no more). Per language, precision and recall averaged over the five
 * themes, macro-F1 (goal ≥ 0.85 held out), each theme's F1; and what classifying costs per comment, on the labelled
 * comments and on comments of the longest length accepted (2,000 characters).
 */
export function themesBench() {
  const rows = Object.entries(MEASURED).flatMap(([set, measure]) =>
    THEME_LANGUAGES.map((language) => {
      const result = measure(language);
      const mean = (pick: (theme: (typeof result.themes)[number]) => number) =>
        result.themes.reduce((sum, theme) => sum + pick(theme), 0) / result.themes.length;
      return {
        set,
        language,
        comments: result.comments,
        precision: round(mean((theme) => theme.precision)),
        recall: round(mean((theme) => theme.recall)),
        'macro-F1': round(result.macroF1),
        '95% interval':
          set === 'held-out'
            ? macroF1Interval(result)
                .map((end) => end.toFixed(2))
                .join('–')
            : '',
        ...Object.fromEntries(result.themes.map((theme) => [`F1 ${theme.theme}`, round(theme.f1)])),
        'exactly right': `${result.exact}/${result.comments}`,
      };
    }),
  );

  const comments = THEME_LANGUAGES.flatMap((language) =>
    readLabelled(language).map((row) => ({
      language,
      comment: row.comment,
      category: categoryOf(row.score),
    })),
  );
  const classifier =
    (survey?: SurveyThemes) =>
    ({ comment, language, category }: { comment: string; language: string; category: Category }) =>
      survey ? classifyFor(comment, language, category, survey) : classify(comment, language, category);
  /**
   * Per comment, the median of `TIMINGS` timings of `rounds` passes over the set, after `WARM_UP` classifications,
   * and the fastest and slowest: on this machine a single timing of a tenth of a second moves by half with its
   * neighbours.
   */
  const cost = (set: typeof comments, rounds: number, survey?: SurveyThemes) => {
    const run = classifier(survey);
    for (let done = 0; done < WARM_UP; done += set.length) for (const row of set) run(row);
    const timings = Array.from({ length: TIMINGS }, () => {
      const started = performance.now();
      for (let i = 0; i < rounds; i++) {
        for (const row of set) run(row);
      }
      return (performance.now() - started) / (rounds * set.length);
    });
    return { median: median(timings), fastest: Math.min(...timings), slowest: Math.max(...timings) };
  };
  /** Every word new to the process: the stemmers' whole cost, as for a vocabulary never seen before. */
  const cold = (set: typeof comments) => {
    const started = performance.now();
    for (const { comment, language, category } of set) {
      forgetWordForms();
      classify(comment, language, category);
    }
    return (performance.now() - started) / set.length;
  };
  const long = THEME_LANGUAGES.map((language) => {
    const own = comments.filter((row) => row.language === language);
    let text = '';
    for (let i = 0; text.length < 2_000; i++) text += `${own[i % own.length]?.comment} `;
    return { language, comment: text.slice(0, 2_000), category: 'DETRACTOR' as const };
  });
  const survey = fullSurvey(comments);
  return {
    rows,
    'ms per comment': timed(cost(comments, 30), 4),
    'ms per comment, words never seen': round(cold(comments), 4),
    'ms per 2,000-character comment': timed(cost(long, 200), 3),
    "ms per comment, a survey's own cues at their most": timed(cost(comments, 10, survey), 4),
    "ms per 2,000-character comment, a survey's own cues at their most": timed(cost(long, 200, survey), 3),
    'labelled comments': comments.length,
    timings: TIMINGS,
  };
}

/**
 * A survey with as many cues of its own as it may have: ten themes of its own and the five built-in ones, each with
 * 30 cues per language, taken from the labelled comments' words (so that many match).
 */
function fullSurvey(comments: readonly { language: string; comment: string }[]): SurveyThemes {
  const words = new Map<string, string[]>();
  for (const { language, comment } of comments) {
    const own = words.get(language) ?? [];
    for (const token of tokenize(comment, language)) {
      if (token.form.folded.length > 3 && !own.includes(token.form.folded)) own.push(token.form.folded);
    }
    words.set(language, own);
  }
  const cues = (language: string, n: number) =>
    Array.from({ length: 30 }, (_, i) => words.get(language)?.[(n * 30 + i) * 7] ?? `none${i}`);
  return {
    customThemes: CUSTOM_SLOTS.map((slot, n) => ({
      slot,
      code: `T${n}X`,
      texts: THEME_LANGUAGES.map((language) => ({ language, cues: cues(language, n) })),
    })),
    themeCues: THEMES.flatMap((theme, n) =>
      THEME_LANGUAGES.map((language) => ({ theme, language, cues: cues(language, n + CUSTOM_SLOTS.length) })),
    ),
  };
}
