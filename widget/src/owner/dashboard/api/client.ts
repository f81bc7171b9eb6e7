import { TokenClient } from '../../../api/client.ts';
import type {
  Channel,
  DashboardCommentsQuery,
  DashboardExportQuery,
  DashboardFollowUpQueueQuery,
  DashboardReportQuery,
  DashboardReportQueryVariables,
  DashboardSurveysQuery,
  DashboardWebhookDeliveriesQuery,
  DashboardWebhooksQuery,
  FollowUpReason,
  NpsCategory,
  RecordFollowUpInput,
  TimeBucket,
  WebhookEvent,
  WebhookFormat,
} from './__generated__/operations.ts';
import {
  COMMENTS,
  CORRECT_CUSTOM_THEME,
  CORRECT_THEME,
  CREATE_WEBHOOK,
  DELETE_WEBHOOK,
  EXPORT_PAGE,
  FOLLOW_UP_QUEUE,
  RECORD_FOLLOW_UP,
  REPORT,
  SURVEYS,
  TEST_WEBHOOK,
  WEBHOOK_DELIVERIES,
  WEBHOOKS,
} from './operations.ts';

export type {
  Channel,
  FollowUpReason,
  NpsCategory,
  RecordFollowUpInput,
  TimeBucket,
  WebhookEvent,
  WebhookFormat,
};
/** A subscription as the dashboard shows it, with its last deliveries. */
export type DashboardWebhook = DashboardWebhooksQuery['webhooks'][number] & {
  readonly deliveries: DashboardWebhookDeliveriesQuery['webhookDeliveries']['edges'][number]['node'][];
};
/** Every webhook event, in the order the form offers them. */
export const WEBHOOK_EVENTS = Object.keys({
  RESPONSE_CREATED: true,
  RESPONSE_COMMENTED: true,
  DETRACTOR_OVERDUE: true,
  FOLLOW_UP_RECORDED: true,
} satisfies Record<WebhookEvent, true>) as WebhookEvent[];
export type DashboardSurvey = DashboardSurveysQuery['surveys'][number];
export type DashboardReport = DashboardReportQuery;
export type Comment = DashboardCommentsQuery['responses']['edges'][number]['node'];
export type FollowUpTask = DashboardFollowUpQueueQuery['followUpQueue'][number];
export type GridSegment = DashboardReportQuery['grid']['segments'][number];
export type TrendPoint = DashboardReportQuery['trend']['segments'][number];
export type HeadlineChange = DashboardReportQuery['headline']['overallChange'];
export type ThemeCounts = DashboardReportQuery['themes']['overall'];
export type PreviousThemeCounts = DashboardReportQuery['previousThemes']['overall'];
/** A comment's theme, where it was found in the text. */
export type ThemeMatch = Comment['themeMatches'][number];
/** The comment themes: the follow-up reasons less `OTHER`. */
export type Theme = Exclude<FollowUpReason, 'OTHER'>;

/** Every follow-up reason, in the order the form offers them; the `Record` makes the schema's enum complete here. */
export const FOLLOW_UP_REASONS = Object.keys({
  PRICE: true,
  QUALITY: true,
  STAFF: true,
  DELIVERY: true,
  SUPPORT: true,
  OTHER: true,
} satisfies Record<FollowUpReason, true>) as FollowUpReason[];
/** The comment themes, in the same order. */
export const THEMES = FOLLOW_UP_REASONS.filter((reason): reason is Theme => reason !== 'OTHER');
export type ExportedResponse = DashboardExportQuery['responses']['edges'][number]['node'];

/** What the dashboard looks at: a period of whole UTC days, and optionally one language and one market. */
export interface View {
  readonly surveyId: string;
  readonly from: Date;
  readonly to: Date;
  readonly language: string | null;
  readonly market: string | null;
  readonly channel: Channel | null;
}

/** Largest export, in answers: a browser holds it all in memory before saving it. */
export const EXPORT_LIMIT = 50_000;

/** The dashboard's reads and its one write, with the read token it was opened with. */
export class DashboardClient extends TokenClient {
  async surveys(): Promise<DashboardSurvey[]> {
    return (await this.request<DashboardSurveysQuery>(SURVEYS)).surveys;
  }

