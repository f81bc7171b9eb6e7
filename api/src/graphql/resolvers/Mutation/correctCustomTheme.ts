import { actor, authorize, requireSignedIn } from '../../../auth/auth.ts';
import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';

export const correctCustomTheme: NonNullable<MutationResolvers['correctCustomTheme']> = async (
  _parent,
  { responseId, code, present },
  { auth, services },
) => {
  requireSignedIn(auth);
  const response = await services.responses.get(responseId);
  authorize(auth, 'correctCustomTheme', String(response.survey));
  const survey = await services.surveys.reportSettings(String(response.survey));
  return services.themes.correct(response, code.trim().toUpperCase(), present ?? null, actor(auth), survey, {
    custom: true,
  });
};
