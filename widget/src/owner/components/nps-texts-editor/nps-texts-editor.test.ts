import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { LOCALES } from '../../../i18n/locales/all.ts';
import { consoleSurvey } from '../../console/api/console-survey.fixture.ts';
import type { NpsTextsEditor } from './nps-texts-editor.component.ts';
import './nps-texts-editor.ts';

const SURVEY = consoleSurvey({
  languages: ['el', 'ro'],
  markets: ['GR'],
  version: 1,
  texts: [{ language: 'ro', key: 'send', text: 'Trimiteți' }],
});

async function editor() {
  const el = await fixture<NpsTextsEditor>(html`<nps-texts-editor .survey=${SURVEY}></nps-texts-editor>`);
  await aTimeout(50);
  await el.updateComplete;
  return el;
}
const text = (el: NpsTextsEditor, key: string) =>
  el.shadowRoot?.getElementById(`text-${key}`) as HTMLTextAreaElement;
function type(el: NpsTextsEditor, key: string, value: string) {
  const field = text(el, key);
  field.value = value;
  field.dispatchEvent(new InputEvent('input'));
  return el.updateComplete;
}
const previewQuestion = (el: NpsTextsEditor) =>
  el.shadowRoot?.querySelector('nps-survey')?.shadowRoot?.querySelector('[part="question"]')?.textContent;
async function chooseLanguage(el: NpsTextsEditor, language: string) {
  const select = el.shadowRoot?.getElementById('text-language') as HTMLSelectElement;
  select.value = language;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
  await aTimeout(50);
}

describe('<nps-texts-editor>', () => {
  it('is accessible, the preview included once it has faded in', async () => {
    const el = await editor();
    const preview = el.shadowRoot?.querySelector('nps-survey')?.shadowRoot;
    await Promise.all(preview?.getAnimations().map((animation) => animation.finished) ?? []);
    await expect(el).to.be.accessible();
  });

  it('opens in the default language, each text empty with the built-in one shown and read with it', async () => {
    const el = await editor();
    const question = text(el, 'question');
    expect(question.lang).to.equal('el');
    expect(question.value).to.equal('');
    expect(question.placeholder).to.equal(LOCALES.el.question);
    expect(el.shadowRoot?.getElementById('text-question-help')?.textContent).to.contain(LOCALES.el.question);
  });

  it('asks for the plural forms the language has: two in Greek, three in Romanian', async () => {
    const el = await editor();
    const forms = () =>
      [...(el.shadowRoot?.querySelectorAll('textarea[id^="text-charactersLeft_"]') ?? [])].map((t) => t.id);
    expect(forms()).to.deep.equal(['text-charactersLeft_one', 'text-charactersLeft_other']);
    await chooseLanguage(el, 'ro');
    expect(forms()).to.deep.equal([
      'text-charactersLeft_one',
      'text-charactersLeft_few',
      'text-charactersLeft_other',
    ]);
    expect(text(el, 'send').value).to.equal('Trimiteți');
  });

  it('checks placeholders as they are typed, the problem read with the field', async () => {
    const el = await editor();
    await type(el, 'scoreLabel', 'Βαθμός');
    const field = text(el, 'scoreLabel');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot?.getElementById('text-scoreLabel-error')?.textContent).to.equal(
      'This text needs {{score}}.',
    );
    await type(el, 'scoreLabel', '{{score}} από 10');
    expect(field.getAttribute('aria-invalid')).to.equal('false');
    await type(el, 'question', 'Θα προτείνατε το {{brand}');
    expect(el.shadowRoot?.getElementById('text-question-error')?.textContent).to.contain('{{brand}}');
  });

  it('shows the text as typed in the preview, in its language, with the brand', async () => {
    const el = await editor();
    await type(el, 'question', 'Θα προτείνατε το {{brand}};');
    await aTimeout(50);
    expect(previewQuestion(el)).to.equal('Θα προτείνατε το Kafe;');
    await type(el, 'question', '');
    await aTimeout(50);
    expect(previewQuestion(el)).to.equal(LOCALES.el.question.replace('{{brand}}', 'Kafe'));
  });

  it("fires nps-texts-save with every language's texts, and not while one has a problem", async () => {
    const el = await editor();
    let saves = 0;
    el.addEventListener('nps-texts-save', () => saves++);
    await type(el, 'thanks', 'Ευχαριστούμε {{name}}');
    el.shadowRoot?.querySelector('form')?.requestSubmit();
    expect(saves).to.equal(0);
    await type(el, 'thanks', 'Ευχαριστούμε!');
    setTimeout(() => el.shadowRoot?.querySelector('form')?.requestSubmit());
    const { detail } = await oneEvent(el, 'nps-texts-save');
    expect(detail.texts).to.deep.equal([
      { language: 'ro', key: 'send', text: 'Trimiteți' },
      { language: 'el', key: 'thanks', text: 'Ευχαριστούμε!' },
    ]);
  });
});
