import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';

export const acceptInvitation: NonNullable<MutationResolvers['acceptInvitation']> = async (
  _parent,
  { code, password },
  { services, session },
) => {
  const { signedIn, survey, role } = await services.people.accept(code, password);
  session.set(signedIn.token, signedIn.maxAgeSeconds);
  await services.audit.record(
    survey,
    `user:${signedIn.user.id}`,
    'MEMBER_JOINED',
    `${signedIn.user.email} (${role})`,
  );
  return signedIn.user;
};
