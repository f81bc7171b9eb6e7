import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { formatDate } from '../../../i18n/intl.ts';
import { emit } from '../../../internal/events.ts';
import type { AuditEntry, Member, PendingInvitation, Role } from '../../console/api/client.ts';
import { consoleI18n } from '../../console/i18n/console-i18n.ts';
import { styles } from './nps-people-panel.styles.ts';

const ROLES: readonly Role[] = ['OWNER', 'EDITOR', 'ANALYST', 'VIEWER'];

/**
 * Who works on a survey, and what they changed: each person with their role (changed or taken away here; one's own, and a role on every
 * survey, are not), the invitations not yet accepted (revocable), and a form that invites an email address with a
 * role, and the survey's audit log. The link of a new invitation is shown once, as given (`link`): we send no mail.
 * The page makes the requests.
 *
 * @fires nps-member-invite - The form was filled in: the email address and the role.
 * @fires nps-member-role - A person's role is to change; `role` null takes it away.
 * @fires nps-invitation-revoke - An invitation is to be revoked.
 * @csspart link - The new invitation's link.
 * @cssproperty --nps-dashboard-accent - Buttons and focus.
 */
export class NpsPeoplePanel extends LitElement {
  static override styles = styles;

  private readonly i18n = consoleI18n(this);

  /** The people with a role on the survey, and the owners of every survey. */
  @property({ attribute: false }) members: readonly Member[] = [];

  /** The invitations not yet accepted, revoked or expired. */
  @property({ attribute: false }) invitations: readonly PendingInvitation[] = [];

  /** The survey's audit log, newest first. */
  @property({ attribute: false }) log: readonly AuditEntry[] = [];

  /** The link of the invitation just made, to show once; null otherwise. */
  @property({ attribute: false }) link: string | null = null;

  /** The person using the console, whose own role is not changed here. */
  @property() me = '';

  /** Language of the panel's texts. */
  @property() language = 'en';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('language')) void this.i18n.setLanguage(this.language);
  }

  private handleInvite(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const email = String(data.get('email') ?? '').trim();
    if (!email) return;
    emit(this, 'nps-member-invite', { email, role: (data.get('role') as Role | null) ?? 'VIEWER' });
    form.reset();
  }

  private handleRemove(member: Member): void {
    if (confirm(this.i18n.t('removeConfirm', { email: member.user.email }))) {
      emit(this, 'nps-member-role', { userId: member.user.id, role: null });
    }
  }

  private renderMember(member: Member) {
    const { i18n } = this;
    const fixed = member.user.id === this.me || member.surveyId === null;
    const id = `role-${member.user.id}`;
    return html`
      <li>
        <strong id=${`${id}-email`}>${member.user.email}</strong>
        ${
          fixed
            ? html`<span>${i18n.t(`role_${member.role}`)}${member.surveyId === null ? ` · ${i18n.t('everySurvey')}` : ''}</span>`
            : html`
              <label class="visually-hidden" for=${id}>${i18n.t('roleOf', { email: member.user.email })}</label>
              <select
                id=${id}
                @change=${(event: Event) =>
                  emit(this, 'nps-member-role', {
                    userId: member.user.id,
                    role: (event.target as HTMLSelectElement).value as Role,
                  })}
              >
                ${ROLES.map((role) => html`<option value=${role} ?selected=${role === member.role}>${i18n.t(`role_${role}`)}</option>`)}
              </select>
              <button class="button" type="button" aria-describedby=${`${id}-email`} @click=${() => this.handleRemove(member)}>
                ${i18n.t('removeMember')}
              </button>
            `
        }
      </li>
    `;
  }

  override render() {
    const { i18n } = this;
    return html`
      <section aria-labelledby="people-title">
        <h2 id="people-title">${i18n.t('peopleTitle')}</h2>
        <p class="help">${i18n.t('peopleHelp')}</p>
        <ul>
          ${this.members.map((member) => this.renderMember(member))}
        </ul>
      </section>
      <section aria-labelledby="invitations-title">
        <h3 id="invitations-title">${i18n.t('pendingTitle')}</h3>
        ${
          this.link
            ? html`<div role="status">
              <p>${i18n.t('inviteLink')}</p>
              <pre part="link"><code>${this.link}</code></pre>
              <button class="button" type="button" @click=${() => navigator.clipboard.writeText(this.link ?? '')}>
                ${i18n.t('copy')}
              </button>
            </div>`
            : nothing
        }
        ${
          this.invitations.length
            ? html`<ul>
              ${this.invitations.map(
                (invitation) => html`
                  <li>
                    <strong id=${`invitation-${invitation.id}`}>${invitation.email}</strong>
                    <span>${i18n.t(`role_${invitation.role}`)}</span>
                    <span class="help">
                      ${i18n.t('expiresOn', { date: formatDate(invitation.expiresAt, this.language, { dateStyle: 'medium' }) })}
                    </span>
                    <button
                      class="button"
                      type="button"
                      aria-describedby=${`invitation-${invitation.id}`}
                      @click=${() => emit(this, 'nps-invitation-revoke', { id: invitation.id })}
                    >
                      ${i18n.t('revoke')}
                    </button>
                  </li>
                `,
              )}
            </ul>`
            : html`<p>${i18n.t('noInvitations')}</p>`
        }
      </section>
      <section aria-labelledby="activity-title">
        <h3 id="activity-title">${i18n.t('activityTitle')}</h3>
        ${
          this.log.length
            ? html`<ul>
              ${this.log.map(
                (entry) => html`
                  <li>
                    <span class="help">${formatDate(entry.at, this.language, { dateStyle: 'medium', timeStyle: 'short' })}</span>
                    <strong>${entry.by}</strong>
                    <span>${i18n.t(`action_${entry.action}`)}${entry.detail ? `: ${entry.detail}` : ''}</span>
                  </li>
                `,
              )}
            </ul>`
            : html`<p>${i18n.t('noActivity')}</p>`
        }
      </section>
      <form novalidate @submit=${this.handleInvite}>
        <div class="invite">
          <div class="field">
            <label for="invite-email">${i18n.t('email')}</label>
            <input id="invite-email" name="email" type="email" autocomplete="off" />
          </div>
          <div class="field">
            <label for="invite-role">${i18n.t('inviteRole')}</label>
            <select id="invite-role" name="role">
              ${ROLES.map((role) => html`<option value=${role} ?selected=${role === 'ANALYST'}>${i18n.t(`role_${role}`)}</option>`)}
            </select>
          </div>
        </div>
        <p class="help">${i18n.t('rolesHelp')}</p>
        <div class="actions">
          <button class="button primary" type="submit">${i18n.t('invite')}</button>
        </div>
      </form>
    `;
  }
}
