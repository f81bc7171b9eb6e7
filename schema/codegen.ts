import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types generated from the SDL for each side of the contract, so that nothing is typed twice. Generated files
 * are committed; `pnpm codegen:check` (part of `pnpm test`) fails when one is stale.
 */
const config: CodegenConfig = {
  schema: 'src/*.graphql',
  generates: {
    '../api/src/graphql/__generated__/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        // Type-only imports and no runtime enums: Node runs the API by stripping types.
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../context.ts#Context',
        strictScalars: true,
        scalars: { DateTime: 'Date', JSON: 'unknown' },
        mappers: {
          Survey: '../../models/survey.model.ts#SurveyDoc',
          QuestionOverride: '../../models/survey.model.ts#StoredQuestionOverride',
          SurveyText: '../../models/survey-text.ts#StoredSurveyText',
          Response: '../../models/response.model.ts#ResponseDoc',
          ReadToken: '../../models/token.model.ts#TokenDoc',
          Webhook: '../../models/webhook.model.ts#WebhookDoc',
          WebhookDelivery: '../../models/webhook-delivery.model.ts#StoredWebhookDelivery',
        },
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        maybeValue: 'T | null',
        inputMaybeValue: 'T | null | undefined',
      },
    },
    ...Object.fromEntries(
      ['api', 'dashboard/api', 'console/api'].map((folder) => [
        `../widget/src/${folder}/__generated__/operations.ts`,
        {
          documents: `../widget/src/${folder}/operations.ts`,
          plugins: ['typescript-operations'],
          config: {
            useTypeImports: true,
            enumsAsTypes: true,
            onlyOperationTypes: true,
            strictScalars: true,
            scalars: { DateTime: 'string', JSON: 'unknown' },
            avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
            maybeValue: 'T | null',
            inputMaybeValue: 'T | null | undefined',
          },
        },
      ]),
    ),
  },
};

export default config;
