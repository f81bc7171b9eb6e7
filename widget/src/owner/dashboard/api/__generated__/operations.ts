/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** Where an answer was given. */
export type Channel =
  /** A score link of an email (`surveyLinks`). */
  | 'EMAIL'
  /** The hosted survey page, reached by a link (SMS, chat, a QR code). */
  | 'LINK'
  /** The widget on the survey's site. */
  | 'WIDGET';

export type CreateWebhookInput = {
  /** At least one. */
  events: Array<WebhookEvent>;
  filter?: WebhookFilterInput | null | undefined;
  /** Defaults to JSON. */
  format?: WebhookFormat | null | undefined;
  overdueHours?: number | null | undefined;
  surveyId: string | number;
  url: string;
};

/** Why a detractor was unhappy, as the follow-up found out. */
export type FollowUpReason =
  | 'DELIVERY'
  | 'OTHER'
  | 'PRICE'
  | 'QUALITY'
  | 'STAFF'
  | 'SUPPORT';

/** 0-6 detractors, 7-8 passives, 9-10 promoters. */
export type NpsCategory =
  | 'DETRACTOR'
  | 'PASSIVE'
  | 'PROMOTER';

/** A report's period and the one it is compared with, in whole UTC days like `NpsFilter`'s bounds. */
export type NpsComparison = {
  /** Inclusive. */
  from: string;
  /** Exclusive. */
  to: string;
};

export type NpsFilter = {
  channels?: Array<Channel> | null | undefined;
  /** Inclusive. */
  from?: string | null | undefined;
  languages?: Array<string> | null | undefined;
  markets?: Array<string> | null | undefined;
  /** Exclusive. */
  to?: string | null | undefined;
};

export type RecordFollowUpInput = {
  by: string;
  /** At most 2000 characters. */
  note?: string | null | undefined;
  /** At least one. */
  reasons: Array<FollowUpReason>;
  responseId: string | number;
};

export type ResponseFilter = {
  categories?: Array<NpsCategory> | null | undefined;
  channels?: Array<Channel> | null | undefined;
  /** Only responses whose comment has one of the survey's own themes, by code (`Survey.customThemes`); beside `themes`, either. */
  customThemes?: Array<string> | null | undefined;
  from?: string | null | undefined;
  languages?: Array<string> | null | undefined;
  markets?: Array<string> | null | undefined;
  /** Only responses whose comment has one of these themes. */
  themes?: Array<FollowUpReason> | null | undefined;
  to?: string | null | undefined;
  /** Only responses with a comment. */
  withComment?: boolean | null | undefined;
};

/**
 * A right on a survey (see the README's table of roles): REPORTS (figures), COMMENTS (answers one by one, with
 * customer ids and attributes), FOLLOW_UPS (the queue, and recording one), SETTINGS (settings and texts), TOKENS,
 * WEBHOOKS, ERASURE (a respondent's data), IMPORT, PEOPLE (who has which role), DELETE.
 */
export type SurveyRight =
  | 'COMMENTS'
  | 'DELETE'
  | 'ERASURE'
  | 'FOLLOW_UPS'
  | 'IMPORT'
  | 'LINKS'
  | 'PEOPLE'
  | 'REPORTS'
  | 'SETTINGS'
  | 'TOKENS'
  | 'WEBHOOKS';

/** Periods in UTC: days, ISO weeks (starting on Monday), calendar months. */
export type TimeBucket =
  | 'DAY'
  | 'MONTH'
  | 'WEEK';

export type WebhookDeliveryStatus =
  /** A 2xx answer came. */
  | 'DELIVERED'
  /** Given up after 72 hours of failures, or the subscription was disabled. */
  | 'FAILED'
  /** Waiting for its next attempt. */
  | 'PENDING';

/** What a webhook subscription is told of. */
export type WebhookEvent =
  /** A detractor is not followed up after the subscription's `overdueHours` (`data`: the answer, `dueAt`). */
  | 'DETRACTOR_OVERDUE'
  /** A follow-up is recorded (`data`: the answer, with `followUp`). */
  | 'FOLLOW_UP_RECORDED'
  /**
   * An answer's comment arrives or changes after its score, or a later score link of an email changes its score
   * (`data`: the answer as it now is).
   */
  | 'RESPONSE_COMMENTED'
  /** An answer's score is stored (`data`: the answer, without its comment when it has none yet). */
  | 'RESPONSE_CREATED';

/** What a subscription receives: only answers of these categories, languages and markets (each left out: all). */
export type WebhookFilterInput = {
  categories?: Array<NpsCategory> | null | undefined;
  languages?: Array<string> | null | undefined;
  markets?: Array<string> | null | undefined;
};

/**
 * How a subscription's deliveries are written. `JSON`: our event, `{ "type": "response.created", "timestamp":
 * "<ISO 8601>", "data": { "surveyId", "response": { "id", "score", "category", "comment", "language", "market",
 * "createdAt", "themes", "followUp", "revision" }, "dueAt" } }` (`type` is the event's name in dotted lower case).
 * Deliveries are at least once and not in order: after an outage, an answer's `response.commented` may arrive before
 * its `response.created`. `response.revision` orders one answer's events: 0 as first stored, one more with each
 * change of its comment or score and with the follow-up; the event with the highest revision carries the answer's latest state.
 * `SLACK`: a Slack
 * incoming-webhook message in the survey's default language: the score, the category, the comment as plain text,
 * language, market, and a link to the dashboard filtered to them.
 */
export type WebhookFormat =
  | 'JSON'
  | 'SLACK';

