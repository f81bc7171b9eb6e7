import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { FollowUpTask } from '../../dashboard/api/client.ts';
import type { NpsFollowUpQueue } from './nps-follow-up-queue.component.ts';
import './nps-follow-up-queue.ts';

const TASKS: FollowUpTask[] = [
  {
    secondsLeft: -7_200,
    overdue: true,
    response: {
      id: 's:1',
      score: 2,
      comment: '<img src=x onerror="alert(1)">',
      language: 'el',
      market: 'CY',
      channel: 'EMAIL',
    },
  },
  {
    secondsLeft: 5_400,
    overdue: false,
    response: { id: 's:2', score: 6, comment: null, language: 'tr', market: 'TR', channel: 'WIDGET' },
  },
];

const queue = () =>
  fixture<NpsFollowUpQueue>(html`<nps-follow-up-queue .tasks=${TASKS}></nps-follow-up-queue>`);
const tasks = (el: NpsFollowUpQueue) => [...(el.shadowRoot?.querySelectorAll('[part="task"]') ?? [])];

describe('<nps-follow-up-queue>', () => {
  it('is accessible', async () => {
    await expect(await queue()).to.be.accessible();
  });

  it('lists the tasks in order with the time left or overdue, and a comment as text', async () => {
    const el = await queue();
    expect(tasks(el).map((t) => t.querySelector('[part~="due"]')?.textContent)).to.deep.equal([
      'overdue by 2 hours',
      '1 hour left',
    ]);
    expect(tasks(el)[0]?.querySelector('[part~="due"]')?.getAttribute('part')).to.equal('due overdue');
    expect(tasks(el)[0]?.querySelector('blockquote')?.textContent).to.equal('<img src=x onerror="alert(1)">');
    expect(el.shadowRoot?.querySelector('img')).to.equal(null);
  });

  it('labels every field of the form, and groups the reasons', async () => {
    const form = tasks(await queue())[0];
    for (const field of form?.querySelectorAll('input[type="text"], textarea') ?? []) {
      expect(form?.querySelector(`label[for="${field.id}"]`), field.id).not.to.equal(null);
    }
    expect(form?.querySelector('fieldset legend')?.textContent).to.equal('Reasons');
    expect(form?.querySelectorAll('input[type="checkbox"]')).to.have.length(6);
  });

  it('lists ten tasks at first, and ten more on demand', async () => {
    const many = Array.from({ length: 23 }, (_, i) => ({
      secondsLeft: 3_600 * i,
      overdue: false,
      response: { id: `s:${i}`, score: 3, comment: null, language: 'en', market: 'US' },
    }));
    const el = await fixture<NpsFollowUpQueue>(
      html`<nps-follow-up-queue .tasks=${many}></nps-follow-up-queue>`,
    );
    expect(tasks(el)).to.have.length(10);
    const more = el.shadowRoot?.querySelector<HTMLButtonElement>('[part="more"]');
    expect(more?.textContent).to.equal('Show 10 more');
    more?.click();
    await el.updateComplete;
    expect(tasks(el)).to.have.length(20);
    expect(el.shadowRoot?.querySelector('[part="more"]')?.textContent).to.equal('Show 3 more');
  });

  it('keeps a half-filled form with its detractor when a task above it goes', async () => {
    const el = await queue();
    const note = () => tasks(el).at(-1)?.querySelector('textarea') as HTMLTextAreaElement;
    note().value = 'Called, no answer.';
    el.tasks = TASKS.slice(1);
    await el.updateComplete;
    expect(tasks(el)).to.have.length(1);
    expect(tasks(el)[0]?.getAttribute('data-response-id')).to.equal('s:2');
    expect(note().value).to.equal('Called, no answer.');
  });

  it('asks for a reason, then fires nps-follow-up-record with the form', async () => {
    const el = await queue();
    const form = tasks(el)[0]?.querySelector('form') as HTMLFormElement;
    (form.querySelector('input[name="by"]') as HTMLInputElement).value = 'ayse@kafe.example';
    form.requestSubmit();
    await el.updateComplete;
    expect(tasks(el)[0]?.querySelector('[role="alert"]')?.textContent).to.equal(
      'Choose at least one reason.',
    );

    (form.querySelector('input[value="PRICE"]') as HTMLInputElement).checked = true;
    (form.querySelector('textarea') as HTMLTextAreaElement).value = ' Refunded. ';
    const recorded = oneEvent(el, 'nps-follow-up-record');
    form.requestSubmit();
    expect((await recorded).detail).to.deep.equal({
      responseId: 's:1',
      by: 'ayse@kafe.example',
      note: 'Refunded.',
      reasons: ['PRICE'],
    });
  });
});
