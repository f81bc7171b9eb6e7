import type { PropertyValues, ReactiveControllerHost } from 'lit';
import { I18nController, type Overrides } from '../../../i18n/i18n.controller.ts';
import { formatNumber } from '../../../i18n/intl.ts';
import type { Segment } from '../view.ts';
import { DASHBOARD_LOCALES } from './all.ts';
import { type DashboardMessages, en } from './en.ts';

export type DashboardI18n = I18nController<DashboardMessages>;

/** The dashboard's texts, through the widget's i18n controller: every language is in the bundle already. */
export function dashboardI18n(host: ReactiveControllerHost): DashboardI18n {
  return new I18nController<DashboardMessages>(
    host,
    () => async (language) => DASHBOARD_LOCALES[language as keyof typeof DASHBOARD_LOCALES] ?? {},
    en,
  );
}

/** What every element of the dashboard takes from the page: its language, and texts worded otherwise. */
export interface DashboardTexts {
  language: string;
  texts: Overrides<DashboardMessages>;
}

/** Keeps an element's texts in step with its `language` and `texts`; called from its `willUpdate`. */
export function followTexts(
  i18n: DashboardI18n,
  changed: PropertyValues,
  host: DashboardTexts,
): Promise<void> {
  if (changed.has('texts')) i18n.override(host.texts);
  return changed.has('language') ? i18n.setLanguage(host.language) : Promise.resolve();
}

/** An NPS as people read it: a whole number with its sign ("+34", "−12", "0"), in the language's digits. */
export function formatNps(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined) return '–';
  return formatNumber(value, language, { signDisplay: 'exceptZero', maximumFractionDigits: 0 });
}

/** A colour for an NPS from −100 (red) through 0 (amber) to +100 (green): light enough for dark text. */
export function npsColour(value: number): string {
  const hue = Math.round(((Math.max(-100, Math.min(100, value)) + 100) / 200) * 130);
  return `hsl(${hue} 70% 82%)`;
}

/** A view's filter in words: its language, market and channel, those chosen ("Greek, Cyprus, Email"). */
export function segmentName(
  { language, market, channel }: Segment,
  i18n: DashboardI18n,
  names: (code: string, kind: 'language' | 'market') => string,
): string {
  return [
    language && names(language, 'language'),
    market && names(market, 'market'),
    channel && i18n.t(`channel_${channel}`),
  ]
    .filter(Boolean)
    .join(', ');
}
