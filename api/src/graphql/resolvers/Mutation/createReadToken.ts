import { actor, authorize } from '../../../auth/auth.ts';
import { fromValidationError } from '../../../errors.ts';
import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';

export const createReadToken: NonNullable<MutationResolvers['createReadToken']> = async (
  _parent,
  { surveyId, label },
  { auth, services },
) => {
  authorize(auth, 'createReadToken', surveyId);
  const survey = await services.surveys.get(surveyId);
  try {
    const { doc, token } = await services.auth.createReadToken(survey._id, label);
    await services.audit.record(surveyId, actor(auth), 'TOKEN_CREATED', doc.label);
    return { readToken: doc, token };
  } catch (error) {
    return fromValidationError(error);
  }
};
