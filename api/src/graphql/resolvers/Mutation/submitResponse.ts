import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';

/** Public: the widget's one write. Limits first, then the survey and origin, then the answer itself. */
export const submitResponse: NonNullable<MutationResolvers['submitResponse']> = async (
  _parent,
  { input },
  { request, services },
) => {
  const started = performance.now();
  try {
    await services.rateLimits.consume(request.ip, input.siteKey);
    const survey = await services.surveys.forPublicRequest(input.siteKey, request.origin);
    const { response, duplicate } = await services.submissions.submit(input, survey);
    services.metrics.answer(duplicate ? 'duplicate' : 'stored');
    return { response: { id: response._id, category: response.category }, duplicate };
  } catch (error) {
    const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
    services.metrics.answer('refused', typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR');
    throw error;
  } finally {
    services.metrics.submitted((performance.now() - started) / 1000);
  }
};
