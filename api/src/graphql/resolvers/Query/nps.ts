import { requireSurveyAccess } from '../../../services/auth.ts';
import type { QueryResolvers } from '../../__generated__/resolvers-types.ts';

export const nps: NonNullable<QueryResolvers['nps']> = async (
  _parent,
  { surveyId, filter, groupBy, bucket },
  { auth, services },
) => {
  requireSurveyAccess(auth, surveyId);
  const started = performance.now();
  const survey = await services.surveys.idOf(surveyId);
  const report = await services.nps.report(survey, filter, groupBy, bucket);
  services.metrics.reported(groupBy ?? [], bucket, (performance.now() - started) / 1000);
  return report;
};
