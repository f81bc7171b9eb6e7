import type { NpsSurvey } from '../components/nps-survey/nps-survey.component.ts';
import '../components/nps-survey/nps-survey.ts';
import type { NpsEventMap } from '../internal/events.ts';

/** `window.npsSurvey`, for single-page apps. */
export interface NpsSurveyApi {
  show(): void;
  hide(): void;
  /** Adds customer attributes (id, plan, ...) stored with the answer. */
  identify(customer: Record<string, string | number | boolean | null>): void;
  on<K extends keyof NpsEventMap>(name: K, listener: (detail: NpsEventMap[K]) => void): void;
}

declare global {
  interface Window {
    npsSurvey?: NpsSurveyApi;
  }
}

/** What a visitor was last asked, per survey: the recontact period runs from it. */
interface Contact {
  readonly at: number;
}

const DAY_MS = 86_400_000;

function lastContact(siteKey: string): Contact | undefined {
  try {
    return JSON.parse(localStorage.getItem(`nps-survey:${siteKey}:contact`) ?? 'null') ?? undefined;
  } catch {
    return undefined;
  }
}

function recordContact(siteKey: string): void {
  try {
    localStorage.setItem(
      `nps-survey:${siteKey}:contact`,
      JSON.stringify({ at: Date.now() } satisfies Contact),
    );
  } catch {
    // Without storage the visitor may be asked again on another visit; nothing else is affected.
  }
}

/**
 * Mounts the survey from its script tag:
 * `<script src="https://API_HOST/widget.js" data-site-key="pk_..." async></script>`, with optional `data-lang`,
 * `data-market`, `data-brand`, `data-position` (`bottom-right`, `bottom-left`), `data-delay` (ms after the page
 * loaded the widget), `data-theme` (`light`, `dark`), `data-customer-id` and `data-attributes` (a JSON object of
 * customer attributes). Also exposes `window.npsSurvey` for single-page apps.
 */
export function mount(script: HTMLScriptElement): NpsSurvey | undefined {
  const { siteKey, lang, market, brand, position, delay, theme, customerId, attributes } = script.dataset;
  if (!siteKey) {
    console.warn('nps-survey: the script tag has no data-site-key.');
    return undefined;
  }
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

  survey.addEventListener('nps-ready', () => {
    const config = survey.config;
    if (!config?.active) return;
    const contact = lastContact(siteKey);
    if (contact && Date.now() - contact.at < config.recontactDays * DAY_MS) return;
    if (Math.random() >= config.sampleRate) {
      // Not drawn this time: not asked again before the recontact period either, so that pages do not re-draw.
      recordContact(siteKey);
      return;
    }
    setTimeout(() => survey.show(), Math.max(0, Number(delay) || 0));
  });
  for (const event of ['nps-score', 'nps-dismiss'] as const) {
    survey.addEventListener(event, () => recordContact(siteKey));
  }
  document.body.append(survey);

  Object.assign(window, {
    npsSurvey: {
      show: () => survey.show(),
      hide: () => survey.hide(),
      identify: (customer: Record<string, string | number | boolean | null>) => {
        survey.customerAttributes = { ...survey.customerAttributes, ...customer };
      },
      on: <K extends keyof NpsEventMap>(name: K, listener: (detail: NpsEventMap[K]) => void) =>
        survey.addEventListener(name, (event) => listener((event as CustomEvent<NpsEventMap[K]>).detail)),
    } satisfies NpsSurveyApi,
  });
  return survey;
}
