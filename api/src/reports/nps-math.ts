/** Counts of one population of answers. */
export interface Tally {
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
}

const Z95 = 1.959963984540054;

export const EMPTY_TALLY: Tally = { promoters: 0, passives: 0, detractors: 0 };

export function size({ promoters, passives, detractors }: Tally): number {
  return promoters + passives + detractors;
}

export function subtract(a: Tally, b: Tally): Tally {
  return {
    promoters: a.promoters - b.promoters,
    passives: a.passives - b.passives,
    detractors: a.detractors - b.detractors,
  };
}

export type MutableTally = { -readonly [K in keyof Tally]: Tally[K] };

/** Adds a count per score 0..10 to `into`, in place. */
export function addScores(into: MutableTally, counts: readonly number[]): void {
  for (let score = 0; score <= 6; score++) into.detractors += counts[score] ?? 0;
  into.passives += (counts[7] ?? 0) + (counts[8] ?? 0);
  into.promoters += (counts[9] ?? 0) + (counts[10] ?? 0);
}

/** NPS in points, from -100 to 100; null for an empty population. */
export function nps(tally: Tally): number | null {
  const n = size(tally);
  return n === 0 ? null : (100 * (tally.promoters - tally.detractors)) / n;
}

/**
 * The adjusted-Wald variance of NPS as a proportion difference (Rocks, 2016): add 3 answers, 3/4 of one each to
 * promoters and detractors, so that small or lopsided samples (all promoters, say) still get an honest width.
 */
function adjustedVariance(tally: Tally): number {
  const n = size(tally) + 3;
  const p = (tally.promoters + 0.75) / n;
  const d = (tally.detractors + 0.75) / n;
  return (p + d - (p - d) ** 2) / n;
}

/** Half-width of the 95% confidence interval, in NPS points; null for an empty population. */
export function marginOfError(tally: Tally): number | null {
  return size(tally) === 0 ? null : 100 * Z95 * Math.sqrt(adjustedVariance(tally));
}

/**
 * Whether two independent populations' NPS differ at 95% (two-sample z on the difference of the NPS
 * proportions, each variance adjusted-Wald); null when either is empty.
 */
export function differsSignificantly(a: Tally, b: Tally): boolean | null {
  if (size(a) === 0 || size(b) === 0) return null;
  const diff = (a.promoters - a.detractors) / size(a) - (b.promoters - b.detractors) / size(b);
  return Math.abs(diff) / Math.sqrt(adjustedVariance(a) + adjustedVariance(b)) > Z95;
}

/**
 * The lower end of the 95% adjusted-Wald interval, in NPS points: centred on the adjusted estimate (the 3/4 answers
 * added each side pull a small sample towards 0), so that five promoters out of five do not outrank 900 answers at
 * +60; null for an empty population.
 */
export function lowerBound(tally: Tally): number | null {
  if (size(tally) === 0) return null;
  const n = size(tally) + 3;
  const centre = (tally.promoters + 0.75) / n - (tally.detractors + 0.75) / n;
  return 100 * (centre - Z95 * Math.sqrt(adjustedVariance(tally)));
}

/**
 * The 95% half-width of the difference of two independent populations' NPS, in points: the adjusted-Wald variances
 * summed; null when either is empty.
 */
export function differenceMargin(a: Tally, b: Tally): number | null {
  if (size(a) === 0 || size(b) === 0) return null;
  return 100 * Z95 * Math.sqrt(adjustedVariance(a) + adjustedVariance(b));
}

export interface Score extends Tally {
  readonly responses: number;
  readonly promoterPercent: number | null;
  readonly passivePercent: number | null;
  readonly detractorPercent: number | null;
  readonly nps: number | null;
  readonly marginOfError: number | null;
  readonly lowerBound: number | null;
  /** Fewer answers than the minimum: counts only. */
  readonly hidden: boolean;
}

/** A population's score; below `minResponses` answers, its counts alone (`hidden`). */
export function score(tally: Tally, minResponses = 1): Score {
  const n = size(tally);
  const hidden = n > 0 && n < minResponses;
  const percent = (count: number) => (n === 0 || hidden ? null : (100 * count) / n);
  const value = hidden ? null : nps(tally);
  const margin = hidden ? null : marginOfError(tally);
  return {
    ...tally,
    responses: n,
    promoterPercent: percent(tally.promoters),
    passivePercent: percent(tally.passives),
    detractorPercent: percent(tally.detractors),
    nps: value,
    marginOfError: margin,
    lowerBound: hidden ? null : lowerBound(tally),
    hidden,
  };
}
