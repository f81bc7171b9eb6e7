import { type Category, type Classification, classify } from './classifier.ts';
import { compileTopics, type Topics } from './lexicon-matches.ts';
import { modelFor } from './model.ts';

/** What the classifier reads of a survey: its own themes (by slot) and its own cues for the built-in ones. */
export interface SurveyThemes {
  readonly customThemes?:
    | readonly {
        readonly slot: string;
        readonly code: string;
        readonly texts: readonly { readonly language: string; readonly cues: readonly string[] }[];
      }[]
    | null
    | undefined;
  readonly themeCues?:
    | readonly { readonly theme: string; readonly language: string; readonly cues: readonly string[] }[]
    | null
    | undefined;
}

/** Compiled cues by language and cue list: a survey's are the same from one answer to the next. */
const compiled = new Map<string, Topics>();
const COMPILED_KEPT = 500;
/**
 * By survey object too: the same object (a cached survey, a step's) skips writing its cues out as the key. A survey
 * read is never changed in place (a change is made on one read afresh, and the caches drop the old one).
 */
const bySurvey = new WeakMap<SurveyThemes, Map<string, Topics | undefined>>();

/**
 * A survey's own cues in one language, compiled once (for `classify`), keyed by the built-in theme they are for or
 * by the slot of the survey's own theme; undefined when it has none there. The cues are the cache's key, so that an
 * edit of them is read at once.
 */
export function topicsFor(survey: SurveyThemes | null | undefined, language: string): Topics | undefined {
  if (!survey) return undefined;
  const known = bySurvey.get(survey);
  if (known?.has(language)) return known.get(language);
  const topics = compileFor(survey, language);
  bySurvey.set(survey, (known ?? new Map()).set(language, topics));
  return topics;
}

function compileFor(survey: SurveyThemes, language: string): Topics | undefined {
  const wanted = [
    ...(survey.themeCues ?? []).flatMap(({ theme, language: of, cues }) =>
      of === language && cues.length ? [{ key: theme, cues }] : [],
    ),
    ...(survey.customThemes ?? []).flatMap(({ slot, texts }) => {
      const cues = texts.find((text) => text.language === language)?.cues ?? [];
      return cues.length ? [{ key: slot, cues }] : [];
    }),
  ];
  if (!wanted.length) return undefined;
  const key = `${language}\u0000${JSON.stringify(wanted)}`;
  let topics = compiled.get(key);
  if (!topics) {
    if (compiled.size >= COMPILED_KEPT) compiled.clear();
    topics = compileTopics(wanted, language);
    compiled.set(key, topics);
  }
  return topics;
}

/** A comment classified for a survey: the built-in classifier with the survey's own cues and themes. */
export function classifyFor(
  comment: string | null | undefined,
  language: string,
  category: Category,
  survey: SurveyThemes | null | undefined,
): Classification {
  return classify(comment, language, category, modelFor(language), topicsFor(survey, language));
}
