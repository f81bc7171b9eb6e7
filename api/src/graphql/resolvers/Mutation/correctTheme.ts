import { actor, authorize, requireSignedIn } from '../../../auth/auth.ts';
import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';

export const correctTheme: NonNullable<MutationResolvers['correctTheme']> = async (
  _parent,
  { responseId, theme, present },
  { auth, services },
) => {
  requireSignedIn(auth);
  const response = await services.responses.get(responseId);
  authorize(auth, 'correctTheme', String(response.survey));
  const survey = await services.surveys.reportSettings(String(response.survey));
  return services.themes.correct(response, theme, present ?? null, actor(auth), survey);
};
