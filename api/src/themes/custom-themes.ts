import type { CustomSlot } from './lexicon.ts';
import { compileTopics, type Topics } from './lexicon-matches.ts';

/** A survey's own theme as the classifier needs it: its slot and its cues per language. */
export interface CustomThemeCues {
  readonly slot: string;
  readonly texts: readonly { readonly language: string; readonly cues: readonly string[] }[];
}

/** Compiled cues by language and cue list: a survey's are the same from one answer to the next. */
const compiled = new Map<string, Topics>();
const COMPILED_KEPT = 500;

/**
 * A survey's own themes' cues in one language, compiled once (for `classify`); undefined when it has none there. The
 * cues are the key, so that an edit of them is read at once.
 */
export function topicsFor(
  themes: readonly CustomThemeCues[] | null | undefined,
  language: string,
): Topics | undefined {
  const wanted = (themes ?? []).flatMap(({ slot, texts }) => {
    const cues = texts.find((text) => text.language === language)?.cues ?? [];
    return cues.length ? [{ key: slot as CustomSlot, cues }] : [];
  });
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
