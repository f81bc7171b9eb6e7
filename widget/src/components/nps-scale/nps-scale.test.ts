import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { NpsScale } from './nps-scale.component.ts';
import './nps-scale.ts';

async function scale(): Promise<NpsScale> {
  return fixture<NpsScale>(html`
    <nps-scale
      label="How likely are you to recommend Kafe?"
      low-label="Not at all likely"
      high-label="Extremely likely"
      .scoreLabel=${(score: number) => `${score} out of 10`}
    ></nps-scale>
  `);
}

const radios = (el: NpsScale) => [
  ...(el.shadowRoot?.querySelectorAll<HTMLButtonElement>('[role="radio"]') ?? []),
];

function press(el: NpsScale, key: string): void {
  el.shadowRoot?.activeElement?.dispatchEvent(
    new KeyboardEvent('keydown', { key, bubbles: true, composed: true }),
  );
}

describe('<nps-scale>', () => {
  it('is accessible', async () => {
    await expect(await scale()).to.be.accessible();
  });

  it('is a labelled radio group of eleven named options with one Tab stop', async () => {
    const el = await scale();
    const group = el.shadowRoot?.querySelector('[role="radiogroup"]');
    expect(group?.getAttribute('aria-label')).to.equal('How likely are you to recommend Kafe?');
    expect(radios(el).map((r) => r.getAttribute('aria-label'))).to.deep.equal(
      Array.from({ length: 11 }, (_, i) => `${i} out of 10`),
    );
    expect(radios(el).every((r) => r.getAttribute('aria-checked') === 'false')).to.equal(true);
    expect(radios(el).filter((r) => r.tabIndex === 0)).to.have.length(1);
  });

  it('moves the focus with the arrow keys, Home and End, and chooses with Enter or Space', async () => {
    const el = await scale();
    radios(el)[0]?.focus();
    press(el, 'ArrowRight');
    press(el, 'ArrowRight');
    press(el, 'ArrowDown');
    await el.updateComplete;
    expect(el.shadowRoot?.activeElement?.textContent?.trim()).to.equal('3');
    expect(radios(el)[3]?.tabIndex).to.equal(0);
    expect(radios(el)[0]?.tabIndex).to.equal(-1);

    press(el, 'Home');
    press(el, 'ArrowLeft');
    await el.updateComplete;
    expect(el.shadowRoot?.activeElement?.textContent?.trim()).to.equal('10');

    const selected = oneEvent(el, 'nps-select');
    press(el, ' ');
    expect((await selected).detail).to.deep.equal({ score: 10 });
    await el.updateComplete;
    expect(radios(el)[10]?.getAttribute('aria-checked')).to.equal('true');
  });

  it('chooses on click', async () => {
    const el = await scale();
    const selected = oneEvent(el, 'nps-select');
    radios(el)[7]?.click();
    expect((await selected).detail).to.deep.equal({ score: 7 });
  });
});
