/** The dashboard's operations: public GraphQL with a read token. Types generated into `__generated__/`. */

export const SURVEYS = /* GraphQL */ `
  query DashboardSurveys {
    surveys { id brand languages markets minResponses access customThemes { code texts { language name } } }
  }
`;

/**
 * The headline, the trend and the themes follow the chosen cell (`segment`); the grid always shows every cell. Each
 * is compared with the period of the same length just before (`previous`, `previousSegment`).
 */
export const REPORT = /* GraphQL */ `
  query DashboardReport(
    $surveyId: ID!
    $period: NpsFilter!
    $segment: NpsFilter!
    $previous: NpsComparison!
    $previousSegment: NpsFilter!
    $bucket: TimeBucket!
    $from: DateTime
    $to: DateTime
  ) {
    headline: nps(surveyId: $surveyId, filter: $segment, compareTo: $previous) {
      overall { responses promoters passives detractors promoterPercent passivePercent detractorPercent nps marginOfError }
      overallChange { points marginOfError significant previous { responses nps } }
    }
    grid: nps(surveyId: $surveyId, filter: $period, groupBy: [LANGUAGE, MARKET], compareTo: $previous) {
      segments {
        language
        market
        score { responses nps marginOfError lowerBound hidden }
        change { points marginOfError significant }
      }
    }
    trend: nps(surveyId: $surveyId, filter: $segment, bucket: $bucket, compareTo: $previous) {
      segments {
        period
        score { responses nps marginOfError }
        change { previous { responses nps marginOfError } }
      }
    }
    channels: nps(surveyId: $surveyId, filter: $period, groupBy: [CHANNEL]) {
      segments { channel score { responses nps marginOfError hidden } }
    }
    themes: themes(surveyId: $surveyId, filter: $segment) {
      overall {
        score { promoters detractors }
        themes { theme promoters detractors promoterPercent detractorPercent }
        customThemes { code promoters detractors promoterPercent detractorPercent }
      }
    }
    previousThemes: themes(surveyId: $surveyId, filter: $previousSegment) {
      overall {
        score { promoters detractors }
        themes { theme promoterPercent detractorPercent }
        customThemes { code promoterPercent detractorPercent }
      }
    }
    followUpReasons(surveyId: $surveyId, from: $from, to: $to) { reason count }
  }
`;

export const COMMENTS = /* GraphQL */ `
  query DashboardComments($surveyId: ID!, $filter: ResponseFilter!) {
    responses(surveyId: $surveyId, filter: $filter, first: 20) {
      edges {
        node {
          id score category comment language market channel createdAt themes
          themeMatches { theme start end counted }
          themeCorrections { theme present by at }
          customThemeMatches { code start end counted }
          customThemes
          customThemeCorrections { code present by at }
        }
      }
    }
  }
`;

export const CORRECT_THEME = /* GraphQL */ `
  mutation DashboardCorrectTheme($responseId: ID!, $theme: FollowUpReason!, $present: Boolean) {
    correctTheme(responseId: $responseId, theme: $theme, present: $present) { id themes }
  }
`;

export const CORRECT_CUSTOM_THEME = /* GraphQL */ `
  mutation DashboardCorrectCustomTheme($responseId: ID!, $code: String!, $present: Boolean) {
    correctCustomTheme(responseId: $responseId, code: $code, present: $present) { id customThemes }
  }
`;

export const FOLLOW_UP_QUEUE = /* GraphQL */ `
  query DashboardFollowUpQueue($surveyId: ID!) {
    followUpQueue(surveyId: $surveyId, first: 100) {
      secondsLeft
      overdue
      response { id score comment language market channel }
    }
  }
`;

export const RECORD_FOLLOW_UP = /* GraphQL */ `
  mutation DashboardRecordFollowUp($input: RecordFollowUpInput!) {
    recordFollowUp(input: $input) { id }
  }
`;

export const EXPORT_PAGE = /* GraphQL */ `
  query DashboardExport($surveyId: ID!, $filter: ResponseFilter!, $after: String) {
    responses(surveyId: $surveyId, filter: $filter, first: 50, after: $after) {
      edges {
        node {
          id
          createdAt
          score
          category
          language
          market
          channel
          comment
          themes
          pageUrl
          followUp { at by reasons note }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

export const WEBHOOKS = /* GraphQL */ `
  query DashboardWebhooks($surveyId: ID!) {
    webhooks(surveyId: $surveyId) { id url events format enabled failingSince }
  }
`;

export const WEBHOOK_DELIVERIES = /* GraphQL */ `
  query DashboardWebhookDeliveries($webhookId: ID!) {
    webhookDeliveries(webhookId: $webhookId, first: 3) {
      edges { node { id event status attempts lastStatus createdAt } }
    }
  }
`;

export const CREATE_WEBHOOK = /* GraphQL */ `
  mutation DashboardCreateWebhook($input: CreateWebhookInput!) {
    createWebhook(input: $input) { secret webhook { id } }
  }
`;

export const TEST_WEBHOOK = /* GraphQL */ `
  mutation DashboardTestWebhook($id: ID!) {
    testWebhook(id: $id) { id status }
  }
`;

export const DELETE_WEBHOOK = /* GraphQL */ `
  mutation DashboardDeleteWebhook($id: ID!) {
    deleteWebhook(id: $id)
  }
`;
