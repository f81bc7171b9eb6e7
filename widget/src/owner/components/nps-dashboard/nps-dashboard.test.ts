import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { NpsDashboard } from './nps-dashboard.component.ts';
import './nps-dashboard.ts';

const dashboard = () =>
  fixture<NpsDashboard>(html`<nps-dashboard endpoint="/nowhere" language="en"></nps-dashboard>`);

describe('<nps-dashboard>', () => {
  beforeEach(() => sessionStorage.clear());

  it('is accessible before a token is given', async () => {
    await expect(await dashboard()).to.be.accessible();
  });

  it('asks for the read token in a labelled password field, described by where it is kept', async () => {
    const el = await dashboard();
    const field = el.shadowRoot?.querySelector<HTMLInputElement>('input[name="token"]');
    expect(field?.type).to.equal('password');
    expect(field?.closest('label')?.textContent).to.contain('Read token');
    const help = el.shadowRoot?.getElementById(field?.getAttribute('aria-describedby') ?? '');
    expect(help?.textContent).to.contain('this browser tab only');
  });

  it('speaks the language it is given, and says so with lang', async () => {
    const el = await dashboard();
    el.language = 'mk';
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(el.getAttribute('lang')).to.equal('mk');
    expect(el.shadowRoot?.querySelector('h1')?.textContent).to.equal('Net Promoter Score');
    expect(el.shadowRoot?.querySelector('label')?.textContent).to.contain('Јазик на интерфејсот');
  });

  it("says what went wrong in its own words and language, by the error's code, never the server's message", async () => {
    const cases = [
      // Nothing listens on port 9: the request fails before any answer.
      ['http://127.0.0.1:9/graphql', 'серверот не е достапен'],
      // A page, not the API: an answer without a GraphQL error code.
      ['/nowhere', 'Серверот во моментов не може да одговори'],
    ] as const;
    for (const [endpoint, said] of cases) {
      const el = await fixture<NpsDashboard>(
        html`<nps-dashboard endpoint=${endpoint} language="mk" refresh-seconds="0"></nps-dashboard>`,
      );
      await el.updateComplete;
      const form = el.shadowRoot?.querySelector('form');
      const field = form?.querySelector<HTMLInputElement>('input[name="token"]');
      if (field) field.value = 'nps_rt_anything';
      form?.requestSubmit();
      await waitUntil(() => el.shadowRoot?.querySelector('[role="alert"]'), 'no error shown', {
        timeout: 4000,
      });
      const alert = el.shadowRoot?.querySelector('[role="alert"]')?.textContent ?? '';
      expect(alert).to.contain(said);
      expect(alert).not.to.match(/[A-Za-z]{4,}/);
    }
  });
});
