import { html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Overrides } from '../../../i18n/i18n.controller.ts';
import { formatDate } from '../../../i18n/intl.ts';
import { emit } from '../../../internal/events.ts';
import type { Comment, NpsCategory } from '../../dashboard/api/client.ts';
import { dashboardI18n, followTexts } from '../../dashboard/i18n/dashboard-i18n.ts';
import type { DashboardMessages } from '../../dashboard/i18n/en.ts';
import { CATEGORIES } from '../../dashboard/view.ts';
import { styles } from './nps-comment-list.styles.ts';

const CATEGORY_SWATCH = { PROMOTER: '#16a34a', PASSIVE: '#9ca3af', DETRACTOR: '#dc2626' } as const;

/**
 * The view's recent comments, newest first, of one category or all: each one as the visitor wrote it (as text, in
 * its own direction), with its score, category, language, market, channel and time.
 *
 * @fires nps-category-select - Another category was chosen (null: all).
 * @cssproperty --nps-dashboard-accent - Focus.
 */
export class NpsCommentList extends LitElement {
  static override styles = styles;

  private readonly i18n = dashboardI18n(this);

  /** The comments, newest first. */
  @property({ attribute: false }) comments: readonly Comment[] = [];

  /** The category shown; null: all. */
  @property({ attribute: false }) category: NpsCategory | null = null;

  /** Language of its texts. */
  @property() language = 'en';

  /** Texts worded otherwise, per language (the dashboard's own). */
  @property({ attribute: false }) texts: Overrides<DashboardMessages> = {};

  /** Names of languages and markets in the page's language. */
  @property({ attribute: false }) names: (code: string, kind: 'language' | 'market') => string = (code) =>
    code;

  protected override willUpdate(changed: PropertyValues<this>): void {
    void followTexts(this.i18n, changed, this);
  }

  private renderComment(c: Comment) {
    const { i18n } = this;
    const date = formatDate(c.createdAt, this.language, { dateStyle: 'medium', timeStyle: 'short' });
    return html`<li data-response-id=${c.id}>
      <blockquote dir="auto">${c.comment}</blockquote>
      <small class="legend"><span style="--swatch: ${CATEGORY_SWATCH[c.category]}">${i18n.number(c.score)}/${i18n.number(10)} · ${i18n.t(`category_${c.category}`)}</span>
        ${this.names(c.language, 'language')}${c.market ? `, ${this.names(c.market, 'market')}` : ''} · ${i18n.t(`channel_${c.channel}`)} · ${date}</small>
    </li>`;
  }

  override render() {
    const { i18n } = this;
    return html`
      <label>${i18n.t('category')}
        <select name="category" @change=${(e: Event) =>
          emit(this, 'nps-category-select', {
            category: ((e.target as HTMLSelectElement).value || null) as NpsCategory | null,
          })}>
          <option value="">${i18n.t('allCategories')}</option>
          ${CATEGORIES.map((c) => html`<option value=${c} ?selected=${c === this.category}>${i18n.t(`category_${c}`)}</option>`)}
        </select></label>
      ${
        this.comments.length
          ? html`<ul class="comments">${this.comments.map((c) => this.renderComment(c))}</ul>`
          : html`<p class="muted">${i18n.t('noComments')}</p>`
      }
    `;
  }
}
