import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { DashboardSurvey } from '../../dashboard/api/client.ts';
import type { NpsDashboardFilters } from './nps-dashboard-filters.component.ts';
import './nps-dashboard-filters.ts';

const survey = (id: string, brand: string): DashboardSurvey => ({
  id,
  brand,
  languages: ['el', 'tr'],
  markets: ['GR', 'CY'],
  minResponses: 30,
  access: ['REPORTS', 'COMMENTS'],
  customThemes: [],
});
const surveys = [survey('a', 'Kafe'), survey('b', 'Çay Evi')];
const open = (segment = { language: null, market: null, channel: null }) =>
  fixture<NpsDashboardFilters>(html`<nps-dashboard-filters
    language="en"
    .surveys=${surveys}
    .surveyId=${'a'}
    .segment=${segment}
    can-export
  ></nps-dashboard-filters>`);
const select = (el: NpsDashboardFilters, name: string) =>
  el.shadowRoot?.querySelector<HTMLSelectElement>(name ? `select[name="${name}"]` : 'select');

describe('<nps-dashboard-filters>', () => {
  it('is accessible, filtered or not', async () => {
    await expect(await open()).to.be.accessible();
    await expect(await open({ language: 'el', market: 'CY', channel: 'EMAIL' } as never)).to.be.accessible();
  });

  it("names the survey's languages and markets in the page's language, and says what it is filtered to", async () => {
    const el = await open({ language: 'el', market: 'CY', channel: 'EMAIL' } as never);
    const options = (name: string) =>
      [...(select(el, name)?.options ?? [])].map((o) => o.textContent?.trim());
    expect(options('language')).to.deep.equal(['All languages', 'Greek', 'Turkish']);
    expect(options('market')).to.deep.equal(['All markets', 'Greece', 'Cyprus']);
    expect(el.shadowRoot?.querySelector('[role="status"]')?.textContent).to.contain('Greek, Cyprus, Email');
  });

  it('asks for another survey, period, language or channel, and for everything again', async () => {
    const el = await open({ language: 'el', market: null, channel: null } as never);
    const choose = (name: string, value: string) => {
      const field = select(el, name);
      if (!field) return;
      field.value = value;
      field.dispatchEvent(new Event('change'));
    };
    setTimeout(() => choose('', 'b'));
    expect((await oneEvent(el, 'nps-filter')).detail).to.deep.equal({ surveyId: 'b' });
    setTimeout(() => choose('period', '90'));
    expect((await oneEvent(el, 'nps-filter')).detail).to.deep.equal({ days: 90 });
    setTimeout(() => choose('channel', 'LINK'));
    expect((await oneEvent(el, 'nps-filter')).detail).to.deep.equal({ channel: 'LINK' });
    setTimeout(() => el.shadowRoot?.querySelector<HTMLButtonElement>('[role="status"] button')?.click());
    expect((await oneEvent(el, 'nps-filter')).detail).to.deep.equal({
      language: null,
      market: null,
      channel: null,
    });
  });
});
