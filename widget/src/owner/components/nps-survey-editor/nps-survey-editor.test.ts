import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { consoleSurvey } from '../../console/api/console-survey.fixture.ts';
import type { NpsSurveyEditor } from './nps-survey-editor.component.ts';
import './nps-survey-editor.ts';

const owner = consoleSurvey({ access: ['REPORTS', 'SETTINGS', 'LINKS', 'TOKENS', 'PEOPLE', 'DELETE'] });
const open = (survey = owner, tab = 'settings') =>
  fixture<NpsSurveyEditor>(
    html`<nps-survey-editor language="en" tab=${tab} .survey=${survey}></nps-survey-editor>`,
  );
const tabs = (el: NpsSurveyEditor) => [
  ...(el.shadowRoot?.querySelectorAll<HTMLElement>('[role="tab"]') ?? []),
];

describe('<nps-survey-editor>', () => {
  it('is accessible, on a survey and on a new one', async () => {
    await expect(await open()).to.be.accessible();
    await expect(await open(null as never)).to.be.accessible();
  });

  it("shows the tabs the person's rights allow, as a tab list with one tab stop that labels its panel", async () => {
    const el = await open();
    expect(tabs(el).map((tab) => tab.textContent?.trim())).to.deep.equal([
      'Settings',
      'Texts',
      'Themes',
      'Install',
      'Email & links',
      'Read tokens',
      'People',
    ]);
    expect(tabs(el).map((tab) => tab.tabIndex)).to.deep.equal([0, -1, -1, -1, -1, -1, -1]);
    expect(el.shadowRoot?.querySelector('[role="tabpanel"]')?.getAttribute('aria-labelledby')).to.equal(
      'tab-settings',
    );
    const analyst = await open(consoleSurvey({ access: ['REPORTS'] }), 'install');
    expect(tabs(analyst).map((tab) => tab.id)).to.deep.equal(['tab-install']);
  });

  it('moves between tabs with the arrow keys, Home and End, and says which was chosen', async () => {
    const el = await open();
    const [settings] = tabs(el);
    setTimeout(() =>
      settings?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true })),
    );
    expect((await oneEvent(el, 'nps-survey-tab')).detail).to.deep.equal({ tab: 'people' });
    await el.updateComplete;
    expect(el.shadowRoot?.activeElement?.id).to.equal('tab-people');
    setTimeout(() =>
      tabs(el)[6]?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true })),
    );
    expect((await oneEvent(el, 'nps-survey-tab')).detail).to.deep.equal({ tab: 'settings' });
  });

  it('goes back to the list, from a survey and from a new one', async () => {
    const el = await open();
    setTimeout(() => el.shadowRoot?.querySelector<HTMLButtonElement>('.title button')?.click());
    await oneEvent(el, 'nps-survey-close');
    const fresh = await open(null as never);
    expect(fresh.shadowRoot?.querySelector('h2')?.textContent).to.equal('New survey');
    setTimeout(() => fresh.shadowRoot?.querySelector<HTMLButtonElement>('.title button')?.click());
    await oneEvent(fresh, 'nps-survey-close');
  });
});
