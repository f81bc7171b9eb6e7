import type { SurveyRight } from '@nps/schema/types';
import type { Capability } from '../../../auth/access.ts';
import { capabilities } from '../../../auth/auth.ts';
import type { SurveyResolvers } from '../../__generated__/resolvers-types.ts';

/** The schema's name of each right (the table's own names are camel case). */
const RIGHTS: Record<Capability, SurveyRight> = {
  reports: 'REPORTS',
  comments: 'COMMENTS',
  followUps: 'FOLLOW_UPS',
  settings: 'SETTINGS',
  tokens: 'TOKENS',
  webhooks: 'WEBHOOKS',
  erasure: 'ERASURE',
  import: 'IMPORT',
  links: 'LINKS',
  people: 'PEOPLE',
  delete: 'DELETE',
};

export const access: NonNullable<SurveyResolvers['access']> = (survey, _args, { auth }) =>
  capabilities(auth, String(survey._id)).map((capability) => RIGHTS[capability]);
