import type { Connection } from 'mongoose';

/** The benchmark's way in: the product's URL, the admin token, and the database for what is seeded directly. */
export interface Admin {
  readonly url: string;
  readonly token: string;
  readonly db: Connection;
}

export async function adminGraphql<T>(admin: Admin, query: string, variables: object = {}): Promise<T> {
  const response = await fetch(`${admin.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

export async function createBenchSurvey(
  admin: Admin,
  origin: string,
): Promise<{ id: string; siteKey: string }> {
  const { createSurvey } = await adminGraphql<{ createSurvey: { id: string; siteKey: string } }>(
    admin,
    `mutation ($input: CreateSurveyInput!) { createSurvey(input: $input) { id siteKey } }`,
    {
      input: {
        brand: 'Bench',
        languages: ['en', 'id', 'mk', 'ro', 'el', 'tr'],
        markets: ['US', 'ID', 'MK', 'RO', 'GR', 'CY', 'TR'],
        allowedOrigins: [origin],
      },
    },
  );
  return createSurvey;
}

/** A survey with one JSON subscription to `url`, for `response.created`. */
export async function subscribedSurvey(admin: Admin, origin: string, url: string) {
  const survey = await createBenchSurvey(admin, origin);
  await adminGraphql(
    admin,
    'mutation ($input: CreateWebhookInput!) { createWebhook(input: $input) { secret } }',
    {
      input: { surveyId: survey.id, url, events: ['RESPONSE_CREATED'] },
    },
  );
  return survey;
}
