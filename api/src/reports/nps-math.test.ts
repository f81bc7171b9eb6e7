import { describe, expect, it } from 'vitest';
import { addScores, differsSignificantly, EMPTY_TALLY, marginOfError, nps, score } from './nps-math.ts';

describe('NPS arithmetic', () => {
  it('classifies 0-6 as detractors, 7-8 as passives, 9-10 as promoters', () => {
    const tally = { ...EMPTY_TALLY };
    addScores(tally, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(tally).toEqual({
      promoters: 2,
      passives: 2,
      detractors: 7,
    });
  });

  it('computes NPS as % promoters minus % detractors, null when empty', () => {
    expect(nps({ promoters: 50, passives: 30, detractors: 20 })).toBe(30);
    expect(nps({ promoters: 0, passives: 0, detractors: 4 })).toBe(-100);
    expect(nps({ promoters: 0, passives: 0, detractors: 0 })).toBeNull();
  });

  it('gives the adjusted-Wald margin of error of a worked example', () => {
    // n = 100, 50 promoters, 20 detractors. Adjusted: n' = 103, p' = 50.75/103 = 0.492718,
    // d' = 20.75/103 = 0.201456; variance = (p' + d' - (p' - d')^2) / n' = (0.694175 - 0.084834) / 103
    // = 0.0059159; half-width = 1.959964 * sqrt(0.0059159) * 100 = 15.075 points.
    expect(marginOfError({ promoters: 50, passives: 30, detractors: 20 })).toBeCloseTo(15.075, 2);
  });

  it('keeps a real width for a tiny, unanimous sample instead of claiming certainty', () => {
    // Three promoters: the plain Wald width would be 0; adjusted: n' = 6, p' = 0.625, d' = 0.125.
    const moe = marginOfError({ promoters: 3, passives: 0, detractors: 0 });
    expect(moe).toBeCloseTo(100 * 1.959964 * Math.sqrt((0.75 - 0.25) / 6), 6);
    expect(moe).toBeGreaterThan(50);
  });

  it('reports counts and percentages with the score', () => {
    expect(score({ promoters: 1, passives: 1, detractors: 2 })).toMatchObject({
      responses: 4,
      promoterPercent: 25,
      passivePercent: 25,
      detractorPercent: 50,
      nps: -25,
    });
  });

  it('calls a large difference between big samples significant, and a small or thin one not', () => {
    const big = { promoters: 600, passives: 200, detractors: 200 };
    const worse = { promoters: 300, passives: 300, detractors: 400 };
    expect(differsSignificantly(big, worse)).toBe(true);
    expect(differsSignificantly(big, { promoters: 61, passives: 19, detractors: 20 })).toBe(false);
    expect(differsSignificantly({ promoters: 3, passives: 0, detractors: 1 }, worse)).toBe(false);
    expect(differsSignificantly(big, { promoters: 0, passives: 0, detractors: 0 })).toBeNull();
  });
});
