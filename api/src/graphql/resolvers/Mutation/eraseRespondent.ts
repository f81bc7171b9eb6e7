import { actor } from '../../../auth/auth.ts';
import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';
import { respondentSurvey } from '../respondent-survey.ts';

export const eraseRespondent: NonNullable<MutationResolvers['eraseRespondent']> = async (
  _parent,
  { customerId, surveyId },
  context,
) => {
  const by = actor(context.auth);
  const erasure = await context.services.erasure.eraseRespondent(
    customerId,
    await respondentSurvey(context, surveyId, 'eraseRespondent'),
    by,
  );
  // The customer's id is personal data: the log says how many answers, never whose.
  for (const survey of erasure.surveyIds) {
    await context.services.audit.record(survey, by, 'RESPONDENT_ERASED', String(erasure.responses));
  }
  return erasure;
};
