import { WIDGET_TEXT_PLACEHOLDERS, type WidgetTextKey } from '@nps/schema/widget-texts';
import { type InferSchemaType, Schema } from 'mongoose';
import { LANGUAGE } from './validators.ts';

// The rules live with the schema, so that the console checks a text as the API will, as it is typed.
export { WIDGET_TEXT_PLACEHOLDERS, type WidgetTextKey, widgetTextProblem } from '@nps/schema/widget-texts';

export const surveyTextSchema = new Schema(
  {
    language: { type: String, required: true, match: LANGUAGE },
    key: { type: String, required: true, enum: Object.keys(WIDGET_TEXT_PLACEHOLDERS) },
    text: { type: String, required: true, trim: true, minlength: 1, maxlength: 500 },
  },
  { _id: false },
);

export type StoredSurveyText = InferSchemaType<typeof surveyTextSchema> & { key: WidgetTextKey };
