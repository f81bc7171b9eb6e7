/**
 * The hosted survey page's script (`dist/survey-page.js`, served at `/s/<siteKey>`): loads the widget's survey
 * chunk (the same `<nps-survey>`, cached by browsers for a year) and puts the survey where the page's form stood.
 * Without it, the form works as it is (plain posts). Answers go to the page's own address, not to `/graphql`: the
 * link in the address is what lets them in.
 */
import { ApiError, type SubmitResponseInput, type SurveyConfig } from './api/client.ts';
import type { NpsSurvey } from './components/nps-survey/nps-survey.component.ts';

declare const NPS_SURVEY_CHUNK: string;

/** What the page writes for its script (`<script type="application/json" id="nps-page">`). */
export interface SurveyPageData {
  readonly config: SurveyConfig;
  readonly language: string;
  readonly market: string | null;
  /** A score link's score, the visitor's from their first act on the page (then held for the comment). */
  readonly chosenScore: number | null;
  /** Where answers are posted: the page's own address. */
  readonly answerUrl: string;
}

async function send(answerUrl: string, input: SubmitResponseInput): Promise<void> {
  const response = await fetch(answerUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({
      score: input.score,
      comment: input.comment ?? null,
      answerId: input.clientResponseId,
    }),
    keepalive: true,
  });
  if (response.ok) return;
  const body = (await response.json().catch(() => ({}))) as { code?: string; error?: string };
  // A refusal is final (the link, the survey, the input); a failure or a limit may pass.
  const retryable = response.status >= 500 || response.status === 429;
  throw new ApiError(body.error ?? `HTTP ${response.status}`, body.code ?? 'HTTP_ERROR', retryable);
}

async function start(script: HTMLScriptElement): Promise<void> {
  const data = JSON.parse(
    document.getElementById('nps-page')?.textContent ?? 'null',
  ) as SurveyPageData | null;
  const survey = document.querySelector('nps-survey') as NpsSurvey | null;
  if (!data || !survey) return;
  await import(new URL(NPS_SURVEY_CHUNK, script.src).href);
  // The form stood in for the survey until now; it goes, so that nothing finds it twice.
  survey.replaceChildren();
  survey.send = (input) => send(data.answerUrl, input);
  if (data.chosenScore !== null) survey.chosenScore = data.chosenScore;
  survey.config = data.config;
}

const script = document.currentScript as HTMLScriptElement | null;
if (script) void start(script);
