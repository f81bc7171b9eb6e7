import { expect, fixture, html } from '@open-wc/testing';
import type { NpsHeadline } from './nps-headline.component.ts';
import './nps-headline.ts';

const score = {
  responses: 200,
  promoters: 110,
  passives: 50,
  detractors: 40,
  promoterPercent: 55,
  passivePercent: 25,
  detractorPercent: 20,
  nps: 35,
  marginOfError: 11.6,
};
const open = (change: unknown = null) =>
  fixture<NpsHeadline>(
    html`<nps-headline language="en" days="30" .score=${score} .change=${change}></nps-headline>`,
  );
const part = (el: NpsHeadline, name: string) => el.shadowRoot?.querySelector(`[part="${name}"]`);

describe('<nps-headline>', () => {
  it('is accessible', async () => {
    await expect(await open()).to.be.accessible();
  });

  it('gives the score with its sign, margin and answers, and the split in words for a screen reader', async () => {
    const el = await open();
    expect(part(el, 'nps')?.textContent).to.equal('+35');
    expect(part(el, 'nps')?.getAttribute('data-nps')).to.equal('35');
    expect(part(el, 'headline')?.textContent).to.contain('±12');
    expect(part(el, 'headline')?.textContent).to.contain('200 responses');
    expect(part(el, 'split')?.getAttribute('role')).to.equal('img');
    expect(part(el, 'split')?.getAttribute('aria-label')).to.contain('55%');
  });

  it('says the change from the previous period, and whether it is significant, only when there was one', async () => {
    expect(part(await open(), 'change')).to.equal(null);
    const el = await open({
      points: -8,
      marginOfError: 5,
      significant: true,
      previous: { responses: 90, nps: 43 },
    });
    expect(part(el, 'change')?.hasAttribute('data-significant')).to.equal(true);
    expect(part(el, 'change')?.textContent).to.contain('-8 vs previous 30 days');
  });
});
