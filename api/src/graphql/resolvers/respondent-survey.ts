import { requireRespondentScope } from '../../services/auth.ts';
import type { Context } from '../context.ts';

/** The survey an operation over one respondent is limited to; undefined: every survey (the admin's choice). */
export async function respondentSurvey({ auth, services }: Context, surveyId: string | null | undefined) {
  const scope = requireRespondentScope(auth, surveyId);
  return scope === undefined ? undefined : services.surveys.idOf(scope);
}
