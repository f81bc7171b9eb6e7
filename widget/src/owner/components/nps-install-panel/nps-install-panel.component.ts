import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { MessageKey } from '../../../i18n/i18n.controller.ts';
import { emit } from '../../../internal/events.ts';
import type { ConsoleSurvey, Installation } from '../../console/api/client.ts';
import { consoleI18n } from '../../console/i18n/console-i18n.ts';
import type { ConsoleMessages } from '../../console/i18n/en.ts';
import { styles } from './nps-install-panel.styles.ts';

const MINUTE_MS = 60_000;
/** The script tag's options, each explained in one line. */
const OPTIONS = [
  ['data-lang', 'option_lang'],
  ['data-market', 'option_market'],
  ['data-customer-id', 'option_customerId'],
  ['data-delay', 'option_delay'],
  ['data-position', 'option_position'],
  ['data-theme', 'option_theme'],
  ['data-consent', 'option_consent'],
] as const satisfies readonly (readonly [string, MessageKey<ConsoleMessages>])[];

/**
 * How to put a survey on a site: the exact script tag, and the `<nps-survey>` element for pages that place it
 * themselves, each with a copy button; the tag's options in one line each; and the install check, which says per
 * allowed origin when a page there last loaded the survey.
 *
 * @fires nps-install-check - The install check is to be read again.
 * @csspart snippet - A snippet to copy.
 * @csspart check - The install check.
 * @cssproperty --nps-dashboard-accent - Buttons and focus.
 */
export class NpsInstallPanel extends LitElement {
  static override styles = styles;

  private readonly i18n = consoleI18n(this);

  /** The snippet last copied, to say so by its button. */
  @state() private copied: string | null = null;

  /** The survey to install. */
  @property({ attribute: false }) survey: ConsoleSurvey | null = null;

  /** Each allowed origin and when a page there last loaded the survey. */
  @property({ attribute: false }) installations: readonly Installation[] = [];

  /** Where the API is, as pages reach it (`https://nps.example`); this page's origin by default. */
  @property() server = location.origin;

  /** Language of the panel's texts. */
  @property() language = 'en';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('language')) void this.i18n.setLanguage(this.language);
  }

  private async copy(name: string, text: string): Promise<void> {
    await navigator.clipboard.writeText(text);
    this.copied = name;
  }

  /** "Seen 3 minutes ago", in words of the console's own: Chromium's `Intl` lacks Macedonian. */
  private seen(at: string | null): string {
    if (!at) return this.i18n.t('notSeen');
    const minutes = Math.floor((Date.now() - new Date(at).getTime()) / MINUTE_MS);
    if (minutes < 1) return this.i18n.t('seenJustNow');
    if (minutes < 60) return this.i18n.t('seenMinutes', { count: minutes });
    if (minutes < 48 * 60) return this.i18n.t('seenHours', { count: Math.floor(minutes / 60) });
    return this.i18n.t('seenDays', { count: Math.floor(minutes / 1440) });
  }

  private snippet(name: string, text: string) {
    return html`
      <pre part="snippet" id=${`${name}-code`}><code>${text}</code></pre>
      <div class="actions">
        <button class="button" type="button" aria-describedby=${`${name}-code`} @click=${() => this.copy(name, text)}>
          ${this.i18n.t('copy')}
        </button>
        <span role="status">${this.copied === name ? this.i18n.t('copied') : ''}</span>
      </div>
    `;
  }

  override render() {
    const { i18n, survey } = this;
    if (!survey) return nothing;
    const tag = `<script src="${this.server}/widget.js" data-site-key="${survey.siteKey}" async></script>`;
    const element = `<nps-survey site-key="${survey.siteKey}" endpoint="${this.server}/graphql"></nps-survey>`;
    return html`
      <section aria-labelledby="install-title">
        <h2 id="install-title">${i18n.t('installTitle')}</h2>
        <p class="help">${i18n.t('installHelp')}</p>
        ${this.snippet('tag', tag)}
        <p class="help">${i18n.t('elementHelp')}</p>
        ${this.snippet('element', element)}
      </section>
      <section aria-labelledby="options-title">
        <h3 id="options-title">${i18n.t('optionsTitle')}</h3>
        <dl>
          ${OPTIONS.map(([name, key]) => html`<dt><code>${name}</code></dt><dd>${i18n.t(key)}</dd>`)}
        </dl>
      </section>
      <section part="check" aria-labelledby="check-title">
        <h3 id="check-title">${i18n.t('checkTitle')}</h3>
        <p class="help">${i18n.t('checkHelp')}</p>
        ${
          this.installations.length
            ? html`<ul>
              ${this.installations.map(
                ({ origin, lastSeenAt }) => html`
                  <li>
                    <code>${origin}</code>
                    <span class=${lastSeenAt ? 'seen' : 'unseen'}>${this.seen(lastSeenAt)}</span>
                  </li>
                `,
              )}
            </ul>`
            : html`<p>${i18n.t('noOrigins')}</p>`
        }
        <div class="actions">
          <button class="button" type="button" @click=${() => emit(this, 'nps-install-check', {})}>
            ${i18n.t('checkAgain')}
          </button>
        </div>
      </section>
    `;
  }
}
