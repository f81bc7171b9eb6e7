import { actor } from '../../../services/auth.ts';
import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';
import { respondentSurvey } from '../respondent-survey.ts';

export const eraseRespondent: NonNullable<MutationResolvers['eraseRespondent']> = async (
  _parent,
  { customerId, surveyId },
  context,
) =>
  context.services.erasure.eraseRespondent(
    customerId,
    await respondentSurvey(context, surveyId, 'eraseRespondent'),
    actor(context.auth),
  );
