import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { NpsSignIn } from './nps-sign-in.component.ts';
import './nps-sign-in.ts';

const open = (template = html`<nps-sign-in language="en"></nps-sign-in>`) => fixture<NpsSignIn>(template);
const input = (el: NpsSignIn, name: string) =>
  el.shadowRoot?.querySelector<HTMLInputElement>(`input[name="${name}"]`) ?? null;

describe('<nps-sign-in>', () => {
  it('is accessible, signing in and making the first account', async () => {
    await expect(await open()).to.be.accessible();
    await expect(await open(html`<nps-sign-in language="en" setup></nps-sign-in>`)).to.be.accessible();
  });

  it('asks for the admin token in a labelled password field, described by where it is kept', async () => {
    const el = await open();
    const field = input(el, 'token');
    expect(field?.type).to.equal('password');
    expect(el.shadowRoot?.querySelector(`label[for="${field?.id}"]`)?.textContent).to.equal('Admin token');
    const help = el.shadowRoot?.getElementById(field?.getAttribute('aria-describedby') ?? '');
    expect(help?.textContent).to.contain('this browser tab only');
  });

  it('asks a person for their email address and password, in labelled fields the browser can fill', async () => {
    const el = await open();
    const email = input(el, 'email');
    const password = input(el, 'password');
    expect([email?.type, email?.autocomplete]).to.deep.equal(['email', 'username']);
    expect([password?.type, password?.autocomplete]).to.deep.equal(['password', 'current-password']);
    expect(el.shadowRoot?.querySelector(`label[for="${password?.id}"]`)?.textContent).to.equal('Password');
  });

  it('asks the first owner for a new password, with no admin token, and marks a refused field', async () => {
    const el = await open(
      html`<nps-sign-in language="en" setup .errors=${{ password: true }}></nps-sign-in>`,
    );
    expect(input(el, 'password')?.autocomplete).to.equal('new-password');
    expect(input(el, 'password')?.getAttribute('aria-invalid')).to.equal('true');
    expect(input(el, 'email')?.getAttribute('aria-invalid')).to.equal('false');
    expect(input(el, 'token')).to.equal(null);
  });

  it('sends the email address trimmed and the password as typed, and the admin token', async () => {
    const el = await open();
    const email = input(el, 'email');
    const password = input(el, 'password');
    if (email) email.value = '  owner@shop.example ';
    if (password) password.value = ' secret words ';
    setTimeout(() => email?.closest('form')?.requestSubmit());
    const { detail } = await oneEvent(el, 'nps-sign-in');
    expect(detail).to.deep.equal({ email: 'owner@shop.example', password: ' secret words ' });
    const token = input(el, 'token');
    if (token) token.value = ' nps_admin ';
    setTimeout(() => token?.closest('form')?.requestSubmit());
    expect((await oneEvent(el, 'nps-token-sign-in')).detail).to.deep.equal({ token: 'nps_admin' });
  });
});
