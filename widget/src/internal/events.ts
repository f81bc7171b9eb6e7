import type { NpsCategory } from '../api/__generated__/operations.ts';
import type { MessageKey } from '../i18n/i18n.controller.ts';
import type { CustomThemeInput, ThemeCueWordsInput } from '../owner/console/api/__generated__/operations.ts';
import type { ConsoleSurvey, Deletion } from '../owner/console/api/client.ts';
import type { ConsoleMessages } from '../owner/console/i18n/en.ts';
import type { Tab } from '../owner/console/survey-tabs.ts';
import type {
  Channel,
  FollowUpReason,
  WebhookEvent,
  WebhookFormat,
} from '../owner/dashboard/api/__generated__/operations.ts';

/** A survey's settings as the console's form gives them. */
export interface SurveyFields {
  brand: string;
  languages: string[];
  defaultLanguage: string;
  markets: string[];
  allowedOrigins: string[];
  sampleRate: number;
  delaySeconds: number;
  recontactDays: number;
  minResponses: number;
  /** Null: comments are kept. */
  retentionDays: number | null;
  active: boolean;
}

/** A survey's own wording of one widget text. */
export interface SurveyTextEntry {
  language: string;
  key: string;
  text: string;
}

/** Every event the widget's elements fire: bubbling, composed (they cross shadow roots), named `nps-*`. */
export interface NpsEventMap {
  /** A score was chosen on the scale. */
  'nps-select': { score: number };
  /** The survey's configuration loaded and the survey can be shown. */
  'nps-ready': { siteKey: string; language: string };
  /** The visitor answered the question; the answer is stored or queued. */
  'nps-score': { clientResponseId: string; score: number; category: NpsCategory };
  /** The visitor sent the follow-up comment. */
  'nps-comment': { clientResponseId: string; comment: string };
  /** The visitor closed the survey before the end. */
  'nps-dismiss': { step: 'score' | 'comment' };
  /** The survey is finished (thank-you shown). */
  'nps-complete': { clientResponseId: string; score: number };
  /** Dashboard: a cell of the language × market grid was chosen (both null: the choice was cleared). */
  'nps-segment-select': { language: string | null; market: string | null };
  /** Dashboard: a comment theme of detractors or promoters was chosen (both null: the choice was cleared). */
  'nps-theme-select': ThemeChoice | { theme: null; category: null };
  /**
   * Dashboard: an analyst's word on one theme of a comment (built-in, or the survey's own by code): it has the theme,
   * has it not, or is the classifier's again (`present` null).
   */
  'nps-theme-correct':
    | { responseId: string; theme: Exclude<FollowUpReason, 'OTHER'>; present: boolean | null }
    | { responseId: string; code: string; present: boolean | null };
  /** Dashboard: the view is to change: another survey or period, or another language, market or channel (null: all). */
  'nps-filter': {
    surveyId?: string;
    days?: number;
    language?: string | null;
    market?: string | null;
    channel?: Channel | null;
  };
  /** Dashboard: the view's answers are to be exported. */
  'nps-export': Record<string, never>;
  /** Dashboard: the comments are to be those of one category (null: all). */
  'nps-category-select': { category: NpsCategory | null };
  /** Dashboard: a webhook subscription's form was filled in. */
  'nps-webhook-create': { url: string; events: WebhookEvent[]; format: WebhookFormat };
  /** Dashboard: a test send to a subscription was asked for. */
  'nps-webhook-test': { id: string };
  /** Dashboard: a subscription is to be deleted. */
  'nps-webhook-delete': { id: string };
  /** Dashboard: a detractor's follow-up was filled in, to be recorded. */
  'nps-follow-up-record': { responseId: string; by: string; note: string | null; reasons: FollowUpReason[] };
  /** Console: a survey's settings form was sent. */
  'nps-survey-save': SurveyFields;
  /** Console: a survey's texts were sent, every language's. */
  'nps-texts-save': { texts: SurveyTextEntry[] };
  /** Console: a survey's own comment themes were sent, the whole list. */
  'nps-themes-save': { customThemes: CustomThemeInput[]; themeCues: ThemeCueWordsInput[] };
  /** Console: the install check is to be read again. */
  'nps-install-check': Record<string, never>;
  /** Console: a recipient's signed links and email snippet are to be made. */
  'nps-links-make': {
    language: string;
    market: string | null;
    customer: string | null;
    send: string | null;
    expiresInDays: number;
  };
  /** Console: the survey's link key is to be rotated (every link made before stops working). */
  'nps-link-key-rotate': Record<string, never>;
  /** Console: a read token is to be made. */
  'nps-token-create': { label: string };
  /** Console: a read token is to be revoked. */
  'nps-token-revoke': { id: string };
  /** Console: an email address is to be invited with a role. */
  'nps-member-invite': { email: string; role: 'OWNER' | 'EDITOR' | 'ANALYST' | 'VIEWER' };
  /** Console: a person's role is to change; null takes it away. */
  'nps-member-role': { userId: string; role: 'OWNER' | 'EDITOR' | 'ANALYST' | 'VIEWER' | null };
  /** Console: an invitation is to be revoked. */
  'nps-invitation-revoke': { id: string };
  /** Console: a person signs in with their email address and password (or makes their account, or joins). */
  'nps-sign-in': { email: string; password: string };
  /** Console: the admin token was given to sign in with. */
  'nps-token-sign-in': { token: string };
  /** Console: a survey of the list is to be opened. */
  'nps-survey-open': { id: string };
  /** Console: a new survey is to be made. */
  'nps-survey-new': Record<string, never>;
  /** Console: the open survey (or the new one) is to be closed: back to the list. */
  'nps-survey-close': Record<string, never>;
  /** Console: another tab of the open survey was chosen. */
  'nps-survey-tab': { tab: Tab };
  /** Console: the open survey is to be paused or resumed, archived or brought back. */
  'nps-survey-lifecycle': { active: boolean } | { archived: boolean };
  /** Console: the open survey is to be deleted; `brand` is its name as typed to confirm. */
  'nps-survey-delete': { brand: string };
  /** Console: a survey was saved, or made (`created`): the API's copy of it. */
  'nps-survey-saved': { survey: ConsoleSurvey; created: boolean };
  /** Console: a survey was deleted, and what went with it. */
  'nps-survey-deleted': { survey: ConsoleSurvey; deletion: Deletion };
  /** Console: what the console is to say, by its key (null: nothing). */
  'nps-console-notice': ConsoleNotice | null;
  /** Console: a request failed: the console says why in its own words. */
  'nps-console-failure': { error: unknown };
}

