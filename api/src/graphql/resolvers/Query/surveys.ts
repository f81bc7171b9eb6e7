import { authorize, isGlobal } from '../../../auth/auth.ts';
import type { QueryResolvers } from '../../__generated__/resolvers-types.ts';

export const surveys: NonNullable<QueryResolvers['surveys']> = async (_parent, _args, { auth, services }) => {
  // A dashboard opened with a read token learns which survey it reads here; a person, the surveys of their roles.
  if (auth.kind === 'survey') return [await services.surveys.get(auth.surveyId)];
  authorize(auth, 'surveys');
  if (isGlobal(auth) || (auth.kind === 'person' && auth.roles['*'])) return services.surveys.list();
  return services.surveys.list(auth.kind === 'person' ? Object.keys(auth.roles) : []);
};
