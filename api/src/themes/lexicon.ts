/** The comment themes: the schema's follow-up reasons, less `OTHER`. */
export const THEMES = ['PRICE', 'QUALITY', 'STAFF', 'DELIVERY', 'SUPPORT'] as const;
export type Theme = (typeof THEMES)[number];

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
