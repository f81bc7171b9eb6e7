/** The comment themes: the schema's follow-up reasons, less `OTHER`. */
export const THEMES = ['PRICE', 'QUALITY', 'STAFF', 'DELIVERY', 'SUPPORT'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * Where a survey's own themes (`Survey.customThemes`) are counted: an answer's `themes` holds its slot (`C0` ...
 * `C9`) beside the built-in themes, so that counting needs nothing of the survey.
 */
export const CUSTOM_SLOTS = ['C0', 'C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9'] as const;
export type CustomSlot = (typeof CUSTOM_SLOTS)[number];

/** What an answer's `themes` may hold: the built-in themes, then the survey's own by slot. */
export const THEME_KEYS = [...THEMES, ...CUSTOM_SLOTS] as const;
export type ThemeKey = (typeof THEME_KEYS)[number];

/**
 * Cue patterns of one theme. A pattern is one or more words; a word ending in `*` matches any word that begins with
 * it (as typed or as stemmed), another word only itself or its stem. Written with diacritics or without: both sides
 * are folded before matching.
 */
export interface ThemeCues {
  readonly praise: readonly string[];
  readonly complaint: readonly string[];
  /** Words that only name the theme ("price", "delivery"). */
  readonly topic: readonly string[];
}

/** One language's lexicon: `satisfies Lexicon` in `lexicons/<language>.ts`. */
export interface Lexicon {
  /** Negations that reach the cue within the next three words of the same clause. */
  readonly negators: readonly string[];
  /** Negations that follow the cue they negate (Turkish "değil", "yok"). */
  readonly negatorsAfter?: readonly string[];
  /** Single words that start a new clause ("but"): a negation does not reach across them. */
  readonly clauseBreaks: readonly string[];
  /**
   * Words that judge whatever their clause names ("good", "slow", "ακριβό"): a theme only named in the clause takes
   * their polarity ("the delivery was slow" is a complaint about delivery).
   */
  readonly judgements: { readonly good: readonly string[]; readonly bad: readonly string[] };
  readonly cues: Record<Theme, ThemeCues>;
}

/** The answer's category by its score: the direction in which a comment's cue is a reason. */
export type Category = 'PROMOTER' | 'PASSIVE' | 'DETRACTOR';
