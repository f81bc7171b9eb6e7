import { authorize, requireSignedIn } from '../../../services/auth.ts';
import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';

export const revokeReadToken: NonNullable<MutationResolvers['revokeReadToken']> = async (
  _parent,
  { id },
  { auth, services },
) => {
  requireSignedIn(auth);
  authorize(auth, 'revokeReadToken', await services.auth.surveyOfReadToken(id));
  await services.auth.revokeReadToken(id);
  return true;
};
