import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { DashboardWebhook } from '../../dashboard/api/client.ts';
import type { NpsWebhooksPanel } from './nps-webhooks-panel.component.ts';
import './nps-webhooks-panel.ts';

const WEBHOOKS: DashboardWebhook[] = [
  {
    id: 'w1',
    url: 'https://hooks.example/nps',
    events: ['RESPONSE_CREATED', 'DETRACTOR_OVERDUE'],
    format: 'JSON',
    enabled: true,
    failingSince: null,
    deliveries: [
      {
        id: 'd1',
        event: 'RESPONSE_CREATED',
        status: 'DELIVERED',
        attempts: 1,
        lastStatus: 200,
        createdAt: '2026-11-26T10:00:00.000Z',
      },
    ],
  },
  {
    id: 'w2',
    url: 'https://hooks.slack.com/services/T/B/X',
    events: ['FOLLOW_UP_RECORDED'],
    format: 'SLACK',
    enabled: true,
    failingSince: '2026-11-25T08:00:00.000Z',
    deliveries: [],
  },
  {
    id: 'w3',
    url: 'https://gone.example/',
    events: ['RESPONSE_CREATED'],
    format: 'JSON',
    enabled: false,
    failingSince: null,
    deliveries: [],
  },
];

const panel = (secret: string | null = null) =>
  fixture<NpsWebhooksPanel>(
    html`<nps-webhooks-panel .webhooks=${WEBHOOKS} .secret=${secret}></nps-webhooks-panel>`,
  );

describe('<nps-webhooks-panel>', () => {
  it('is accessible', async () => {
    await expect(await panel('whsec_abc')).to.be.accessible();
  });

  it("says each subscription's health, events and last deliveries", async () => {
    const el = await panel();
    const health = [...(el.shadowRoot?.querySelectorAll('[part~="health"]') ?? [])].map((h) => h.textContent);
    expect(health).to.deep.equal(['Working', 'Failing since Nov 25, 2026, 8:00 AM', 'Disabled']);
    const first = el.shadowRoot?.querySelector('[part="webhook"]');
    expect(first?.textContent).to.contain('New response, Follow-up overdue');
    expect(first?.querySelector('tbody tr')?.textContent?.replace(/\s+/g, ' ').trim()).to.contain(
      'Delivered 200',
    );
  });

  it('shows a new secret once, as a status', async () => {
    const el = await panel('whsec_abc');
    const secret = el.shadowRoot?.querySelector('[part="secret"]');
    expect(secret?.getAttribute('role')).to.equal('status');
    expect(secret?.querySelector('code')?.textContent).to.equal('whsec_abc');
  });

  it('fires test and delete for a subscription, and create from the form, which needs an event', async () => {
    const el = await panel();
    const buttons = [
      ...(el.shadowRoot?.querySelectorAll<HTMLButtonElement>('[part="webhook"] button') ?? []),
    ];
    const tested = oneEvent(el, 'nps-webhook-test');
    buttons[0]?.click();
    expect((await tested).detail).to.deep.equal({ id: 'w1' });
    const deleted = oneEvent(el, 'nps-webhook-delete');
    buttons[1]?.click();
    expect((await deleted).detail).to.deep.equal({ id: 'w1' });

    const form = el.shadowRoot?.querySelector('form') as HTMLFormElement;
    (form.querySelector('input[name="url"]') as HTMLInputElement).value = 'https://hooks.example/new';
    form.requestSubmit();
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('[role="alert"]')?.textContent).to.equal(
      'Choose at least one event.',
    );
    (form.querySelector('input[value="DETRACTOR_OVERDUE"]') as HTMLInputElement).checked = true;
    (form.querySelector('select') as HTMLSelectElement).value = 'SLACK';
    const created = oneEvent(el, 'nps-webhook-create');
    form.requestSubmit();
    expect((await created).detail).to.deep.equal({
      url: 'https://hooks.example/new',
      events: ['DETRACTOR_OVERDUE'],
      format: 'SLACK',
    });
  });
});
