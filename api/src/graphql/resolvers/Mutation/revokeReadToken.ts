import { actor, authorize, requireSignedIn } from '../../../auth/auth.ts';
import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';

export const revokeReadToken: NonNullable<MutationResolvers['revokeReadToken']> = async (
  _parent,
  { id },
  { auth, services },
) => {
  requireSignedIn(auth);
  const surveyId = await services.auth.surveyOfReadToken(id);
  authorize(auth, 'revokeReadToken', surveyId);
  await services.auth.revokeReadToken(id);
  await services.audit.record(surveyId, actor(auth), 'TOKEN_REVOKED', id);
  return true;
};
