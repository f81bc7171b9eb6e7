import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { NpsChannelTable } from './nps-channel-table.component.ts';
import './nps-channel-table.ts';

const rows = [
  { channel: 'WIDGET', score: { responses: 120, nps: 30, marginOfError: 12, hidden: false } },
  { channel: 'EMAIL', score: { responses: 4, nps: null, marginOfError: null, hidden: true } },
] as never;
const open = (selected: string | null = null) =>
  fixture<NpsChannelTable>(
    html`<nps-channel-table language="en" .rows=${rows} .selected=${selected}></nps-channel-table>`,
  );

describe('<nps-channel-table>', () => {
  it('is accessible', async () => {
    await expect(await open()).to.be.accessible();
  });

  it('heads its columns, names each row by a button that says whether it is chosen, and hides a small NPS', async () => {
    const el = await open('EMAIL');
    expect(el.shadowRoot?.querySelectorAll('th[scope="col"]').length).to.equal(3);
    const buttons = [...(el.shadowRoot?.querySelectorAll('tbody th button') ?? [])];
    expect(buttons.map((b) => [b.textContent?.trim(), b.getAttribute('aria-pressed')])).to.deep.equal([
      ['On the site', 'false'],
      ['Email', 'true'],
    ]);
    expect(el.shadowRoot?.querySelectorAll('tbody tr')[1]?.textContent).to.contain('too few');
  });

  it('filters to a channel, and back to every channel', async () => {
    const el = await open('EMAIL');
    const buttons = el.shadowRoot?.querySelectorAll<HTMLButtonElement>('tbody th button');
    setTimeout(() => buttons?.[0]?.click());
    expect((await oneEvent(el, 'nps-filter')).detail).to.deep.equal({ channel: 'WIDGET' });
    setTimeout(() => buttons?.[1]?.click());
    expect((await oneEvent(el, 'nps-filter')).detail).to.deep.equal({ channel: null });
  });
});
