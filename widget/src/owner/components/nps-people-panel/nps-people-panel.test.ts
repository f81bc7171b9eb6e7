import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { Member, PendingInvitation } from '../../console/api/client.ts';
import type { NpsPeoplePanel } from './nps-people-panel.component.ts';
import './nps-people-panel.ts';

const MEMBERS: Member[] = [
  { user: { id: 'u1', email: 'owner@kafe.example' }, role: 'OWNER', surveyId: null },
  { user: { id: 'u2', email: 'ana@kafe.example' }, role: 'ANALYST', surveyId: 's1' },
];
const INVITATIONS: PendingInvitation[] = [
  { id: 'i1', email: 'bo@kafe.example', role: 'VIEWER', expiresAt: '2026-12-08T10:00:00.000Z' },
];

const panel = (link: string | null = null) =>
  fixture<NpsPeoplePanel>(
    html`<nps-people-panel me="u1" .members=${MEMBERS} .invitations=${INVITATIONS} .link=${link}></nps-people-panel>`,
  );

describe('<nps-people-panel>', () => {
  it('is accessible, with a new link shown and without', async () => {
    await expect(await panel()).to.be.accessible();
    await expect(await panel('https://nps.example/console#invite=abc')).to.be.accessible();
  });

  it("names each person's role control by their address, and changes no role on every survey nor one's own", async () => {
    const el = await panel();
    const selects = [...(el.shadowRoot?.querySelectorAll('li select') ?? [])];
    expect(selects.length).to.equal(1);
    expect(el.shadowRoot?.querySelector(`label[for="${selects[0]?.id}"]`)?.textContent).to.equal(
      'Role of ana@kafe.example',
    );
    expect(el.shadowRoot?.querySelector('li')?.textContent).to.contain('on every survey');
  });

  it('fires nps-member-invite, nps-member-role and nps-invitation-revoke', async () => {
    const el = await panel();
    const form = el.shadowRoot?.querySelector('form');
    const email = form?.querySelector<HTMLInputElement>('input[name="email"]');
    if (email) email.value = ' new@kafe.example ';
    setTimeout(() => form?.requestSubmit());
    expect((await oneEvent(el, 'nps-member-invite')).detail).to.deep.equal({
      email: 'new@kafe.example',
      role: 'ANALYST',
    });

    const select = el.shadowRoot?.querySelector<HTMLSelectElement>('li select');
    if (select) select.value = 'EDITOR';
    setTimeout(() => select?.dispatchEvent(new Event('change')));
    expect((await oneEvent(el, 'nps-member-role')).detail).to.deep.equal({ userId: 'u2', role: 'EDITOR' });

    const revoke = [...(el.shadowRoot?.querySelectorAll('button') ?? [])].find((b) =>
      b.textContent?.includes('Revoke'),
    );
    setTimeout(() => revoke?.click());
    expect((await oneEvent(el, 'nps-invitation-revoke')).detail).to.deep.equal({ id: 'i1' });
  });
});
