import { expect, fixture, html } from '@open-wc/testing';
import type { NpsReasonCounts } from './nps-reason-counts.component.ts';
import './nps-reason-counts.ts';

const open = (reasons: unknown[]) =>
  fixture<NpsReasonCounts>(html`<nps-reason-counts language="en" .reasons=${reasons}></nps-reason-counts>`);

describe('<nps-reason-counts>', () => {
  it('is accessible', async () => {
    await expect(
      await open([
        { reason: 'PRICE', count: 4 },
        { reason: 'DELIVERY', count: 1 },
      ]),
    ).to.be.accessible();
  });

  it('names each reason with its count, its bar against the largest hidden from screen readers', async () => {
    const el = await open([
      { reason: 'PRICE', count: 4 },
      { reason: 'DELIVERY', count: 1 },
    ]);
    const items = [...(el.shadowRoot?.querySelectorAll('li') ?? [])];
    expect(items.map((li) => li.textContent?.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Price 4',
      'Delivery 1',
    ]);
    const meter = el.shadowRoot?.querySelector('meter');
    expect([meter?.getAttribute('max'), meter?.getAttribute('aria-hidden')]).to.deep.equal(['4', 'true']);
  });

  it('says when no follow-up was recorded in the period', async () => {
    const el = await open([]);
    expect(el.shadowRoot?.querySelector('p')?.textContent).to.equal('No follow-ups recorded in this period.');
  });
});
