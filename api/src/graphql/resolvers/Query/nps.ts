import { authorize } from '../../../auth/auth.ts';
import type { QueryResolvers } from '../../__generated__/resolvers-types.ts';

export const nps: NonNullable<QueryResolvers['nps']> = async (
  _parent,
  { surveyId, filter, groupBy, bucket, compareTo },
  { auth, services },
) => {
  authorize(auth, 'nps', surveyId);
  const started = performance.now();
  const { id, minResponses } = await services.surveys.reportSettings(surveyId);
  const report = await services.nps.report(id, filter, groupBy, bucket, { compareTo, minResponses });
  services.metrics.reported(groupBy ?? [], bucket, (performance.now() - started) / 1000);
  return report;
};
