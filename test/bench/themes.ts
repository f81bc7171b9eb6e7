import {
  accuracy,
  categoryOf,
  type LabelledSet,
  readLabelled,
  THEME_LANGUAGES,
} from '../../api/src/themes/accuracy.ts';
import { classify } from '../../api/src/themes/classifier.ts';
import { forgetWordForms } from '../../api/src/themes/normalise.ts';

const round = (value: number, digits = 2) => Number(value.toFixed(digits));

/**
 * The comment-theme classifier on its labelled sets (`api/src/themes/labelled/`), the development set (which the
 * model is trained on: its figures say how well it fits, no more) and the held-out set (trades it never saw, never used
 * to choose anything: the honest figure): per language,
 * precision and recall averaged over the five themes, macro-F1 (goal ≥ 0.80), each theme's F1; and what classifying
 * costs per comment, on the labelled comments and on comments of the longest length accepted (2,000 characters).
 */
export function themesBench() {
  const rows = (['held-out', 'development'] as LabelledSet[]).flatMap((set) =>
    THEME_LANGUAGES.map((language) => {
      const result = accuracy(language, readLabelled(language, set));
      const mean = (pick: (theme: (typeof result.themes)[number]) => number) =>
        result.themes.reduce((sum, theme) => sum + pick(theme), 0) / result.themes.length;
      return {
        set: set === 'development' ? 'development (trained on)' : set,
        language,
        comments: result.comments,
        precision: round(mean((theme) => theme.precision)),
        recall: round(mean((theme) => theme.recall)),
        'macro-F1': round(result.macroF1),
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
  const cost = (set: typeof comments, rounds: number) => {
    for (const { comment, language, category } of set) classify(comment, language, category);
    const started = performance.now();
    for (let i = 0; i < rounds; i++) {
      for (const { comment, language, category } of set) classify(comment, language, category);
    }
    return (performance.now() - started) / (rounds * set.length);
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
  return {
    rows,
    'ms per comment': round(cost(comments, 300), 4),
    'ms per comment, words never seen': round(cold(comments), 4),
    'ms per 2,000-character comment': round(cost(long, 100), 3),
    'labelled comments': comments.length,
  };
}
