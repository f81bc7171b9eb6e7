/** The middle value (the upper of the two middle ones for an even count); NaN for none. */
export const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** Student's t at 97.5% by degrees of freedom (1-10), for a 95% interval of a mean of a few runs. */
const T_975 = [Number.NaN, 12.71, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228];

/** The mean of 2 to 11 measurements and its 95% interval (Student's t). */
export function meanInterval(values: readonly number[]): { mean: number; low: number; high: number } {
  const t = T_975[values.length - 1];
  if (values.length < 2 || t === undefined) {
    throw new RangeError(`meanInterval: 2 to ${T_975.length} values, not ${values.length}`);
  }
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1);
  const half = t * Math.sqrt(variance / values.length);
  return { mean, low: mean - half, high: mean + half };
}