export type DashboardSurveysQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardSurveysQuery = { surveys: Array<{ id: string, brand: string, languages: Array<string>, markets: Array<string>, minResponses: number, access: Array<SurveyRight>, customThemes: Array<{ code: string, texts: Array<{ language: string, name: string }> }> }> };

export type DashboardReportQueryVariables = Exact<{
  surveyId: string | number;
  period: NpsFilter;
  segment: NpsFilter;
  previous: NpsComparison;
  previousSegment: NpsFilter;
  bucket: TimeBucket;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type DashboardReportQuery = { headline: { overall: { responses: number, promoters: number, passives: number, detractors: number, promoterPercent: number | null, passivePercent: number | null, detractorPercent: number | null, nps: number | null, marginOfError: number | null }, overallChange: { points: number | null, marginOfError: number | null, significant: boolean | null, previous: { responses: number, nps: number | null } } | null }, grid: { segments: Array<{ language: string | null, market: string | null, score: { responses: number, nps: number | null, marginOfError: number | null, lowerBound: number | null, hidden: boolean }, change: { points: number | null, marginOfError: number | null, significant: boolean | null } | null }> }, trend: { segments: Array<{ period: string | null, score: { responses: number, nps: number | null, marginOfError: number | null }, change: { previous: { responses: number, nps: number | null, marginOfError: number | null } } | null }> }, channels: { segments: Array<{ channel: Channel | null, score: { responses: number, nps: number | null, marginOfError: number | null, hidden: boolean } }> }, themes: { overall: { score: { promoters: number, detractors: number }, themes: Array<{ theme: FollowUpReason, promoters: number, detractors: number, promoterPercent: number | null, detractorPercent: number | null }>, customThemes: Array<{ code: string, promoters: number, detractors: number, promoterPercent: number | null, detractorPercent: number | null }> } }, previousThemes: { overall: { score: { promoters: number, detractors: number }, themes: Array<{ theme: FollowUpReason, promoterPercent: number | null, detractorPercent: number | null }>, customThemes: Array<{ code: string, promoterPercent: number | null, detractorPercent: number | null }> } }, followUpReasons: Array<{ reason: FollowUpReason, count: number }> };

export type DashboardCommentsQueryVariables = Exact<{
  surveyId: string | number;
  filter: ResponseFilter;
}>;


export type DashboardCommentsQuery = { responses: { edges: Array<{ node: { id: string, score: number, category: NpsCategory, comment: string | null, language: string, market: string | null, channel: Channel, createdAt: string, themes: Array<FollowUpReason>, customThemes: Array<string>, themeMatches: Array<{ theme: FollowUpReason, start: number, end: number, counted: boolean }>, themeCorrections: Array<{ theme: FollowUpReason, present: boolean, by: string, at: string }>, customThemeMatches: Array<{ code: string, start: number, end: number, counted: boolean }>, customThemeCorrections: Array<{ code: string, present: boolean, by: string, at: string }> } }> } };

export type DashboardCorrectThemeMutationVariables = Exact<{
  responseId: string | number;
  theme: FollowUpReason;
  present?: boolean | null | undefined;
}>;


export type DashboardCorrectThemeMutation = { correctTheme: { id: string, themes: Array<FollowUpReason> } };

export type DashboardCorrectCustomThemeMutationVariables = Exact<{
  responseId: string | number;
  code: string;
  present?: boolean | null | undefined;
}>;


export type DashboardCorrectCustomThemeMutation = { correctCustomTheme: { id: string, customThemes: Array<string> } };

export type DashboardFollowUpQueueQueryVariables = Exact<{
  surveyId: string | number;
}>;


export type DashboardFollowUpQueueQuery = { followUpQueue: Array<{ secondsLeft: number, overdue: boolean, response: { id: string, score: number, comment: string | null, language: string, market: string | null, channel: Channel } }> };

export type DashboardRecordFollowUpMutationVariables = Exact<{
  input: RecordFollowUpInput;
}>;


export type DashboardRecordFollowUpMutation = { recordFollowUp: { id: string } };

export type DashboardExportQueryVariables = Exact<{
  surveyId: string | number;
  filter: ResponseFilter;
  after?: string | null | undefined;
}>;


export type DashboardExportQuery = { responses: { edges: Array<{ node: { id: string, createdAt: string, score: number, category: NpsCategory, language: string, market: string | null, channel: Channel, comment: string | null, themes: Array<FollowUpReason>, pageUrl: string | null, followUp: { at: string, by: string, reasons: Array<FollowUpReason>, note: string | null } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DashboardWebhooksQueryVariables = Exact<{
  surveyId: string | number;
}>;


export type DashboardWebhooksQuery = { webhooks: Array<{ id: string, url: string, events: Array<WebhookEvent>, format: WebhookFormat, enabled: boolean, failingSince: string | null }> };

export type DashboardWebhookDeliveriesQueryVariables = Exact<{
  webhookId: string | number;
}>;


export type DashboardWebhookDeliveriesQuery = { webhookDeliveries: { edges: Array<{ node: { id: string, event: WebhookEvent, status: WebhookDeliveryStatus, attempts: number, lastStatus: number | null, createdAt: string } }> } };

export type DashboardCreateWebhookMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type DashboardCreateWebhookMutation = { createWebhook: { secret: string, webhook: { id: string } } };

export type DashboardTestWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type DashboardTestWebhookMutation = { testWebhook: { id: string, status: WebhookDeliveryStatus } };

export type DashboardDeleteWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type DashboardDeleteWebhookMutation = { deleteWebhook: boolean };
