import { actor, authorize } from '../../../auth/auth.ts';
import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';

export const importResponses: NonNullable<MutationResolvers['importResponses']> = async (
  _parent,
  { surveyId, csv },
  { auth, services },
) => {
  authorize(auth, 'importResponses', surveyId);
  const survey = await services.surveys.get(surveyId);
  const rows = await services.history.read(csv, survey);
  const stored = await services.history.store(rows, survey);
  await services.audit.record(
    surveyId,
    actor(auth),
    'RESPONSES_IMPORTED',
    `${stored.stored} / ${rows.length}`,
  );
  return { rows: rows.length, ...stored };
};
