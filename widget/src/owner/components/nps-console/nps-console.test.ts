import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { NpsConsole } from './nps-console.component.ts';
import './nps-console.ts';

const open = (endpoint = '/nowhere', language = 'en') =>
  fixture<NpsConsole>(html`<nps-console endpoint=${endpoint} language=${language}></nps-console>`);

describe('<nps-console>', () => {
  beforeEach(() => sessionStorage.clear());

  it('is accessible before signing in', async () => {
    await expect(await open()).to.be.accessible();
  });

  it('asks for the admin token in a labelled password field, described by where it is kept', async () => {
    const el = await open();
    const field = el.shadowRoot?.querySelector<HTMLInputElement>('input[name="token"]');
    expect(field?.type).to.equal('password');
    expect(el.shadowRoot?.querySelector(`label[for="${field?.id}"]`)?.textContent).to.equal('Admin token');
    const help = el.shadowRoot?.getElementById(field?.getAttribute('aria-describedby') ?? '');
    expect(help?.textContent).to.contain('this browser tab only');
  });

  it('asks a person for their email address and password, in labelled fields the browser can fill', async () => {
    const el = await open();
    const email = el.shadowRoot?.querySelector<HTMLInputElement>('input[name="email"]');
    const password = el.shadowRoot?.querySelector<HTMLInputElement>('input[name="password"]');
    expect([email?.type, email?.autocomplete]).to.deep.equal(['email', 'username']);
    expect([password?.type, password?.autocomplete]).to.deep.equal(['password', 'current-password']);
    expect(el.shadowRoot?.querySelector(`label[for="${password?.id}"]`)?.textContent).to.equal('Password');
  });

  it("refuses a survey's read token: it opens the dashboard, not the console", async () => {
    const el = await open();
    const field = el.shadowRoot?.querySelector<HTMLInputElement>('input[name="token"]');
    const form = field?.closest('form');
    if (field) field.value = 'nps_rt_0123456789abcdef_x';
    form?.requestSubmit();
    await waitUntil(() => el.shadowRoot?.querySelector('[role="alert"]'), 'no alert');
    expect(el.shadowRoot?.querySelector('[role="alert"]')?.textContent).to.contain('opens the dashboard');
    expect(sessionStorage.length).to.equal(0);
  });

  it('says what went wrong in its own words and language, never the server’s', async () => {
    // Nothing listens on port 9: the request fails before any answer.
    const el = await open('http://127.0.0.1:9/graphql', 'tr');
    await el.updateComplete;
    const field = el.shadowRoot?.querySelector<HTMLInputElement>('input[name="token"]');
    const form = field?.closest('form');
    if (field) field.value = 'an-admin-token-of-some-sort';
    form?.requestSubmit();
    await waitUntil(() => el.shadowRoot?.querySelector('[role="alert"]'), 'no alert', { timeout: 4000 });
    expect(el.shadowRoot?.querySelector('[role="alert"]')?.textContent).to.contain('Sunucuya ulaşılamıyor');
  });

  it('speaks the language it is given, and says so with lang', async () => {
    const el = await open('/nowhere', 'el');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(el.getAttribute('lang')).to.equal('el');
    expect(el.shadowRoot?.querySelector('h1')?.textContent).to.equal('Κονσόλα ερευνών');
  });
});
