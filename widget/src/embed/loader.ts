import type { SurveyConfig } from '../api/client.ts';
import { cachedSurveyConfig } from '../api/config-cache.ts';
import { OUTBOX_KEY } from '../api/outbox.ts';
import { detectLanguage } from '../i18n/detect.ts';
import { isLanguage } from '../i18n/languages.ts';
import { contactedWithin, forgetSite, recordContact } from './contact.ts';
import type { NpsSurveyApi, QueuedCall, SurveyChunk } from './survey-api.ts';

/**
 * What a page's stub leaves (`window.npsSurvey.q`): the calls made before `widget.js` ran, which is `async`. The
 * README gives the stub, a line that defines each method of `NpsSurveyApi` to push `[name, arguments]` there.
 */
interface PageStub {
  readonly q?: unknown;
}

/** What the loader decided for this visitor: `asked` only if the survey chunk was imported and started. */
export type Decision = 'asked' | 'inactive' | 'asked lately' | 'not drawn' | 'unavailable';

/**
 * What `widget.js` does, before anything heavy: reads the script tag, the visitor's last contact and the survey's
 * configuration (cached ten minutes), decides whether to ask this visitor (active, not within the recontact period,
 * drawn at the sample rate), and only then imports the survey chunk and the visitor's language, both started at
 * once so that `data-delay` hides them. A visitor who is not asked downloads this file and, at most once every ten
 * minutes, the configuration. `window.npsSurvey` queues its calls until the survey is here; `show()` fetches it.
 * Calls a page made before this script ran, through the documented stub (`window.npsSurvey.q`), are taken in order.
 */
export function load(script: HTMLScriptElement, importSurvey: () => Promise<SurveyChunk>): Promise<Decision> {
  const started = performance.now();
  const calls: QueuedCall[] = [];
  let config: SurveyConfig | undefined;
  let chunk: Promise<Decision> | undefined;
  const { siteKey, lang, delay, customerId, consent } = script.dataset;
  const stub = (window.npsSurvey as PageStub | undefined)?.q;
  const early: readonly unknown[] = Array.isArray(stub) ? stub : [];
  // With `data-consent="required"`, nothing is read, stored or shown until the page's consent manager says yes.
  let consented: () => void = () => {};
  // Consent withdrawn (or refused): whatever was stored goes, and nothing more is.
  let refused = false;
  const consentGiven =
    consent === 'required' ? new Promise<void>((resolve) => (consented = resolve)) : Promise.resolve();

  const begin = (ready: SurveyConfig, showAt: number | undefined) => {
    chunk ??= importSurvey().then(
      (survey) => {
        survey.start({ script, config: ready, calls, showAt });
        return 'asked' as const;
      },
      (error: Error) => {
        console.warn(`nps-survey: the survey could not be loaded (${error.message})`);
        return 'unavailable' as const;
      },
    );
    return chunk;
  };
  const api: NpsSurveyApi = {
    show: () => {
      calls.push({ name: 'show', args: [] });
      if (config?.active) void begin(config, undefined);
    },
    hide: () => void calls.push({ name: 'hide', args: [] }),
    identify: (...args) => void calls.push({ name: 'identify', args }),
    on: (...args) => void calls.push({ name: 'on', args }),
    consent: (granted) => {
      refused = !granted;
      if (granted) consented();
      else if (siteKey) forgetSite(siteKey);
    },
    forget: () => {
      if (siteKey) forgetSite(siteKey);
    },
  };
  window.npsSurvey = api;
  for (const entry of early) {
    const [name, args] = Array.isArray(entry) ? entry : [];
    if (typeof name === 'string' && Object.hasOwn(api, name) && Array.isArray(args)) {
      (api[name as keyof NpsSurveyApi] as (...args: unknown[]) => void)(...args);
    }
  }

  if (!siteKey) {
    // A page that places `<nps-survey site-key>` itself needs none on the script tag.
    if (!document.querySelector('nps-survey'))
      console.warn('nps-survey: the script tag has no data-site-key.');
    return consentGiven.then(() => {
      loadPlaced(script, importSurvey);
      return 'unavailable';
    });
  }
  const endpoint = new URL('/graphql', script.src).href;
  return consentGiven
    .then(() => {
      loadPlaced(script, importSurvey);
      return customerKey(siteKey, customerId);
    })
    .then((customer) => cachedSurveyConfig(endpoint, siteKey, customer))
    .then(
      (loaded): Decision | Promise<Decision> => {
        if (refused) {
          // Refused while the configuration was on its way: the copy it left goes too.
          forgetSite(siteKey);
          return 'unavailable';
        }
        config = loaded;
        const decision = decide(siteKey, loaded);
        if (decision !== 'asked') {
          // The page asked for it already (`show()`), or an answer an earlier page could not send waits: the
          // survey comes all the same (hidden, in the second case, to send it).
          const wanted = calls.some((call) => call.name === 'show') || answersWaiting();
          if (loaded.active && wanted) void begin(loaded, undefined);
          return decision;
        }
        const { language } = detectLanguage({
          attribute: lang,
          pageLanguage: document.documentElement.lang,
          browserLanguages: navigator.languages,
          available: loaded.languages.filter(isLanguage),
          defaultLanguage: loaded.defaultLanguage,
        });
        // Into the HTTP cache, where the survey's own request for it finds it.
        if (language !== 'en') {
          void fetch(new URL(`/widget/locales/${language}.json`, script.src), { credentials: 'omit' }).catch(
            () => {},
          );
        }
        // The tag's own delay (milliseconds) wins over the survey's (seconds).
        const wait = delay === undefined ? loaded.delaySeconds * 1000 : Number(delay) || 0;
        return begin(loaded, started + Math.max(0, wait));
      },
      (error: Error) => {
        console.warn(`nps-survey: the survey cannot be shown (${error.message})`);
        return 'unavailable';
      },
    );
}

