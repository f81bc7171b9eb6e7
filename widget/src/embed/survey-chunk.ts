/**
 * The survey chunk's entry (`dist/widget/survey-<hash>.js`, an ES module the loader imports): defines
 * `<nps-survey>` (for pages that place it themselves too) and puts the survey on the page when asked to.
 */
import { mount } from './mount.ts';
import type { SurveyChunk } from './survey-api.ts';

export const start: SurveyChunk['start'] = (options) => void mount(options);
