/** The dashboard's operations: public GraphQL with a read token. Types generated into `__generated__/`. */

export const SURVEYS = /* GraphQL */ `
  query DashboardSurveys {
    surveys { id brand languages markets }
  }
`;

/** The headline and the trend follow the chosen cell (`segment`); the grid always shows every cell. */
export const REPORT = /* GraphQL */ `
  query DashboardReport(
    $surveyId: ID!
    $period: NpsFilter!
    $segment: NpsFilter!
    $bucket: TimeBucket!
    $from: DateTime
    $to: DateTime
  ) {
    headline: nps(surveyId: $surveyId, filter: $segment) {
      overall { responses promoters passives detractors promoterPercent passivePercent detractorPercent nps marginOfError }
    }
    grid: nps(surveyId: $surveyId, filter: $period, groupBy: [LANGUAGE, MARKET]) {
      segments { language market score { responses nps marginOfError } }
    }
    trend: nps(surveyId: $surveyId, filter: $segment, bucket: $bucket) {
      segments { period score { responses nps marginOfError } }
    }
    followUpReasons(surveyId: $surveyId, from: $from, to: $to) { reason count }
  }
`;

export const COMMENTS = /* GraphQL */ `
  query DashboardComments($surveyId: ID!, $filter: ResponseFilter!) {
    responses(surveyId: $surveyId, filter: $filter, first: 20) {
      edges { node { id score category comment language market createdAt } }
    }
  }
`;

export const FOLLOW_UP_QUEUE = /* GraphQL */ `
  query DashboardFollowUpQueue($surveyId: ID!) {
    followUpQueue(surveyId: $surveyId, first: 100) {
      secondsLeft
      overdue
      response { id score comment language market }
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
          comment
          pageUrl
          followUp { at by reasons note }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`;
