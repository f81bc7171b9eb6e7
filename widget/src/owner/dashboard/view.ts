import type { Channel, NpsCategory, TimeBucket, View } from './api/client.ts';

export const DAY_MS = 86_400_000;
/** The periods the dashboard offers, in days, and their texts. */
export const PERIODS = [7, 30, 90, 365] as const;
export type Period = (typeof PERIODS)[number];
export const PERIOD_LABELS = { 7: 'last7', 30: 'last30', 90: 'last90', 365: 'last365' } as const;
export const BUCKETS: readonly TimeBucket[] = ['DAY', 'WEEK', 'MONTH'];
export const CATEGORIES: readonly NpsCategory[] = ['PROMOTER', 'PASSIVE', 'DETRACTOR'];
export const CHANNELS: readonly Channel[] = ['WIDGET', 'EMAIL', 'LINK'];

/** What the dashboard is filtered to: a language, a market and a channel, each or all (null). */
export interface Segment {
  readonly language: string | null;
  readonly market: string | null;
  readonly channel: Channel | null;
}

export const EVERYWHERE: Segment = { language: null, market: null, channel: null };

/** The bucket that keeps a trend readable: days for a week or a month, weeks for a quarter, months for a year. */
export const defaultBucket = (days: number): TimeBucket =>
  days <= 30 ? 'DAY' : days <= 90 ? 'WEEK' : 'MONTH';

/** The last `days` days to the end of today (UTC), of one survey, filtered to `segment`. */
export function viewOf(surveyId: string, days: number, segment: Segment, now = Date.now()): View {
  const today = Math.floor(now / DAY_MS) * DAY_MS;
  return {
    surveyId,
    from: new Date(today - (days - 1) * DAY_MS),
    to: new Date(today + DAY_MS),
    ...segment,
  };
}

export type ErrorText =
  | 'tokenRefused'
  | 'tokenForbidden'
  | 'errorRateLimited'
  | 'errorOffline'
  | 'errorNetwork'
  | 'errorServer';

/** The dashboard's text for an error code of the API (or `NETWORK`, when no answer came). */
export function errorText(code: string, online: boolean): ErrorText {
  if (code === 'UNAUTHENTICATED') return 'tokenRefused';
  if (code === 'FORBIDDEN' || code === 'NOT_FOUND') return 'tokenForbidden';
  if (code === 'RATE_LIMITED') return 'errorRateLimited';
  if (code === 'NETWORK') return online ? 'errorNetwork' : 'errorOffline';
  return 'errorServer';
}

/** The filter a page's address names (`?language=el&market=CY&channel=email`: the links of Slack messages). */
export function segmentFrom(search: string): Segment {
  const params = new URLSearchParams(search);
  const channel = params.get('channel')?.toUpperCase() as Channel | undefined;
  return {
    language: params.get('language'),
    market: params.get('market'),
    channel: channel && CHANNELS.includes(channel) ? channel : null,
  };
}

/** Whether an answer is in the segment: its language, market and channel, those chosen. */
export const inSegment = (
  answer: Pick<Segment, 'language' | 'market' | 'channel'>,
  segment: Segment,
): boolean =>
  (!segment.language || answer.language === segment.language) &&
  (!segment.market || answer.market === segment.market) &&
  (!segment.channel || answer.channel === segment.channel);
