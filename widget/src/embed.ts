import { load } from './embed/loader.ts';
import type { SurveyChunk } from './embed/survey-api.ts';

/** Replaced by the build with the survey chunk's file name, which carries a hash of its content. */
declare const NPS_SURVEY_CHUNK: string;

/**
 * The script tag's entry, `widget.js`: the loader alone. The survey chunk is imported only when wanted: for a
 * visitor who is asked, when the page calls `npsSurvey.show()`, or at once on a page that places `<nps-survey>`
 * itself.
 */
const script = document.currentScript;
if (script instanceof HTMLScriptElement) {
  const chunkUrl = new URL(NPS_SURVEY_CHUNK, script.src).href;
  const importSurvey = () => import(chunkUrl) as Promise<SurveyChunk>;
  const run = () => void load(script, importSurvey);
  if (document.body) run();
  else document.addEventListener('DOMContentLoaded', run, { once: true });
}
