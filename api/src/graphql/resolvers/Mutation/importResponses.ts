import { requireAdmin } from '../../../services/auth.ts';
import { readHistory, storeHistory } from '../../../services/history-import.ts';
import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';

export const importResponses: NonNullable<MutationResolvers['importResponses']> = async (
  _parent,
  { surveyId, csv },
  { auth, services },
) => {
  requireAdmin(auth);
  const survey = await services.surveys.get(surveyId);
  const rows = readHistory(csv, survey);
  return { rows: rows.length, ...(await storeHistory(rows, survey, services.submissions)) };
};
