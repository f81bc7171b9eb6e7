import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import type { SurveyConfig } from '../api/client.ts';
import type { NpsSurvey } from '../components/nps-survey/nps-survey.component.ts';
import { load } from './loader.ts';
import type { SurveyChunk } from './survey-api.ts';

const CONFIG: SurveyConfig = {
  siteKey: 'pk_embed',
  brand: 'Kafe',
  languages: ['en', 'el', 'tr'],
  defaultLanguage: 'en',
  markets: ['GR', 'CY', 'TR'],
  texts: [],
  recontactDays: 30,
  sampleRate: 1,
  delaySeconds: 0,
  active: true,
  customerAnsweredRecently: false,
};

const realFetch = window.fetch;
let submitted: unknown[] = [];

/**
 * The API as the widget sees it: `surveyConfig` answers `config`, `submitResponse` is recorded. Translations still
 * come from the test server, as they would from the API.
 */
function serveApi(config: Partial<SurveyConfig> = {}): void {
  window.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (url.pathname !== '/graphql') return realFetch(input, init);
    const { query, variables } = JSON.parse(String(init?.body)) as { query: string; variables: object };
    if (query.includes('surveyConfig')) {
      return Response.json({ data: { surveyConfig: { ...CONFIG, ...config } } });
    }
    submitted.push(variables);
    return Response.json({
      data: { submitResponse: { response: { id: 'r1', category: 'PROMOTER' }, duplicate: false } },
    });
  };
}

function scriptTag(data: Record<string, string> = {}): HTMLScriptElement {
  const script = document.createElement('script');
  script.src = `${location.origin}/widget.js`;
  Object.assign(script.dataset, { siteKey: 'pk_embed', ...data });
  return script;
}

let imports = 0;
/** The survey chunk, as the loader imports it (counted: a visitor who is not asked must never need it). */
const importSurvey = () => {
  imports += 1;
  return import('./survey-chunk.ts') as Promise<SurveyChunk>;
};

/** Runs the loader for a script tag; resolves once the survey is on the page, or once the loader decided not to. */
async function loaded(data: Record<string, string> = {}): Promise<NpsSurvey | null> {
  if ((await load(scriptTag(data), importSurvey)) !== 'asked') return null;
  const survey = document.querySelector('nps-survey') as NpsSurvey;
  await survey.updateComplete;
  await aTimeout(10);
  return survey;
}

/** As `loaded`, for a visitor who is asked. */
async function mounted(data: Record<string, string> = {}): Promise<NpsSurvey> {
  const survey = await loaded(data);
  if (!survey) throw new Error('not mounted');
  await waitUntil(() => survey.shadowRoot?.querySelector('[part="base"]'), 'never rendered');
  return survey;
}

/** Chooses a score: the survey holds it for the comment. */
async function choose(survey: NpsSurvey, score: number): Promise<void> {
  survey.shadowRoot
    ?.querySelector('nps-scale')
    ?.shadowRoot?.querySelectorAll<HTMLButtonElement>('[role="radio"]')
    [score]?.click();
  await survey.updateComplete;
}

/** Chooses a score and skips the comment: the score, held for it until then, is sent. */
async function answer(survey: NpsSurvey, score: number): Promise<void> {
  await choose(survey, score);
  survey.shadowRoot?.querySelector<HTMLButtonElement>('[part="button"]')?.click();
}

