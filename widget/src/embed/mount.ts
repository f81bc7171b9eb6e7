import type { NpsSurvey } from '../components/nps-survey/nps-survey.component.ts';
import '../components/nps-survey/nps-survey.ts';
import type { NpsEventMap } from '../internal/events.ts';
import { forgetSite, recordContact } from './contact.ts';
import type { NpsSurveyApi, SurveyStart } from './survey-api.ts';

/**
 * Puts the survey on the page, once the loader (`loader.ts`) has decided to: `<nps-survey>` from the script tag's
 * `data-*` attributes with the configuration the loader read, the real `window.npsSurvey` in place of the loader's
 * queue (whose calls are replayed in order), and the survey shown at `showAt` when the visitor was drawn.
 */
export function mount({ script, config, calls, showAt }: SurveyStart): NpsSurvey {
  const { lang, market, brand, position, theme, customerId, attributes } = script.dataset;
  const siteKey = config.siteKey;
  const survey = document.createElement('nps-survey') as NpsSurvey;
  survey.siteKey = siteKey;
  survey.endpoint = new URL('/graphql', script.src).href;
  survey.position = position ?? 'bottom-right';
  survey.hidden = true;
  if (lang) survey.language = lang;
  if (market) survey.market = market;
  if (brand) survey.brand = brand;
  if (theme === 'light' || theme === 'dark') survey.theme = theme;
  if (attributes) {
    try {
      survey.customerAttributes = JSON.parse(attributes);
    } catch {
      console.warn('nps-survey: data-attributes is not JSON; ignored.');
    }
  }
  if (customerId) survey.customerAttributes = { ...survey.customerAttributes, customerId };
  survey.config = config;
  for (const event of ['nps-score', 'nps-dismiss'] as const) {
    survey.addEventListener(event, () => recordContact(siteKey));
  }
  document.body.append(survey);

  const api: NpsSurveyApi = {
    show: () => survey.show(),
    hide: () => survey.hide(),
    identify: (customer) => {
      survey.customerAttributes = { ...survey.customerAttributes, ...customer };
    },
    on: <K extends keyof NpsEventMap>(name: K, listener: (detail: NpsEventMap[K]) => void) =>
      survey.addEventListener(name, (event) => listener((event as CustomEvent<NpsEventMap[K]>).detail)),
    consent: (granted) => {
      if (granted) return;
      survey.remove();
      forgetSite(siteKey);
    },
    forget: () => forgetSite(siteKey),
  };
  window.npsSurvey = api;
  for (const call of calls) (api[call.name] as (...args: unknown[]) => void)(...call.args);
  if (showAt !== undefined) setTimeout(() => survey.show(), Math.max(0, showAt - performance.now()));
  return survey;
}
