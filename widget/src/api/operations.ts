/** The widget's two operations. Their types are generated from the SDL into `__generated__/operations.ts`. */

export const SURVEY_CONFIG = /* GraphQL */ `
  query SurveyConfig($siteKey: String!, $customer: String) {
    surveyConfig(siteKey: $siteKey, customer: $customer) {
      siteKey
      brand
      languages
      defaultLanguage
      markets
      texts { language key text }
      recontactDays
      sampleRate
      delaySeconds
      active
      customerAnsweredRecently
    }
  }
`;

export const SUBMIT_RESPONSE = /* GraphQL */ `
  mutation SubmitResponse($input: SubmitResponseInput!) {
    submitResponse(input: $input) { response { id category } duplicate }
  }
`;
