import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { consoleSurvey } from '../../console/api/console-survey.fixture.ts';
import type { NpsSurveyList } from './nps-survey-list.component.ts';
import './nps-survey-list.ts';

const surveys = [
  consoleSurvey({ id: 'a', brand: 'Kafe' }),
  consoleSurvey({ id: 'b', brand: 'Çay Evi', active: false }),
  consoleSurvey({ id: 'c', brand: 'Old Roastery', archived: true, active: false }),
];
const open = () =>
  fixture<NpsSurveyList>(html`<nps-survey-list language="en" .surveys=${surveys}></nps-survey-list>`);

describe('<nps-survey-list>', () => {
  it('is accessible', async () => {
    await expect(await open()).to.be.accessible();
  });

  it('names each survey in its row, says its state, and keeps the archived apart under their own heading', async () => {
    const el = await open();
    const tables = el.shadowRoot?.querySelectorAll('table') ?? [];
    const rows = (table: Element | undefined) =>
      [...(table?.querySelectorAll('tr') ?? [])].map((row) => [
        row.querySelector('th[scope="row"]')?.textContent,
        row.querySelector('.badge')?.textContent,
      ]);
    expect(rows(tables[0])).to.deep.equal([
      ['Kafe', 'Active'],
      ['Çay Evi', 'Paused'],
    ]);
    expect(el.shadowRoot?.querySelector('h3')?.textContent).to.equal('Archived');
    expect(rows(tables[1])).to.deep.equal([['Old Roastery', 'Archived']]);
    const edit = el.shadowRoot?.querySelector('tr button');
    expect(edit?.getAttribute('aria-label')).to.equal('Edit: Kafe');
  });

  it('asks for the survey chosen, or a new one', async () => {
    const el = await open();
    const buttons = el.shadowRoot?.querySelectorAll<HTMLButtonElement>('tr button') ?? [];
    setTimeout(() => buttons[1]?.click());
    expect((await oneEvent(el, 'nps-survey-open')).detail).to.deep.equal({ id: 'b' });
    setTimeout(() => el.shadowRoot?.querySelector<HTMLButtonElement>('.title button')?.click());
    expect((await oneEvent(el, 'nps-survey-new')).detail).to.deep.equal({});
  });
});
