import { expect, fixture, html } from '@open-wc/testing';
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
    expect(el.shadowRoot?.querySelector('label')?.textContent).to.contain('Јазик на приказот');
  });
});
