import { authorize } from '../../../auth/auth.ts';
import type { QueryResolvers } from '../../__generated__/resolvers-types.ts';

export const survey: NonNullable<QueryResolvers['survey']> = async (_parent, { id }, { auth, services }) => {
  authorize(auth, 'survey', id);
  return services.surveys.get(id);
};
