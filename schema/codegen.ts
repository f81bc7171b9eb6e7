import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types generated from the SDL for each side of the contract, so that nothing is typed twice. Generated files
 * are committed; `pnpm codegen:check` (part of `pnpm test`) fails when one is stale.
 */
/** How the API sees the contract's types. */
const api = {
  // Type-only imports and no runtime enums: Node runs the API by stripping types.
  useTypeImports: true,
  enumsAsTypes: true,
  strictScalars: true,
  scalars: { DateTime: 'Date', JSON: 'unknown' },
  avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
  maybeValue: 'T | null',
  inputMaybeValue: 'T | null | undefined',
};

const config: CodegenConfig = {
  schema: 'src/*.graphql',
  generates: {
    // The contract's own types (inputs, enums, objects) as plain TypeScript, in the API's terms (a DateTime is a
    // Date): what the services, the models and the scripts import, with no resolver or context in them.
    'src/__generated__/types.ts': {
      plugins: ['typescript'],
      config: api,
    },
    // The resolvers' types, over those: the one file that knows the GraphQL layer's context and the stored shapes.
    '../api/src/graphql/__generated__/resolvers-types.ts': {
      // The import by hand: the `import-types` preset adds it only beside documents (graphql-code-generator#5775).
      plugins: [
        { add: { content: "import type * as Types from '@nps/schema/types';" } },
        'typescript-resolvers',
      ],
      config: {
        ...api,
        namespacedImportName: 'Types',
        contextType: '../context.ts#Context',
        mappers: {
          Survey: '../../models/survey.model.ts#SurveyDoc',
          QuestionOverride: '../../models/survey.model.ts#StoredQuestionOverride',
          SurveyText: '../../models/survey-text.ts#StoredSurveyText',
          Response: '../../models/response.model.ts#ResponseDoc',
          ReadToken: '../../models/token.model.ts#TokenDoc',
          Webhook: '../../models/webhook.model.ts#WebhookDoc',
          WebhookDelivery: '../../models/webhook-delivery.model.ts#StoredWebhookDelivery',
        },
      },
    },
    ...Object.fromEntries(
      ['api', 'owner/dashboard/api', 'owner/console/api'].map((folder) => [
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
