import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { NpsCommentList } from './nps-comment-list.component.ts';
import './nps-comment-list.ts';

const comments = [
  {
    id: 'r1',
    score: 3,
    category: 'DETRACTOR',
    comment: '<img src=x onerror=alert(1)> Πολύ αργή παράδοση',
    language: 'el',
    market: 'CY',
    channel: 'EMAIL',
    createdAt: '2026-11-30T10:00:00.000Z',
    themes: [],
    themeMatches: [],
  },
] as never;
const open = () =>
  fixture<NpsCommentList>(html`<nps-comment-list language="en" .comments=${comments}></nps-comment-list>`);

describe('<nps-comment-list>', () => {
  it('is accessible', async () => {
    await expect(await open()).to.be.accessible();
  });

  it("shows a visitor's comment as text, in its own direction, with its score and where it came from", async () => {
    const el = await open();
    const quote = el.shadowRoot?.querySelector('li[data-response-id="r1"] blockquote');
    expect(quote?.getAttribute('dir')).to.equal('auto');
    expect(quote?.textContent).to.contain('<img src=x');
    expect(el.shadowRoot?.querySelector('img')).to.equal(null);
    expect(el.shadowRoot?.querySelector('small')?.textContent).to.contain('3/10');
  });

  it('asks for the comments of one category, and of all', async () => {
    const el = await open();
    const field = el.shadowRoot?.querySelector<HTMLSelectElement>('select[name="category"]');
    const choose = (value: string) => {
      if (!field) return;
      field.value = value;
      field.dispatchEvent(new Event('change'));
    };
    setTimeout(() => choose('PASSIVE'));
    expect((await oneEvent(el, 'nps-category-select')).detail).to.deep.equal({ category: 'PASSIVE' });
    setTimeout(() => choose(''));
    expect((await oneEvent(el, 'nps-category-select')).detail).to.deep.equal({ category: null });
  });
});