  /** The view's reports, each compared with the period of the same length just before it. */
  report(view: View, bucket: TimeBucket): Promise<DashboardReport> {
    const period = { from: view.from.toISOString(), to: view.to.toISOString() };
    const length = view.to.getTime() - view.from.getTime();
    const previous = {
      from: new Date(view.from.getTime() - length).toISOString(),
      to: view.from.toISOString(),
    };
    const variables: DashboardReportQueryVariables = {
      surveyId: view.surveyId,
      period,
      segment: { ...period, ...segmentFilter(view) },
      previous,
      previousSegment: { ...previous, ...segmentFilter(view) },
      bucket,
      ...period,
    };
    return this.request<DashboardReportQuery>(REPORT, variables);
  }

  /** The view's latest comments, of one category and with one theme when asked. */
  /** The view's comments, of a category, and of a built-in theme or one of the survey's own (by code), if given. */
  async comments(
    view: View,
    category: NpsCategory | null,
    theme: Theme | null = null,
    customTheme: string | null = null,
  ): Promise<Comment[]> {
    const filter = {
      ...responseFilter(view),
      withComment: true,
      ...(category && { categories: [category] }),
      ...(theme && { themes: [theme] }),
      ...(customTheme && { customThemes: [customTheme] }),
    };
    const data = await this.request<DashboardCommentsQuery>(COMMENTS, { surveyId: view.surveyId, filter });
    return data.responses.edges.map((edge) => edge.node);
  }

  async followUpQueue(surveyId: string): Promise<FollowUpTask[]> {
    return (await this.request<DashboardFollowUpQueueQuery>(FOLLOW_UP_QUEUE, { surveyId })).followUpQueue;
  }

  async recordFollowUp(input: RecordFollowUpInput): Promise<void> {
    await this.request(RECORD_FOLLOW_UP, { input });
  }

  /** An analyst's word on one theme of a comment: it has it, has it not, or is the classifier's again (null). */
  async correctTheme(responseId: string, theme: Theme, present: boolean | null): Promise<void> {
    await this.request(CORRECT_THEME, { responseId, theme, present });
  }

  /** As `correctTheme`, for one of the survey's own themes by its code. */
  async correctCustomTheme(responseId: string, code: string, present: boolean | null): Promise<void> {
    await this.request(CORRECT_CUSTOM_THEME, { responseId, code, present });
  }

  /** The survey's subscriptions, each with its last three deliveries. */
  async webhooks(surveyId: string): Promise<DashboardWebhook[]> {
    const { webhooks } = await this.request<DashboardWebhooksQuery>(WEBHOOKS, { surveyId });
    return Promise.all(
      webhooks.map(async (webhook) => {
        const data = await this.request<DashboardWebhookDeliveriesQuery>(WEBHOOK_DELIVERIES, {
          webhookId: webhook.id,
        });
        return { ...webhook, deliveries: data.webhookDeliveries.edges.map((edge) => edge.node) };
      }),
    );
  }

  /** Makes a subscription; returns its secret, shown this once. */
  async createWebhook(
    surveyId: string,
    url: string,
    events: WebhookEvent[],
    format: WebhookFormat,
  ): Promise<string> {
    const data = await this.request<{ createWebhook: { secret: string } }>(CREATE_WEBHOOK, {
      input: { surveyId, url, events, format },
    });
    return data.createWebhook.secret;
  }

  async testWebhook(id: string): Promise<void> {
    await this.request(TEST_WEBHOOK, { id });
  }

  async deleteWebhook(id: string): Promise<void> {
    await this.request(DELETE_WEBHOOK, { id });
  }

  /** Every answer of the view, newest first, up to `EXPORT_LIMIT`: pages of 50, within the API's cost limit. */
  async exportResponses(view: View): Promise<ExportedResponse[]> {
    const rows: ExportedResponse[] = [];
    let after: string | null = null;
    do {
      const data: DashboardExportQuery = await this.request<DashboardExportQuery>(EXPORT_PAGE, {
        surveyId: view.surveyId,
        filter: responseFilter(view),
        after,
      });
      rows.push(...data.responses.edges.map((edge) => edge.node));
      after = data.responses.pageInfo.hasNextPage ? data.responses.pageInfo.endCursor : null;
    } while (after && rows.length < EXPORT_LIMIT);
    return rows.slice(0, EXPORT_LIMIT);
  }
}

function segmentFilter({ language, market, channel }: View) {
  return {
    ...(language && { languages: [language] }),
    ...(market && { markets: [market] }),
    ...(channel && { channels: [channel] }),
  };
}

function responseFilter(view: View) {
  return { from: view.from.toISOString(), to: view.to.toISOString(), ...segmentFilter(view) };
}
