import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type Accuracy,
  accuracy,
  categoryOf,
  type Labelled,
  readLabelled,
  THEME_LANGUAGES,
} from './accuracy.ts';
import { directionOf, type Feature, readComment } from './features.ts';
import { THEMES } from './lexicon.ts';
import { LanguageModel, type ModelFile } from './model.ts';

/**
 * Training settings, chosen by cross-validation on the development set (`crossValidate`), never on the held-out set:
 * passes over the set, the first step's size, and the L2 penalty that keeps a word seen once from weighing much.
 */
export const TRAINING = { epochs: 30, rate: 0.2, l2: 0.02 } as const;

/** Weights below this are dropped from the shipped file. */
const KEEP_ABOVE = 0.05;

interface Example {
  readonly features: readonly Feature[];
  readonly direction: number;
  /** 1 or 0 per theme. */
  readonly labels: readonly number[];
}

function examplesOf(language: string, rows: readonly Labelled[]): Example[] {
  return rows.map(({ score, themes, comment }) => {
    const category = categoryOf(score);
    return {
      features: readComment(comment, language, category).features,
      direction: directionOf(category),
      labels: THEMES.map((theme) => (themes.includes(theme) ? 1 : 0)),
    };
  });
}

/**
 * Words in more comments than this share ("the", "και", "ve") are never shown as a theme's reason, though they weigh
 * (leaving them out costs accuracy: "not" and "no" are among them).
 */
const COMMON_SHARE = 0.05;

function commonWords(examples: readonly Example[]): string[] {
  const comments = new Map<string, number>();
  for (const example of examples)
    for (const feature of example.features) {
      if (feature.token !== undefined) comments.set(feature.name, (comments.get(feature.name) ?? 0) + 1);
    }
  return [...comments]
    .filter(([, count]) => count > COMMON_SHARE * examples.length)
    .map(([name]) => name)
    .sort();
}

/** Two decimals, and nothing below `KEEP_ABOVE`: more precision changes no decision and doubles the file. */
const round = (value: number) => (Math.abs(value) < KEEP_ABOVE ? 0 : Math.round(value * 100) / 100);

/**
 * A regularised logistic regression per theme over the comments' features, by stochastic gradient descent in the
 * set's own order: deterministic, so that the same labelled comments always give the same file.
 */
export function train(language: string, rows: readonly Labelled[]): ModelFile {
  const examples = examplesOf(language, rows);
  const width = THEMES.length * 2;
  const weights = new Map<string, number[]>();
  const bias = THEMES.map(() => 0);
  let step = 0;
  for (let epoch = 0; epoch < TRAINING.epochs; epoch++) {
    for (const example of examples) {
      const rate = TRAINING.rate / (1 + step++ / examples.length);
      const rows = example.features.map((feature) => {
        let row = weights.get(feature.name);
        if (!row) {
          row = new Array<number>(width).fill(0);
          weights.set(feature.name, row);
        }
        return row;
      });
      THEMES.forEach((_, t) => {
        let score = bias[t] as number;
        for (const row of rows)
          score += (row[t] as number) + example.direction * (row[t + THEMES.length] as number);
        const error = (example.labels[t] as number) - 1 / (1 + Math.exp(-score));
        bias[t] = (bias[t] as number) + rate * error;
        for (const row of rows) {
          row[t] = (row[t] as number) + rate * (error - TRAINING.l2 * (row[t] as number));
          const turned = t + THEMES.length;
          row[turned] =
            (row[turned] as number) +
            rate * (error * example.direction - TRAINING.l2 * (row[turned] as number));
        }
      });
    }
  }
  const kept: Record<string, number[]> = {};
  for (const [name, row] of [...weights].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const rounded = row.map(round);
    if (rounded.some((weight) => weight !== 0)) kept[name] = rounded;
  }
  return { bias: bias.map(round), common: commonWords(examples), weights: kept };
}

/** The model file's text, as `train.ts` writes it and the test compares it. */
export const modelText = (model: ModelFile): string =>
  `{"bias":${JSON.stringify(model.bias)},"common":${JSON.stringify(model.common)},"weights":{\n${Object.entries(
    model.weights,
  )
    .map(([name, row]) => `${JSON.stringify(name)}:${JSON.stringify(row)}`)
    .join(',\n')}\n}}\n`;

export const modelFile = (language: string): URL => new URL(`./model/${language}.json`, import.meta.url);

/** Folds of ten comments in turn: the labelled files go a trade at a time, so a fold holds out whole trades. */
export const FOLDS = 5;
const foldOf = (row: Labelled) => Math.floor((row.line - 2) / 10) % FOLDS;

/**
 * The classifier's accuracy on the development set, each comment classified by a model trained without its fold:
 * how the settings above and the classifier's thresholds were chosen, and the README's cross-validated figures.
 */
export function crossValidate(language: string): Accuracy {
  const rows = readLabelled(language);
  const models = Array.from(
    { length: FOLDS },
    (_, fold) =>
      new LanguageModel(
        train(
          language,
          rows.filter((row) => foldOf(row) !== fold),
        ),
      ),
  );
  return accuracy(language, rows, (row) => models[foldOf(row)] as LanguageModel);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--folds')) {
    console.table(
      THEME_LANGUAGES.map((language) => ({
        language,
        'cross-validated macro-F1': Number(crossValidate(language).macroF1.toFixed(3)),
      })),
    );
  } else {
    for (const language of THEME_LANGUAGES) {
      writeFileSync(modelFile(language), modelText(train(language, readLabelled(language))));
    }
  }
}
