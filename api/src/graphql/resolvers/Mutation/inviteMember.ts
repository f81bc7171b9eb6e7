import { actor, authorize } from '../../../auth/auth.ts';
import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';
import { fromSchemaRole } from '../roles.ts';

export const inviteMember: NonNullable<MutationResolvers['inviteMember']> = async (
  _parent,
  { surveyId, email, role },
  { auth, services },
) => {
  authorize(auth, 'inviteMember', surveyId);
  await services.surveys.get(surveyId);
  const { invitation, code } = await services.people.invite(
    surveyId,
    email,
    fromSchemaRole(role),
    actor(auth),
  );
  await services.audit.record(surveyId, actor(auth), 'MEMBER_INVITED', `${invitation.email} (${role})`);
  return {
    code,
    invitation: {
      id: invitation._id,
      email: invitation.email,
      role,
      surveyId,
      expiresAt: invitation.expiresAt,
    },
  };
};
