import { actor, authorize, requireSignedIn } from '../../../auth/auth.ts';
import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';

export const eraseResponse: NonNullable<MutationResolvers['eraseResponse']> = async (
  _parent,
  { id },
  { auth, services },
) => {
  requireSignedIn(auth);
  const response = await services.responses.get(id);
  authorize(auth, 'eraseResponse', String(response.survey));
  const erasure = await services.erasure.eraseResponse(response, actor(auth));
  await services.audit.record(String(response.survey), actor(auth), 'RESPONSE_ERASED', '1');
  return erasure;
};
