import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { emit } from '../../../internal/events.ts';
import type { InvitationPreview } from '../../console/api/client.ts';
import { consoleI18n } from '../../console/i18n/console-i18n.ts';
import { styles } from './nps-sign-in.styles.ts';

/**
 * The console's way in: a person's email address and password, which the browser can fill; the first owner's new
 * password, by the setup link (`setup`); an invited person's, by their invitation (`joining`); or the admin token,
 * kept for this browser tab only.
 *
 * @fires nps-sign-in - The email address and password were sent.
 * @fires nps-token-sign-in - The admin token was sent.
 * @cssproperty --nps-dashboard-accent - Buttons and focus.
 * @cssproperty --nps-dashboard-card - Card background.
 * @cssproperty --nps-dashboard-radius - Corner radius.
 */
export class NpsSignIn extends LitElement {
  static override styles = styles;

  private readonly i18n = consoleI18n(this);

  /** Language of its texts. */
  @property() language = 'en';

  /** The setup link was followed: the first owner makes their account. */
  @property({ type: Boolean }) setup = false;

  /** The invitation being accepted, as the API showed it; null otherwise. */
  @property({ attribute: false }) joining: InvitationPreview | null = null;

  /** A sign-in is under way. */
  @property({ type: Boolean }) busy = false;

  /** The fields the API refused, by name. */
  @property({ attribute: false }) errors: Partial<Record<string, true>> = {};

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('language')) void this.i18n.setLanguage(this.language);
  }

  private handleAccountSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    emit(this, 'nps-sign-in', {
      email: String(data.get('email') ?? '').trim(),
      password: String(data.get('password') ?? ''),
    });
  }

  private handleTokenSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const token = String(new FormData(event.currentTarget as HTMLFormElement).get('token') ?? '').trim();
    if (token) emit(this, 'nps-token-sign-in', { token });
  }

  private renderTokenForm() {
    const { i18n } = this;
    return html`<details>
      <summary>${i18n.t('useAdminToken')}</summary>
      <form @submit=${this.handleTokenSubmit}>
        <div class="field">
          <label for="token">${i18n.t('adminToken')}</label>
          <input id="token" type="password" name="token" autocomplete="off" aria-describedby="token-help" />
          <p class="help" id="token-help">${i18n.t('adminTokenHelp')}</p>
        </div>
        <div class="actions">
          <button class="button" type="submit">${i18n.t('signIn')}</button>
        </div>
      </form>
    </details>`;
  }

  override render() {
    const { i18n, joining, setup } = this;
    const fresh = setup || (joining !== null && !joining.hasAccount);
    const invalid = (field: string) => (this.errors[field] ? 'true' : 'false');
    const title = joining
      ? i18n.t('joinTitle', { brand: joining.brand })
      : i18n.t(setup ? 'setupTitle' : 'signInTitle');
    const help = joining
      ? i18n.t(joining.hasAccount ? 'joinHelpExisting' : 'joinHelp', {
          role: i18n.t(`role_${joining.role}`),
          email: joining.email,
        })
      : i18n.t(setup ? 'setupHelp' : 'signInHelp');
    return html`
      <section class="card" aria-labelledby="sign-in-title">
        <h2 id="sign-in-title">${title}</h2>
        <p id="sign-in-help">${help}</p>
        <form @submit=${this.handleAccountSubmit}>
          <div class="field">
            <label for="email">${i18n.t('email')}</label>
            <input
              id="email"
              name="email"
              type="email"
              autocomplete="username"
              .value=${joining?.email ?? ''}
              ?readonly=${joining !== null}
              aria-invalid=${invalid('email')}
            />
          </div>
          <div class="field">
            <label for="password">${i18n.t(fresh ? 'newPassword' : 'password')}</label>
            <input
              id="password"
              name="password"
              type="password"
              autocomplete=${fresh ? 'new-password' : 'current-password'}
              aria-invalid=${invalid(fresh ? 'password' : 'none')}
            />
          </div>
          <div class="actions">
            <button class="button primary" type="submit" ?disabled=${this.busy}>
              ${this.busy ? i18n.t('signingIn') : i18n.t(joining ? 'join' : setup ? 'createAccount' : 'signIn')}
            </button>
          </div>
        </form>
        ${setup || joining ? nothing : this.renderTokenForm()}
      </section>
    `;
  }
}