/**
 * The `<nps-survey site-key="...">` elements a page placed itself: the survey chunk defines them, and the loader
 * reads each one's configuration (from its `endpoint`, else the API next to the script).
 */
function loadPlaced(script: HTMLScriptElement, importSurvey: () => Promise<SurveyChunk>): void {
  const placed = document.querySelectorAll('nps-survey');
  if (!placed.length) return;
  void importSurvey();
  for (const element of placed) {
    const siteKey = element.getAttribute('site-key');
    if (!siteKey || element.config) continue;
    const endpoint = element.getAttribute('endpoint') || new URL('/graphql', script.src).href;
    cachedSurveyConfig(endpoint, siteKey).then(
      async (config) => {
        await customElements.whenDefined('nps-survey');
        element.config = config;
      },
      (error: Error) => console.warn(`nps-survey: the survey cannot be shown (${error.message})`),
    );
  }
}

/** Whether to ask this visitor: active, not asked within the recontact period, drawn at the sample rate. */
function decide(siteKey: string, config: SurveyConfig): Decision {
  if (!config.active) return 'inactive';
  if (contactedWithin(siteKey, config.recontactDays) || config.customerAnsweredRecently)
    return 'asked lately';
  if (Math.random() >= config.sampleRate) {
    // Not drawn: not drawn again before the recontact period either, so that later pages do not re-draw.
    recordContact(siteKey);
    return 'not drawn';
  }
  return 'asked';
}

function answersWaiting(): boolean {
  try {
    return (JSON.parse(localStorage.getItem(OUTBOX_KEY) ?? '[]') as unknown[]).length > 0;
  } catch {
    return false;
  }
}

/**
 * The customer the page identified, as the API may know them: the SHA-256 (hex) of `<siteKey>:<id>`, so that the
 * id itself never travels on this path. Undefined without an id, or where the browser offers no hashing (pages
 * not served over HTTPS).
 */
async function customerKey(siteKey: string, customerId: string | undefined): Promise<string | undefined> {
  if (!customerId || !globalThis.crypto?.subtle) return undefined;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${siteKey}:${customerId}`));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
