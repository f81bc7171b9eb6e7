import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { ReadToken } from '../../console/api/client.ts';
import type { NpsTokensPanel } from './nps-tokens-panel.component.ts';
import './nps-tokens-panel.ts';

const TOKENS: ReadToken[] = [{ id: 't1', label: 'Support team', createdAt: '2026-11-20T10:00:00.000Z' }];

const panel = (created: string | null = null, language = 'en') =>
  fixture<NpsTokensPanel>(
    html`<nps-tokens-panel .tokens=${TOKENS} .created=${created} language=${language}></nps-tokens-panel>`,
  );

describe('<nps-tokens-panel>', () => {
  it('is accessible, with a new token shown and without', async () => {
    await expect(await panel()).to.be.accessible();
    await expect(await panel('nps_rt_abc_def')).to.be.accessible();
  });

  it('shows a new token once, in a status region', async () => {
    const el = await panel('nps_rt_abc_def');
    const status = el.shadowRoot?.querySelector('[role="status"]');
    expect(status?.textContent).to.contain('shown only this once');
    expect(status?.querySelector('[part="secret"]')?.textContent).to.equal('nps_rt_abc_def');
  });

  it('dates a token in its language, and in day.month.year where the browser lacks the language', async () => {
    expect((await panel()).shadowRoot?.querySelector('li')?.textContent).to.contain('Nov 20, 2026');
    const macedonian = await panel(null, 'mk');
    await new Promise((resolve) => setTimeout(resolve));
    const expected = new Intl.DateTimeFormat('mk').resolvedOptions().locale.startsWith('mk')
      ? new Intl.DateTimeFormat('mk', { dateStyle: 'medium' }).format(new Date(TOKENS[0]?.createdAt ?? ''))
      : '20.11.2026';
    expect(macedonian.shadowRoot?.querySelector('li')?.textContent).to.contain(expected);
  });

  it('fires nps-token-create with the name typed, and nps-token-revoke once confirmed', async () => {
    const el = await panel();
    const field = el.shadowRoot?.querySelector<HTMLInputElement>('input[name="label"]');
    if (field) field.value = '  Wall screen ';
    setTimeout(() => el.shadowRoot?.querySelector('form')?.requestSubmit());
    expect((await oneEvent(el, 'nps-token-create')).detail).to.deep.equal({ label: 'Wall screen' });

    const confirm = window.confirm;
    window.confirm = () => true;
    try {
      setTimeout(() => el.shadowRoot?.querySelector<HTMLButtonElement>('li button')?.click());
      expect((await oneEvent(el, 'nps-token-revoke')).detail).to.deep.equal({ id: 't1' });
    } finally {
      window.confirm = confirm;
    }
  });
});
