import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { formatDate } from '../../../i18n/intl.ts';
import { emit } from '../../../internal/events.ts';
import type { ReadToken } from '../../console/api/client.ts';
import { consoleI18n } from '../../console/i18n/console-i18n.ts';
import { styles } from './nps-tokens-panel.styles.ts';

/**
 * A survey's read tokens, for its dashboards: each one's name and date with a revoke button (after a confirmation),
 * and a form that makes one. A new token's secret is shown once, as given (`created`).
 *
 * @fires nps-token-create - The form was filled in: the token's name.
 * @fires nps-token-revoke - A token is to be revoked.
 * @csspart secret - The new token, shown once.
 * @cssproperty --nps-dashboard-accent - Buttons and focus.
 */
export class NpsTokensPanel extends LitElement {
  static override styles = styles;

  private readonly i18n = consoleI18n(this);

  /** The survey's tokens that work, newest first. */
  @property({ attribute: false }) tokens: readonly ReadToken[] = [];

  /** The secret of the token just made, to show once; null otherwise. */
  @property({ attribute: false }) created: string | null = null;

  /** Language of the panel's texts. */
  @property() language = 'en';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('language')) void this.i18n.setLanguage(this.language);
  }

  private handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const label = String(new FormData(form).get('label') ?? '').trim();
    if (!label) return;
    emit(this, 'nps-token-create', { label });
    form.reset();
  }

  private revoke(token: ReadToken): void {
    if (confirm(this.i18n.t('revokeConfirm', { label: token.label })))
      emit(this, 'nps-token-revoke', { id: token.id });
  }

  override render() {
    const { i18n } = this;
    return html`
      <section aria-labelledby="tokens-title">
        <h2 id="tokens-title">${i18n.t('tokensTitle')}</h2>
        <p class="help">${i18n.t('tokensHelp')}</p>
        ${
          this.created
            ? html`<div role="status">
              <p>${i18n.t('newToken')}</p>
              <pre part="secret"><code>${this.created}</code></pre>
              <button class="button" type="button" @click=${() => navigator.clipboard.writeText(this.created ?? '')}>
                ${i18n.t('copy')}
              </button>
            </div>`
            : nothing
        }
        ${
          this.tokens.length
            ? html`<ul>
              ${this.tokens.map(
                (token) => html`
                  <li>
                    <strong>${token.label}</strong>
                    <span class="help">${i18n.t('createdOn', { date: formatDate(token.createdAt, this.language, { dateStyle: 'medium' }) })}</span>
                    <button class="button" type="button" @click=${() => this.revoke(token)}>${i18n.t('revoke')}</button>
                  </li>
                `,
              )}
            </ul>`
            : html`<p>${i18n.t('noTokens')}</p>`
        }
      </section>
      <form novalidate @submit=${this.handleSubmit}>
        <div class="field">
          <label for="label">${i18n.t('tokenLabel')}</label>
          <input id="label" name="label" maxlength="100" autocomplete="off" aria-describedby="label-help" />
          <p class="help" id="label-help">${i18n.t('tokenLabelHelp')}</p>
        </div>
        <div class="actions">
          <button class="button primary" type="submit">${i18n.t('createToken')}</button>
        </div>
      </form>
    `;
  }
}
