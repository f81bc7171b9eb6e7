import { type InferSchemaType, Schema } from 'mongoose';

/**
 * When a page on one of a survey's allowed origins last loaded its configuration (`<surveyId>:<origin>`): how an
 * owner knows the script tag works there. Written at most once a minute per origin by each instance.
 */
export const surveyInstallSchema = new Schema(
  {
    _id: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { strict: 'throw', versionKey: false, collection: 'survey_installs' },
);

export type SurveyInstall = InferSchemaType<typeof surveyInstallSchema>;
