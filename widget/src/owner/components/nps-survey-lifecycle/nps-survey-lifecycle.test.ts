import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { consoleSurvey } from '../../console/api/console-survey.fixture.ts';
import type { NpsSurveyLifecycle } from './nps-survey-lifecycle.component.ts';
import './nps-survey-lifecycle.ts';

const open = (access: string[] = ['SETTINGS', 'DELETE'], overrides = {}) =>
  fixture<NpsSurveyLifecycle>(
    html`<nps-survey-lifecycle
      language="en"
      .survey=${consoleSurvey({ access: access as never, ...overrides })}
    ></nps-survey-lifecycle>`,
  );
const button = (el: NpsSurveyLifecycle, text: string) =>
  [...(el.shadowRoot?.querySelectorAll<HTMLButtonElement>('button') ?? [])].find(
    (b) => b.textContent?.trim() === text,
  );

describe('<nps-survey-lifecycle>', () => {
  it('is accessible', async () => {
    await expect(await open()).to.be.accessible();
  });

  it('describes each button by what it does, and offers deletion only to those who may delete', async () => {
    const el = await open();
    const pause = button(el, 'Pause');
    expect(el.shadowRoot?.getElementById(pause?.getAttribute('aria-describedby') ?? '')).to.not.equal(null);
    expect(el.shadowRoot?.querySelector('#confirm-brand')).to.not.equal(null);
    const editor = await open(['SETTINGS']);
    expect(editor.shadowRoot?.querySelector('#confirm-brand')).to.equal(null);
  });

  it('asks to pause, and to archive; an archived survey cannot be resumed before it is brought back', async () => {
    const el = await open();
    setTimeout(() => button(el, 'Pause')?.click());
    expect((await oneEvent(el, 'nps-survey-lifecycle')).detail).to.deep.equal({ active: false });
    setTimeout(() => button(el, 'Archive')?.click());
    expect((await oneEvent(el, 'nps-survey-lifecycle')).detail).to.deep.equal({ archived: true });
    const archived = await open(undefined, { archived: true, active: false });
    expect(button(archived, 'Resume')?.disabled).to.equal(true);
  });

  it('deletes only once the brand is typed as it is', async () => {
    const el = await open();
    const field = el.shadowRoot?.querySelector<HTMLInputElement>('#confirm-brand');
    const submit = el.shadowRoot?.querySelector<HTMLButtonElement>('button.danger');
    if (field) field.value = 'kafe';
    field?.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect(submit?.disabled).to.equal(true);
    if (field) field.value = ' Kafe';
    field?.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect(submit?.disabled).to.equal(false);
    setTimeout(() => submit?.click());
    expect((await oneEvent(el, 'nps-survey-delete')).detail).to.deep.equal({ brand: ' Kafe' });
  });
});
