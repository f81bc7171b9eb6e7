import { type InferSchemaType, Schema } from 'mongoose';

/**
 * One change of a survey's settings or texts (`<surveyId>:<version>`): which fields it set, to what, and when. The
 * unique `_id` makes exactly one of two owners saving on the same version win, on every instance and on FerretDB
 * (whose conditional updates are not atomic); the winner then writes the survey. A change claimed but not yet
 * written to its survey (its instance died in between) is written by the next change, from `set`. The fields tell an
 * owner whose save came too late what changed meanwhile.
 */
export const surveyRevisionSchema = new Schema(
  {
    _id: { type: String, required: true },
    survey: { type: Schema.Types.ObjectId, required: true },
    version: { type: Number, required: true, min: 1 },
    fields: { type: [String], default: [] },
    set: { type: Schema.Types.Mixed, required: true },
    at: { type: Date, required: true },
  },
  { strict: 'throw', versionKey: false, collection: 'survey_revisions' },
);

export type SurveyRevision = InferSchemaType<typeof surveyRevisionSchema>;
