import type { Role } from '../../../auth/access.ts';
import { authorize } from '../../../auth/auth.ts';
import type { QueryResolvers } from '../../__generated__/resolvers-types.ts';
import { toSchemaRole } from '../roles.ts';

export const invitations: NonNullable<QueryResolvers['invitations']> = async (
  _parent,
  { surveyId },
  { auth, services },
) => {
  authorize(auth, 'invitations', surveyId);
  await services.surveys.idOf(surveyId);
  return (await services.people.invitations(surveyId)).map((invitation) => ({
    id: invitation._id,
    email: invitation.email,
    role: toSchemaRole(invitation.role as Role),
    surveyId: invitation.survey,
    expiresAt: invitation.expiresAt,
  }));
};
