import { actor, authorize } from '../../../auth/auth.ts';
import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';

export const updateSurvey: NonNullable<MutationResolvers['updateSurvey']> = async (
  _parent,
  { id, input },
  { auth, services },
) => {
  authorize(auth, 'updateSurvey', id);
  const survey = await services.surveys.update(id, input);
  const fields = await services.surveys.lastChange(survey);
  if (fields.length) await services.audit.record(id, actor(auth), 'SETTINGS_CHANGED', fields.join(', '));
  // Its comments are classified again with the themes as they now are (another instance does it if this one stops).
  if (fields.includes('customThemes') || fields.includes('themeCues')) {
    await services.reclassification.start(survey._id);
  }
  return survey;
};
