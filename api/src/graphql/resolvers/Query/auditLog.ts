import { authorize } from '../../../auth/auth.ts';
import type { QueryResolvers } from '../../__generated__/resolvers-types.ts';

export const auditLog: NonNullable<QueryResolvers['auditLog']> = async (
  _parent,
  { surveyId, first },
  { auth, services },
) => {
  authorize(auth, 'auditLog', surveyId);
  await services.surveys.idOf(surveyId);
  return services.audit.list(surveyId, first ?? 50);
};
