import type { SurveyResolvers } from '../../__generated__/resolvers-types.ts';

export const reclassification: NonNullable<SurveyResolvers['reclassification']> = (
  survey,
  _args,
  { services },
) => services.reclassification.status(survey._id);
