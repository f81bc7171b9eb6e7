import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';

export const acceptInvitation: NonNullable<MutationResolvers['acceptInvitation']> = async (
  _parent,
  { code, password },
  { services, session },
) => {
  const signedIn = await services.people.accept(code, password);
  session.set(signedIn.token, signedIn.maxAgeSeconds);
  return signedIn.user;
};
