import type { QueryResolvers } from '../../__generated__/resolvers-types.ts';
import { respondentSurvey } from '../respondent-survey.ts';

export const respondentData: NonNullable<QueryResolvers['respondentData']> = async (
  _parent,
  { customerId, surveyId },
  context,
) =>
  context.services.erasure.respondentData(
    customerId,
    await respondentSurvey(context, surveyId, 'respondentData'),
  );
