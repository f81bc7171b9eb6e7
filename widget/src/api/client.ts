import type {
  SubmitResponseInput,
  SubmitResponseMutation,
  SurveyConfigQuery,
} from './__generated__/operations.ts';
import { SUBMIT_RESPONSE, SURVEY_CONFIG } from './operations.ts';

export type SurveyConfig = SurveyConfigQuery['surveyConfig'];
export type { SubmitResponseInput };

/** Why a request did not succeed, and whether trying again later can help. */
export class ApiError extends Error {
  override name = 'ApiError';
  readonly code: string;
  readonly retryable: boolean;
  /** The error's `extensions` beside its code: the input `field` at fault, what `changed` since a version, ... */
  readonly extensions: Readonly<Record<string, unknown>>;

  constructor(message: string, code: string, retryable: boolean, extensions: Record<string, unknown> = {}) {
    super(message);
    this.code = code;
    this.retryable = retryable;
    this.extensions = extensions;
  }
}

/** Errors the same request will meet again: sending it later cannot help. */
const FINAL_CODES = new Set([
  'BAD_USER_INPUT',
  'FORBIDDEN',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'QUERY_TOO_COMPLEX',
]);

/**
 * One GraphQL operation over plain `fetch`; `token` for the read paths (the dashboard's); with `cookies`, the
 * page's own session cookie (the console's, same origin only).
 */
export async function request<T>(
  endpoint: string,
  query: string,
  variables: object,
  token?: string,
  cookies = false,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
      body: JSON.stringify({ query, variables }),
      credentials: cookies ? 'same-origin' : 'omit',
      keepalive: true,
    });
  } catch {
    throw new ApiError('The survey service cannot be reached.', 'NETWORK', true);
  }
  const body = (await response.json().catch(() => ({}))) as {
    data?: T | null;
    errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[];
  };
  const error = body.errors?.[0];
  if (error || !body.data) {
    const code = error?.extensions?.code ?? `HTTP_${response.status}`;
    throw new ApiError(
      error?.message ?? `HTTP ${response.status}`,
      code,
      !FINAL_CODES.has(code),
      error?.extensions,
    );
  }
  return body.data;
}

/**
 * Where the owner's pages keep a token for this browser tab (`sessionStorage`): one key, so that the console's link
 * opens the dashboard signed in.
 */
export const TOKEN_KEY = 'nps-dashboard-token';

/**
 * A client of the API that sends a token with every request (the dashboard's read token, the admin token), or, with
 * none, the person's session cookie of this origin.
 */
export abstract class TokenClient {
  readonly #endpoint: string;
  readonly #token: string | null;

  constructor(endpoint: string, token: string | null) {
    this.#endpoint = endpoint;
    this.#token = token;
  }

  protected request<T>(query: string, variables: object = {}): Promise<T> {
    return request<T>(this.#endpoint, query, variables, this.#token ?? undefined, this.#token === null);
  }
}

/** The survey's public configuration, as the API allows it for this page's origin. */
export async function fetchSurveyConfig(
  endpoint: string,
  siteKey: string,
  customer?: string,
): Promise<SurveyConfig> {
  return (await request<SurveyConfigQuery>(endpoint, SURVEY_CONFIG, { siteKey, customer })).surveyConfig;
}

export async function submitResponse(
  endpoint: string,
  input: SubmitResponseInput,
): Promise<SubmitResponseMutation['submitResponse']> {
  return (await request<SubmitResponseMutation>(endpoint, SUBMIT_RESPONSE, { input })).submitResponse;
}