/** A theme of one side of the why panel: a built-in one, or one of the survey's own, by its code. */
export type ThemeChoice =
  | { readonly theme: Exclude<FollowUpReason, 'OTHER'>; readonly category: 'DETRACTOR' | 'PROMOTER' }
  | { readonly code: string; readonly category: 'DETRACTOR' | 'PROMOTER' };

/** What the console says: one of its texts (by key, so that it follows the language), as an alert or not. */
export interface ConsoleNotice {
  readonly key: MessageKey<ConsoleMessages>;
  readonly alert: boolean;
  readonly values?: Record<string, string | number>;
}

declare global {
  interface HTMLElementEventMap {
    'nps-select': CustomEvent<NpsEventMap['nps-select']>;
    'nps-ready': CustomEvent<NpsEventMap['nps-ready']>;
    'nps-score': CustomEvent<NpsEventMap['nps-score']>;
    'nps-comment': CustomEvent<NpsEventMap['nps-comment']>;
    'nps-dismiss': CustomEvent<NpsEventMap['nps-dismiss']>;
    'nps-complete': CustomEvent<NpsEventMap['nps-complete']>;
    'nps-segment-select': CustomEvent<NpsEventMap['nps-segment-select']>;
    'nps-theme-select': CustomEvent<NpsEventMap['nps-theme-select']>;
    'nps-theme-correct': CustomEvent<NpsEventMap['nps-theme-correct']>;
    'nps-follow-up-record': CustomEvent<NpsEventMap['nps-follow-up-record']>;
    'nps-filter': CustomEvent<NpsEventMap['nps-filter']>;
    'nps-export': CustomEvent<NpsEventMap['nps-export']>;
    'nps-category-select': CustomEvent<NpsEventMap['nps-category-select']>;
    'nps-webhook-create': CustomEvent<NpsEventMap['nps-webhook-create']>;
    'nps-webhook-test': CustomEvent<NpsEventMap['nps-webhook-test']>;
    'nps-webhook-delete': CustomEvent<NpsEventMap['nps-webhook-delete']>;
    'nps-survey-save': CustomEvent<NpsEventMap['nps-survey-save']>;
    'nps-texts-save': CustomEvent<NpsEventMap['nps-texts-save']>;
    'nps-themes-save': CustomEvent<NpsEventMap['nps-themes-save']>;
    'nps-install-check': CustomEvent<NpsEventMap['nps-install-check']>;
    'nps-links-make': CustomEvent<NpsEventMap['nps-links-make']>;
    'nps-link-key-rotate': CustomEvent<NpsEventMap['nps-link-key-rotate']>;
    'nps-token-create': CustomEvent<NpsEventMap['nps-token-create']>;
    'nps-token-revoke': CustomEvent<NpsEventMap['nps-token-revoke']>;
    'nps-member-invite': CustomEvent<NpsEventMap['nps-member-invite']>;
    'nps-member-role': CustomEvent<NpsEventMap['nps-member-role']>;
    'nps-invitation-revoke': CustomEvent<NpsEventMap['nps-invitation-revoke']>;
    'nps-sign-in': CustomEvent<NpsEventMap['nps-sign-in']>;
    'nps-token-sign-in': CustomEvent<NpsEventMap['nps-token-sign-in']>;
    'nps-survey-open': CustomEvent<NpsEventMap['nps-survey-open']>;
    'nps-survey-new': CustomEvent<NpsEventMap['nps-survey-new']>;
    'nps-survey-close': CustomEvent<NpsEventMap['nps-survey-close']>;
    'nps-survey-tab': CustomEvent<NpsEventMap['nps-survey-tab']>;
    'nps-survey-lifecycle': CustomEvent<NpsEventMap['nps-survey-lifecycle']>;
    'nps-survey-delete': CustomEvent<NpsEventMap['nps-survey-delete']>;
    'nps-survey-saved': CustomEvent<NpsEventMap['nps-survey-saved']>;
    'nps-survey-deleted': CustomEvent<NpsEventMap['nps-survey-deleted']>;
    'nps-console-notice': CustomEvent<NpsEventMap['nps-console-notice']>;
    'nps-console-failure': CustomEvent<NpsEventMap['nps-console-failure']>;
  }
}

/** The one way the widget's elements fire events. */
export function emit<K extends keyof NpsEventMap>(
  target: EventTarget,
  name: K,
  detail: NpsEventMap[K],
): void {
  target.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
}
