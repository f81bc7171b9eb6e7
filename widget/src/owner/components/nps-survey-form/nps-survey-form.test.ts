import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { ConsoleSurvey } from '../../console/api/client.ts';
import { consoleSurvey } from '../../console/api/console-survey.fixture.ts';
import type { NpsSurveyForm } from './nps-survey-form.component.ts';
import './nps-survey-form.ts';

const SURVEY = consoleSurvey({ sampleRate: 0.5 });

const form = (survey: ConsoleSurvey | null = SURVEY, errors = {}) =>
  fixture<NpsSurveyForm>(html`<nps-survey-form .survey=${survey} .errors=${errors}></nps-survey-form>`);
const control = (el: NpsSurveyForm, id: string) => el.shadowRoot?.getElementById(id) as HTMLInputElement;

describe('<nps-survey-form>', () => {
  it('is accessible, empty for a new survey and filled for one to change', async () => {
    await expect(await form(null)).to.be.accessible();
    await expect(await form()).to.be.accessible();
  });

  it('names each field by its label and reads its help with it', async () => {
    const el = await form();
    const origins = control(el, 'allowedOrigins');
    expect(el.shadowRoot?.querySelector('label[for="allowedOrigins"]')?.textContent).to.equal(
      'Allowed origins',
    );
    expect(
      el.shadowRoot?.getElementById(origins.getAttribute('aria-describedby') ?? '')?.textContent,
    ).to.contain('One per line');
    expect(origins.value).to.equal('https://shop.example');
    expect(origins.getAttribute('aria-invalid')).to.equal('false');
  });

  it("shows the API's refusal next to its field, marked invalid and read with it, in the form's language", async () => {
    const el = await form(SURVEY, { sampleRate: true });
    el.language = 'el';
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    const field = control(el, 'sampleRate');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    const [, error] = (field.getAttribute('aria-describedby') ?? '').split(' ');
    expect(el.shadowRoot?.getElementById(error ?? '')?.textContent).to.equal(
      'Συμπληρώστε έναν αριθμό από 0 έως 1.',
    );
  });

  it('offers as default language only the languages ticked', async () => {
    const el = await form();
    const options = () => [...control(el, 'defaultLanguage').querySelectorAll('option')].map((o) => o.value);
    expect(options()).to.deep.equal(['el', 'tr']);
    const english = el.shadowRoot?.querySelector<HTMLInputElement>('input[value="en"]');
    english?.click();
    await el.updateComplete;
    expect(options()).to.deep.equal(['en', 'el', 'tr']);
  });

  it('fires nps-survey-save with the fields as typed, numbers read, lists split', async () => {
    const el = await form();
    control(el, 'markets').value = 'gr, CY ; tr';
    control(el, 'allowedOrigins').value = 'https://shop.example\n https://kafe.example ';
    control(el, 'sampleRate').value = '0,25';
    control(el, 'retentionDays').value = '';
    setTimeout(() => el.shadowRoot?.querySelector('form')?.requestSubmit());
    const { detail } = await oneEvent(el, 'nps-survey-save');
    expect(detail).to.deep.equal({
      brand: 'Kafe',
      languages: ['el', 'tr'],
      defaultLanguage: 'el',
      markets: ['gr', 'CY', 'tr'],
      allowedOrigins: ['https://shop.example', 'https://kafe.example'],
      sampleRate: 0.25,
      delaySeconds: 0,
      recontactDays: 90,
      minResponses: 30,
      retentionDays: null,
      active: true,
    });
  });

  it('sends nothing while a number cannot be read, and says which', async () => {
    const el = await form();
    let sent = false;
    el.addEventListener('nps-survey-save', () => {
      sent = true;
    });
    control(el, 'recontactDays').value = 'ninety';
    el.shadowRoot?.querySelector('form')?.requestSubmit();
    await el.updateComplete;
    expect(sent).to.equal(false);
    expect(control(el, 'recontactDays').getAttribute('aria-invalid')).to.equal('true');
  });
});
