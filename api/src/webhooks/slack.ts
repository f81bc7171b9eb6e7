import { DASHBOARD_LOCALES } from '@nps/widget/dashboard-texts';
import { displayName } from '@nps/widget/intl';
import i18next, { type TFunction } from 'i18next';
import type { EventResponse, WebhookEventKind } from './events.ts';

/** The dashboard's texts, in every language, through i18next as the dashboard reads them. */
const i18n = i18next.createInstance();
void i18n.init({
  resources: Object.fromEntries(
    Object.entries(DASHBOARD_LOCALES).map(([language, texts]) => [language, { translation: texts }]),
  ),
  fallbackLng: 'en',
  initAsync: false,
  interpolation: { escapeValue: false },
});

export interface SlackContext {
  readonly brand: string;
  readonly language: string;
  /** The dashboard, to link to (filtered to the answer's language and market). */
  readonly dashboardUrl: string;
  readonly overdueHours?: number;
}

const HEADLINES: Record<WebhookEventKind, string> = {
  RESPONSE_CREATED: 'slackCreated',
  RESPONSE_COMMENTED: 'slackCommented',
  DETRACTOR_OVERDUE: 'slackOverdue',
  FOLLOW_UP_RECORDED: 'slackFollowUpRecorded',
};

/**
 * A Slack incoming-webhook message for an event, in the survey's default language: a headline with the score and
 * category, the answer's language and market, the comment as plain text (Slack formats nothing of it), the
 * follow-up when there is one, and a button to the dashboard filtered to the answer's language and market.
 */
export function slackPayload(kind: WebhookEventKind, response: EventResponse, context: SlackContext): string {
  const t: TFunction = i18n.getFixedT(context.language);
  const headline = t(HEADLINES[kind], {
    brand: context.brand,
    score: response.score,
    category: t(`category_${response.category}`),
    count: context.overdueHours ?? 20,
  });
  const where = [
    `${t('language')}: ${displayName(response.language, 'language', context.language)}`,
    ...(response.market
      ? [`${t('market')}: ${displayName(response.market, 'market', context.language)}`]
      : []),
  ].join(' · ');
  const link = new URL(context.dashboardUrl);
  link.searchParams.set('language', response.language);
  if (response.market) link.searchParams.set('market', response.market);
  const followUp = response.followUp
    ? t('slackFollowedUp', {
        by: response.followUp.by,
        reasons: response.followUp.reasons.map((reason) => t(`reason_${reason}`)).join(', '),
      })
    : null;
  const plain = (text: string) => ({ type: 'section', text: { type: 'plain_text', text, emoji: false } });
  return JSON.stringify({
    text: headline,
    blocks: [
      plain(headline),
      { type: 'context', elements: [{ type: 'plain_text', text: where, emoji: false }] },
      ...(response.comment ? [plain(response.comment)] : []),
      ...(followUp && kind === 'FOLLOW_UP_RECORDED' ? [plain(followUp)] : []),
      {
        type: 'actions',
        elements: [{ type: 'button', text: { type: 'plain_text', text: t('slackOpen') }, url: link.href }],
      },
    ],
  });
}
