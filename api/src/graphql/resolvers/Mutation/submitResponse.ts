import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';

/** Public: the widget's one write. Limits first, then the survey and origin, then the answer itself. */
export const submitResponse: NonNullable<MutationResolvers['submitResponse']> = async (
  _parent,
  { input },
  { request, services },
) => {
  await services.rateLimits.consume(request.ip, input.siteKey);
  const survey = await services.surveys.forPublicRequest(input.siteKey, request.origin);
  const { response, duplicate } = await services.submissions.submit(input, survey);
  return { response: { id: response._id, category: response.category }, duplicate };
};
