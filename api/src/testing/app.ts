import { type App, type AppOptions, createApp } from '../app.ts';
import type { Database } from '../db/database.ts';
import { openTestDatabase } from './database.ts';

export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdefghij';
export const ORIGIN = 'https://shop.example';

export interface GraphQLResult<T = Record<string, unknown>> {
  readonly status: number;
  readonly headers: Headers;
  readonly data: T | null | undefined;
  readonly errors:
    | { message: string; extensions: { code: string; field?: string } & Record<string, unknown> }[]
    | undefined;
}

export interface RequestOptions {
  readonly token?: string | undefined;
  readonly origin?: string | undefined;
  readonly headers?: Record<string, string>;
}

export interface TestApp {
  readonly app: App;
  readonly db: Database;
  readonly url: string;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: unknown,
    options?: RequestOptions,
  ): Promise<GraphQLResult<T>>;
  /** As the admin. */
  admin<T = Record<string, unknown>>(query: string, variables?: unknown): Promise<T>;
  /** Stops the app; with `keepDatabase`, leaves the database open for a second app. */
  close(keepDatabase?: boolean): Promise<void>;
}

/** The real app over HTTP on a free port, on a fresh database (or on `db`, to restart over the same data). */
export async function startTestApp(
  name: string,
  overrides: Partial<AppOptions> = {},
  db?: Database,
): Promise<TestApp> {
  const database = db ?? (await openTestDatabase(name));
  const app = await createApp({
    db: database,
    development: false,
    adminToken: ADMIN_TOKEN,
    rateLimits: { perIpPerMinute: 100_000, perSiteKeyPerMinute: 100_000 },
    log: () => {},
    ...overrides,
  });
  const url = await app.listen(0, '127.0.0.1');
  await app.start();

  async function gql<T>(query: string, variables: unknown = {}, options: RequestOptions = {}) {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.origin !== undefined && { origin: options.origin }),
        ...(options.token !== undefined && { authorization: `Bearer ${options.token}` }),
        ...options.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Pick<GraphQLResult<T>, 'data' | 'errors'>;
    return { status: response.status, headers: response.headers, data: body.data, errors: body.errors };
  }

  return {
    app,
    db: database,
    url,
    gql,
    async admin<T>(query: string, variables?: unknown) {
      const result = await gql<T>(query, variables, { token: ADMIN_TOKEN });
      if (result.errors) throw new Error(`admin request failed: ${JSON.stringify(result.errors)}`);
      return result.data as T;
    },
    async close(keepDatabase = false) {
      await app.close();
      if (!keepDatabase) await database.close();
    },
  };
}

export const CREATE_SURVEY = /* GraphQL */ `
  mutation ($input: CreateSurveyInput!) {
    createSurvey(input: $input) { id siteKey brand languages defaultLanguage markets allowedOrigins active }
  }
`;

export const SUBMIT = /* GraphQL */ `
  mutation ($input: SubmitResponseInput!) {
    submitResponse(input: $input) { response { id category } duplicate }
  }
`;

/** A survey in the six languages and seven markets of the product, answerable from ORIGIN. */
export async function createDemoSurvey(test: TestApp, input: Record<string, unknown> = {}) {
  const { createSurvey } = await test.admin<{ createSurvey: { id: string; siteKey: string } }>(
    CREATE_SURVEY,
    {
      input: {
        brand: 'Kafe',
        languages: ['en', 'id', 'mk', 'ro', 'el', 'tr'],
        markets: ['ID', 'MK', 'RO', 'GR', 'CY', 'TR', 'US'],
        allowedOrigins: [ORIGIN],
        ...input,
      },
    },
  );
  return createSurvey;
}

/**
 * Waits, when less than `seconds` are left of the clock minute, for the next one: rate limits count per clock
 * minute, so a burst that must meet a limit has to fit in one.
 */
export async function withinOneMinute(seconds = 10): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < seconds * 1000) await new Promise((resolve) => setTimeout(resolve, left + 100));
}
