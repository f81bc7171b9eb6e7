import { fetchSurveyConfig, type SurveyConfig } from './client.ts';

interface Cached {
  readonly at: number;
  readonly endpoint: string;
  readonly customer?: string | undefined;
  readonly config: SurveyConfig;
}

/** Long enough that a visitor's next pages show the survey without a request; short enough that a change shows. */
const MAX_AGE_MS = 10 * 60_000;

/**
 * The survey's configuration from this origin's localStorage when fetched in the last ten minutes, else from the
 * API (and kept). A GraphQL POST is not HTTP-cacheable, so the widget caches it itself.
 */
export async function cachedSurveyConfig(
  endpoint: string,
  siteKey: string,
  customer?: string,
): Promise<SurveyConfig> {
  const key = `nps-survey:${siteKey}:config`;
  try {
    const cached = JSON.parse(localStorage.getItem(key) ?? 'null') as Cached | null;
    const age = Date.now() - (cached?.at ?? 0);
    if (cached?.endpoint === endpoint && cached.customer === customer && age >= 0 && age < MAX_AGE_MS) {
      return cached.config;
    }
  } catch {
    // Unreadable or forbidden storage: fetch.
  }
  const config = await fetchSurveyConfig(endpoint, siteKey, customer);
  try {
    localStorage.setItem(
      key,
      JSON.stringify({ at: Date.now(), endpoint, customer, config } satisfies Cached),
    );
  } catch {
    // Not kept: the next page fetches it again.
  }
  return config;
}
