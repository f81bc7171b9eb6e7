import { describe, expect, it } from 'vitest';
import { categoryOf, readLabelled, THEME_LANGUAGES } from './accuracy.ts';
import { THEMES } from './lexicon.ts';
import { readLexicon } from './lexicon-matches.ts';
import { modelFor } from './model.ts';
import { tokenize } from './normalise.ts';

describe('the learned model', () => {
  it.each(THEME_LANGUAGES)(
    'score the words of a span exactly as a reading of them alone, in %s',
    (language) => {
      const model = modelFor(language);
      if (!model) throw new Error(`no model for ${language}`);
      let compared = 0;
      for (const { comment, score } of readLabelled(language).slice(0, 300)) {
        const tokens = tokenize(comment, language);
        if (tokens.length < 2) continue;
        const { cues, negated } = readLexicon(tokens, language);
        const [start, end] = [1, Math.max(2, tokens.length - 1)];
        const inside = cues.filter((cue) => cue.first >= start && cue.first < end);
        const category = categoryOf(score);
        const alone = model.read(tokens.slice(start, end), negated.slice(start, end), inside, category);
        THEMES.forEach((_, t) => {
          expect(model.score(tokens, negated, inside, category, t, [start, end])).toBe(alone.scores[t]);
          compared++;
        });
      }
      expect(compared).toBeGreaterThan(1_000);
    },
  );
});
