import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { displayName, formatDate } from '../../../i18n/intl.ts';
import { emit } from '../../../internal/events.ts';
import type { ConsoleSurvey, SurveyLinks } from '../../console/api/client.ts';
import { consoleI18n } from '../../console/i18n/console-i18n.ts';
import { styles } from './nps-links-panel.styles.ts';

/**
 * Asking customers who are not on the site: for a language (and, optionally, a customer, a send and an expiry), the
 * email snippet shown as a mail client shows it, its HTML and text to copy, and the link to the hosted survey page;
 * for owners, rotating the key that signs the links.
 *
 * @fires nps-links-make - The links are to be made for the form's recipient.
 * @fires nps-link-key-rotate - The survey's link key is to be rotated.
 * @csspart preview - The email's preview.
 * @csspart snippet - A text to copy.
 * @cssproperty --nps-dashboard-accent - Buttons and focus.
 */
export class NpsLinksPanel extends LitElement {
  static override styles = styles;

  private readonly i18n = consoleI18n(this);

  /** The snippet last copied, to say so by its button. */
  @state() private copied: string | null = null;

  /** The survey whose links these are. */
  @property({ attribute: false }) survey: ConsoleSurvey | null = null;

  /** The links last made (by the console, on `nps-links-make`). */
  @property({ attribute: false }) links: SurveyLinks | null = null;

  /** Whether the person may rotate the link key (owners). */
  @property({ type: Boolean, attribute: 'can-rotate' }) canRotate = false;

  /** Set once the key was rotated: said by the button. */
  @property({ type: Boolean }) rotated = false;

  /** Language of the panel's texts. */
  @property() language = 'en';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('language')) void this.i18n.setLanguage(this.language);
  }

  private handleMake(event: SubmitEvent): void {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const text = (name: string) => String(form.get(name) ?? '').trim() || null;
    emit(this, 'nps-links-make', {
      language: text('language') ?? this.survey?.defaultLanguage ?? 'en',
      market: text('market'),
      customer: text('customer'),
      send: text('send'),
      expiresInDays: Number(form.get('expiresInDays') ?? 30),
    });
  }

  private async copy(name: string, text: string): Promise<void> {
    await navigator.clipboard.writeText(text);
    this.copied = name;
  }

  private snippet(name: string, label: string, text: string) {
    return html`
      <div class="field">
        <label for=${`${name}-code`}>${label}</label>
        <textarea part="snippet" id=${`${name}-code`} readonly .value=${text}></textarea>
      </div>
      <div class="actions">
        <button class="button" type="button" aria-describedby=${`${name}-code`} @click=${() => this.copy(name, text)}>
          ${this.i18n.t('copy')}
        </button>
        <span role="status">${this.copied === name ? this.i18n.t('copied') : ''}</span>
      </div>
    `;
  }

  private renderLinks(links: SurveyLinks) {
    const { i18n } = this;
    const until = formatDate(links.expiresAt, this.language, { dateStyle: 'long' });
    return html`
      <section aria-labelledby="preview-title">
        <h3 id="preview-title">${i18n.t('linksPreview')}</h3>
        ${links.customerAnsweredRecently ? html`<p class="warning">${i18n.t('linksAnsweredRecently')}</p>` : nothing}
        <iframe part="preview" title=${i18n.t('linksPreview')} sandbox="" .srcdoc=${`<!doctype html><meta charset="utf-8"><body style="margin:8px">${links.html}</body>`}></iframe>
        <p class="help">${i18n.t('linksExpires', { date: until })} ${i18n.t('linksScanner')}</p>
        ${this.snippet('html', i18n.t('linksHtml'), links.html)}
        ${this.snippet('text', i18n.t('linksText'), links.text)}
        ${this.snippet('page', i18n.t('linksPage'), links.pageUrl)}
      </section>
    `;
  }

  override render() {
    const { i18n, survey } = this;
    if (!survey) return nothing;
    return html`
      <section aria-labelledby="links-title">
        <h2 id="links-title">${i18n.t('linksTitle')}</h2>
        <p class="help">${i18n.t('linksHelp')}</p>
        <form @submit=${this.handleMake}>
          <div class="field">
            <label for="language">${i18n.t('linksLanguage')}</label>
            <select id="language" name="language">
              ${survey.languages.map(
                (code) =>
                  html`<option value=${code} ?selected=${code === survey.defaultLanguage}>${displayName(code, 'language', this.language)}</option>`,
              )}
            </select>
          </div>
          <div class="field">
            <label for="market">${i18n.t('linksMarket')}</label>
            <select id="market" name="market">
              <option value="">–</option>
              ${survey.markets.map((code) => html`<option value=${code}>${displayName(code, 'market', this.language)}</option>`)}
            </select>
          </div>
          <div class="field">
            <label for="customer">${i18n.t('linksCustomer')}</label>
            <input id="customer" name="customer" maxlength="200" aria-describedby="ids-help" />
          </div>
          <div class="field">
            <label for="send">${i18n.t('linksSend')}</label>
            <input id="send" name="send" maxlength="200" aria-describedby="ids-help" />
          </div>
          <div class="field">
            <label for="expiresInDays">${i18n.t('linksExpiry')}</label>
            <input id="expiresInDays" name="expiresInDays" type="number" min="1" max="365" value="30" required />
          </div>
          <p class="help" id="ids-help">${i18n.t('linksIdsHelp')}</p>
          <div class="actions"><button class="button primary" type="submit">${i18n.t('linksMake')}</button></div>
        </form>
      </section>
      ${this.links ? this.renderLinks(this.links) : nothing}
      ${
        this.canRotate
          ? html`<section aria-labelledby="rotate-title">
            <h3 id="rotate-title">${i18n.t('rotateLinkKey')}</h3>
            <p class="help">${i18n.t('rotateLinkKeyHelp')}</p>
            <div class="actions">
              <button class="button" type="button" @click=${() => emit(this, 'nps-link-key-rotate', {})}>${i18n.t('rotateLinkKey')}</button>
              <span role="status">${this.rotated ? i18n.t('linkKeyRotated') : ''}</span>
            </div>
          </section>`
          : nothing
      }
    `;
  }
}
