import { actor, authorize, requireSignedIn } from '../../../services/auth.ts';
import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';

export const eraseResponse: NonNullable<MutationResolvers['eraseResponse']> = async (
  _parent,
  { id },
  { auth, services },
) => {
  requireSignedIn(auth);
  const response = await services.responses.get(id);
  authorize(auth, 'eraseResponse', String(response.survey));
  return services.erasure.eraseResponse(response, actor(auth));
};
