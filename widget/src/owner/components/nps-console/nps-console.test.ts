import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { NpsConsole } from './nps-console.component.ts';
import './nps-console.ts';

const open = (endpoint = '/nowhere', language = 'en') =>
  fixture<NpsConsole>(html`<nps-console endpoint=${endpoint} language=${language}></nps-console>`);
/** The admin token's field, in the sign-in form the console shows before anyone is signed in. */
const tokenField = async (el: NpsConsole) => {
  const signIn = el.shadowRoot?.querySelector('nps-sign-in');
  await signIn?.updateComplete;
  return signIn?.shadowRoot?.querySelector<HTMLInputElement>('input[name="token"]') ?? null;
};

describe('<nps-console>', () => {
  beforeEach(() => sessionStorage.clear());

  it('is accessible before signing in', async () => {
    await expect(await open()).to.be.accessible();
  });

  it("refuses a survey's read token: it opens the dashboard, not the console", async () => {
    const el = await open();
    const field = await tokenField(el);
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
    const field = await tokenField(el);
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
