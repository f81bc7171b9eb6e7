import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { consoleSurvey } from '../../console/api/console-survey.fixture.ts';
import type { NpsThemesEditor } from './nps-themes-editor.component.ts';
import './nps-themes-editor.ts';

const SURVEY = consoleSurvey({
  markets: ['GR', 'TR'],
  customThemes: [
    {
      code: 'APP',
      texts: [
        { language: 'el', name: 'Εφαρμογή', cues: ['εφαρμογ*', 'app'] },
        { language: 'tr', name: 'Uygulama', cues: ['uygulama*'] },
      ],
    },
  ],
  themeCues: [{ theme: 'PRICE', language: 'el', cues: ['τσουχτερ*'] }],
  reclassification: { total: 120, done: 40, changed: 7, finishedAt: null },
});
const SUGGESTIONS = [
  { theme: 'DELIVERY', custom: false, language: 'el', cue: 'λόκερ', comments: 3 },
  { theme: 'APP', custom: true, language: 'el', cue: 'κολλάει', comments: 2 },
  { theme: 'APP', custom: true, language: 'tr', cue: 'donuyor', comments: 2 },
  { theme: 'GONE', custom: true, language: 'el', cue: 'κάτι', comments: 2 },
];

async function editor(survey = SURVEY) {
  const el = await fixture<NpsThemesEditor>(
    html`<nps-themes-editor language="en" .survey=${survey} .suggestions=${SUGGESTIONS}></nps-themes-editor>`,
  );
  await el.updateComplete;
  return el;
}
const field = (el: NpsThemesEditor, id: string) =>
  el.shadowRoot?.getElementById(id) as HTMLInputElement | HTMLTextAreaElement;
async function type(el: NpsThemesEditor, id: string, value: string) {
  const input = field(el, id);
  input.value = value;
  input.dispatchEvent(new InputEvent('input'));
  await el.updateComplete;
}
const button = (el: NpsThemesEditor, text: RegExp) =>
  [...(el.shadowRoot?.querySelectorAll('button') ?? [])].find((b) =>
    text.test(b.textContent ?? ''),
  ) as HTMLButtonElement;
async function save(el: NpsThemesEditor) {
  el.shadowRoot?.querySelector('form')?.requestSubmit();
  await el.updateComplete;
}

describe('<nps-themes-editor>', () => {
  it('is accessible, with a problem shown', async () => {
    const el = await editor();
    await expect(el).to.be.accessible();
    await type(el, 'theme-0-code', 'price');
    await save(el);
    await expect(el).to.be.accessible();
  });

  it("labels each field in the language shown, names each theme's fieldset, and shows the progress as a status", async () => {
    const el = await editor();
    expect(el.shadowRoot?.querySelector('legend')?.textContent?.trim()).to.equal('APP');
    expect(el.shadowRoot?.querySelector('label[for="theme-0-name"]')?.textContent).to.contain('Ελληνικά');
    expect(field(el, 'theme-0-name').value).to.equal('Εφαρμογή');
    expect(field(el, 'theme-0-cues').value).to.equal('εφαρμογ*\napp');
    expect(field(el, 'theme-0-name').getAttribute('lang')).to.equal('el');
    const progress = el.shadowRoot?.querySelector('[part="progress"]');
    expect(progress?.getAttribute('role')).to.equal('status');
    expect(progress?.textContent).to.contain('40 of 120');
    const select = field(el, 'theme-language') as unknown as HTMLSelectElement;
    select.value = 'tr';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(field(el, 'theme-0-name').value).to.equal('Uygulama');
  });

  it('marks a broken rule at its field, as typed by the rules of the API, and saves nothing until it is fixed', async () => {
    const el = await editor();
    let saves = 0;
    el.addEventListener('nps-themes-save', () => saves++);
    button(el, /Add a theme/).click();
    await el.updateComplete;
    await type(el, 'theme-1-code', 'app');
    await type(el, 'theme-1-cues', 'a*');
    await save(el);
    expect(saves).to.equal(0);
    expect(field(el, 'theme-1-code').getAttribute('aria-invalid')).to.equal('true');
    expect(field(el, 'theme-1-code').getAttribute('aria-describedby')).to.equal('theme-1-code-error');
    expect(field(el, 'theme-1-name').getAttribute('aria-invalid')).to.equal('true');
    expect(field(el, 'theme-1-cues').getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot?.getElementById('theme-1-code-error')?.textContent).to.contain('PRICE, QUALITY');
  });

  it('fires nps-themes-save with the whole list, codes in capitals and cues one per line', async () => {
    const el = await editor();
    button(el, /Add a theme/).click();
    await el.updateComplete;
    await type(el, 'theme-1-code', 'parking');
    await type(el, 'theme-1-name', 'Στάθμευση');
    await type(el, 'theme-1-cues', 'πάρκινγκ\n\n  στάθμευσ*  ');
    const saved = oneEvent(el, 'nps-themes-save');
    await save(el);
    const { detail } = await saved;
    expect(detail.themeCues).to.deep.equal(SURVEY.themeCues);
    expect(detail.customThemes).to.deep.equal([
      SURVEY.customThemes[0],
      { code: 'PARKING', texts: [{ language: 'el', name: 'Στάθμευση', cues: ['πάρκινγκ', 'στάθμευσ*'] }] },
    ]);
    button(el, /Remove APP/).click();
    await el.updateComplete;
    const removed = oneEvent(el, 'nps-themes-save');
    await save(el);
    expect((await removed).detail.customThemes.map((theme: { code: string }) => theme.code)).to.deep.equal([
      'PARKING',
    ]);
  });

  it("lists the corrections' suggestions in the language shown, for themes the survey has, and adds one to its theme's cues", async () => {
    const el = await editor();
    const items = () =>
      [...(el.shadowRoot?.querySelectorAll('[part="suggestions"] li') ?? [])].map((li) =>
        li.querySelector('span')?.textContent?.trim(),
      );
    expect(items()).to.deep.equal([
      '“λόκερ” for Delivery (corrected comments: 3)',
      '“κολλάει” for Εφαρμογή (corrected comments: 2)',
    ]);
    button(el, /Add “λόκερ” to Delivery/).click();
    await el.updateComplete;
    expect(field(el, 'cues-DELIVERY').value).to.equal('λόκερ');
    button(el, /Add “κολλάει”/).click();
    await el.updateComplete;
    expect(field(el, 'theme-0-cues').value).to.equal('εφαρμογ*\napp\nκολλάει');
    expect(items()).to.deep.equal([]);
    const saved = oneEvent(el, 'nps-themes-save');
    await save(el);
    const { detail } = await saved;
    expect(detail.themeCues).to.deep.include({ theme: 'DELIVERY', language: 'el', cues: ['λόκερ'] });
    expect(detail.customThemes[0]?.texts[0]?.cues).to.deep.equal(['εφαρμογ*', 'app', 'κολλάει']);
  });

  it("marks a built-in theme's cue words that break a rule, and saves nothing", async () => {
    const el = await editor();
    let saves = 0;
    el.addEventListener('nps-themes-save', () => saves++);
    await type(el, 'cues-STAFF', 'ab*');
    await save(el);
    expect(saves).to.equal(0);
    expect(field(el, 'cues-STAFF').getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot?.getElementById('cues-STAFF-error')?.getAttribute('role')).to.equal('alert');
  });
});
