import { type Operation, respondentScope } from '../../auth/auth.ts';
import type { Context } from '../context.ts';

/** The survey an operation over one respondent is limited to; undefined: every survey (the admin's choice). */
export async function respondentSurvey(
  { auth, services }: Context,
  surveyId: string | null | undefined,
  operation: Extract<Operation, 'respondentData' | 'eraseRespondent'>,
) {
  const scope = respondentScope(auth, surveyId, operation);
  return scope === undefined ? undefined : services.surveys.idOf(scope);
}