describe('the embed script', () => {
  beforeEach(() => {
    localStorage.clear();
    submitted = [];
    imports = 0;
    document.documentElement.lang = '';
  });
  afterEach(() => {
    window.fetch = realFetch;
    for (const survey of document.querySelectorAll('nps-survey')) survey.remove();
  });

  it('mounts <nps-survey> from the script tag and shows it, asking the API next to the script', async () => {
    serveApi();
    const survey = await mounted({ brand: 'Kafe Shop', position: 'bottom-left' });
    expect(survey.hidden).to.equal(false);
    expect(survey.endpoint).to.equal(`${location.origin}/graphql`);
    expect(survey.getAttribute('position')).to.equal('bottom-left');
    expect(survey.shadowRoot?.querySelector('[part="question"]')?.textContent).to.contain('Kafe Shop');
  });

  it('warns and mounts nothing without data-site-key', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const script = scriptTag();
      delete script.dataset['siteKey'];
      load(script, importSurvey);
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.deep.equal(['nps-survey: the script tag has no data-site-key.']);
    expect(document.querySelector('nps-survey')).to.equal(null);
  });

  it('shows nothing, and never loads the survey, when the survey is inactive', async () => {
    serveApi({ active: false });
    expect(await loaded()).to.equal(null);
    expect(imports).to.equal(0);
  });

  it('does not ask again within the recontact period after an answer, and asks again after it', async () => {
    serveApi();
    const survey = await mounted();
    await answer(survey, 10);
    // Acknowledged: nothing waits in the outbox (which would bring the survey, hidden, to send it).
    await waitUntil(() => submitted.length === 1 && localStorage.getItem('nps-survey:outbox') === null);
    survey.remove();

    expect(await loaded(), 'the next page').to.equal(null);
    expect(imports, 'the next page').to.equal(1);

    const contact = JSON.parse(localStorage.getItem('nps-survey:pk_embed:contact') ?? '{}') as { at: number };
    localStorage.setItem('nps-survey:pk_embed:contact', JSON.stringify({ at: contact.at - 31 * 86_400_000 }));
    expect((await mounted()).hidden, '31 days later').to.equal(false);
  });

  it('sends and keeps nothing of a score held for its comment when consent is withdrawn', async () => {
    serveApi();
    const survey = await mounted();
    await choose(survey, 7);
    expect(localStorage.getItem('nps-survey:outbox')).to.contain('"score":7');
    window.npsSurvey?.consent(false);
    await aTimeout(50);
    expect(submitted).to.deep.equal([]);
    expect(localStorage.getItem('nps-survey:outbox')).to.equal(null);
    expect(document.querySelector('nps-survey')).to.equal(null);
  });

  it('counts a dismissal as a contact', async () => {
    serveApi();
    const survey = await mounted();
    survey.shadowRoot?.querySelector<HTMLButtonElement>('[part="close"]')?.click();
    survey.remove();
    expect(await loaded()).to.equal(null);
  });

  it('asks a sample of visitors: none at rate 0 (and does not draw again on the next page), all at rate 1', async () => {
    serveApi({ sampleRate: 0 });
    expect(await loaded()).to.equal(null);
    localStorage.removeItem('nps-survey:pk_embed:config');
    serveApi({ sampleRate: 1 });
    expect(await loaded(), 'within the recontact period of the draw').to.equal(null);
    expect(imports, 'a visitor not drawn').to.equal(0);
    localStorage.removeItem('nps-survey:pk_embed:contact');
    expect((await mounted()).hidden).to.equal(false);
    expect(imports).to.equal(1);
  });

  it('brings the survey, hidden, to a visitor not asked whose earlier answer still waits to be sent', async () => {
    serveApi();
    localStorage.setItem('nps-survey:pk_embed:contact', JSON.stringify({ at: Date.now() }));
    const input = { siteKey: 'pk_embed', clientResponseId: crypto.randomUUID(), score: 7, language: 'en' };
    localStorage.setItem('nps-survey:outbox', JSON.stringify([{ input, attempts: 1, notBefore: 0 }]));
    expect(await loaded()).to.equal(null);
    await waitUntil(() => submitted.length === 1, 'the waiting answer was never sent');
    expect(submitted[0]).to.deep.equal({ input });
    expect((document.querySelector('nps-survey') as NpsSurvey).hidden).to.equal(true);
    expect(localStorage.getItem('nps-survey:outbox') ?? '[]').to.equal('[]');
  });

  it('lets the page show the survey to a visitor who was not drawn, and replays what it was told before', async () => {
    serveApi({ sampleRate: 0 });
    expect(await loaded()).to.equal(null);
    const scores: number[] = [];
    window.npsSurvey?.identify({ plan: 'pro' });
    window.npsSurvey?.on('nps-score', (detail) => scores.push(detail.score));
    window.npsSurvey?.show();
    const survey = await waitUntil(() => document.querySelector('nps-survey'), 'never loaded').then(
      () => document.querySelector('nps-survey') as NpsSurvey,
    );
    await waitUntil(() => !survey.hidden && survey.shadowRoot?.querySelector('[part="base"]'), 'never shown');
    await answer(survey, 8);
    await waitUntil(() => submitted.length === 1);
    expect(scores).to.deep.equal([8]);
    expect(submitted[0]).to.have.nested.include({ 'input.attributes.plan': 'pro' });
  });

  it('shows after data-delay, not before', async () => {
    serveApi();
    const survey = await mounted({ delay: '300' });
    expect(survey.hidden).to.equal(true);
    await waitUntil(() => !survey.hidden, 'never shown', { timeout: 2000 });
  });

  it("shows after the survey's own delay when the tag sets none, and the tag's wins over it", async () => {
    serveApi({ delaySeconds: 1 });
    const survey = await mounted();
    expect(survey.hidden).to.equal(true);
    await waitUntil(() => !survey.hidden, 'never shown', { timeout: 3000 });
    survey.remove();
    localStorage.clear();
    const tagged = await mounted({ delay: '0' });
    await waitUntil(() => !tagged.hidden, 'the tag’s delay of 0 was not taken', { timeout: 300 });
  });

  it('shifts nothing on the host page when it shows', async () => {
    const article = document.createElement('p');
    article.textContent = 'The host page’s own content.';
    document.body.append(article);
    const before = article.getBoundingClientRect().toJSON();
    const shifts: PerformanceEntry[] = [];
    const observer = new PerformanceObserver((list) => shifts.push(...list.getEntries()));
    observer.observe({ type: 'layout-shift' });
    serveApi();
    const survey = await mounted();
    await aTimeout(300);
    observer.disconnect();
    expect(survey.hidden).to.equal(false);
    expect(getComputedStyle(survey).position).to.equal('fixed');
    expect(article.getBoundingClientRect().toJSON()).to.deep.equal(before);
    expect(shifts).to.have.length(0);
    article.remove();
  });

  it("speaks the page's language, and takes the market from its region (el-CY)", async () => {
    document.documentElement.lang = 'el-CY';
    serveApi();
    const survey = await mounted();
    const section = survey.shadowRoot?.querySelector('[role="dialog"]');
    expect(section?.getAttribute('lang')).to.equal('el');
    await answer(survey, 3);
    await waitUntil(() => submitted.length === 1);
    expect(submitted[0]).to.have.nested.include({ 'input.language': 'el', 'input.market': 'CY' });
  });

  it('prefers data-lang and data-market to the page', async () => {
    document.documentElement.lang = 'el-CY';
    serveApi();
    const survey = await mounted({ lang: 'tr', market: 'TR' });
    expect(survey.shadowRoot?.querySelector('[role="dialog"]')?.getAttribute('lang')).to.equal('tr');
  });

  it('reuses the configuration for ten minutes instead of asking the API on every page', async () => {
    let configRequests = 0;
    serveApi();
    const serve = window.fetch;
    window.fetch = (input, init) => {
      if (String(init?.body).includes('surveyConfig')) configRequests += 1;
      return serve(input, init);
    };
    (await mounted()).remove();
    localStorage.removeItem('nps-survey:pk_embed:contact');
    (await mounted()).remove();
    expect(configRequests).to.equal(1);
  });

  it('applies data-theme and data-customer-id', async () => {
    serveApi();
    const survey = await mounted({ theme: 'dark', customerId: 'c-42' });
    expect(survey.getAttribute('theme')).to.equal('dark');
    const base = survey.shadowRoot?.querySelector('[part="base"]') as HTMLElement;
    await Promise.all(survey.shadowRoot?.getAnimations().map((a) => a.finished) ?? []);
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(31, 41, 55)');
    expect(survey.customerAttributes).to.deep.equal({ customerId: 'c-42' });
  });

  it('exposes window.npsSurvey: show, hide, identify and events', async () => {
    serveApi({ active: true });
    const survey = await mounted({ delay: '60000' });
    const api = window.npsSurvey;
    expect(survey.hidden).to.equal(true);
    api?.show();
    expect(survey.hidden).to.equal(false);
    api?.identify({ plan: 'pro' });
    const scores: number[] = [];
    api?.on('nps-score', (detail) => scores.push(detail.score));
    await answer(survey, 9);
    await waitUntil(() => submitted.length === 1);
    expect(scores).to.deep.equal([9]);
    expect(submitted[0]).to.have.nested.include({ 'input.attributes.plan': 'pro' });
    api?.hide();
    expect(survey.hidden).to.equal(true);
  });
});
