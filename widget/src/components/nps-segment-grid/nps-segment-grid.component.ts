import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { GridSegment } from '../../dashboard/api/client.ts';
import { dashboardI18n, followTexts, formatNps, npsColour } from '../../dashboard/i18n/dashboard-i18n.ts';
import type { DashboardMessages } from '../../dashboard/i18n/en.ts';
import type { Overrides } from '../../i18n/i18n.controller.ts';
import { emit } from '../../internal/events.ts';
import { styles } from './nps-segment-grid.styles.ts';

/**
 * NPS by language (rows) and market (columns): each cell its NPS, answers and margin of error, coloured by score.
 * A cell with fewer answers than `minResponses` is marked as having too little data to interpret. Choosing a cell selects it (again:
 * clears the choice); the page decides what the choice filters.
 *
 * @fires nps-segment-select - A cell was chosen, or the choice cleared (language and market null).
 * @csspart table - The table.
 * @csspart cell - Each cell's button (also `too-few` when it has too few answers).
 * @csspart empty - A language and market with no answers.
 * @cssproperty --nps-dashboard-accent - Outline of the chosen cell and of focus.
 * @cssproperty --nps-dashboard-radius - Corner radius of the cells.
 */
export class NpsSegmentGrid extends LitElement {
  static override styles = styles;

  private readonly i18n = dashboardI18n(this);

  /** The segments to show. */
  @property({ attribute: false }) segments: readonly GridSegment[] = [];

  /** The chosen cell, if any. */
  @property({ attribute: false }) selected: { language: string | null; market: string | null } | null = null;

  /** Fewer answers than this and a cell's NPS is not shown as a figure to read. */
  @property({ type: Number, attribute: 'min-responses' }) minResponses = 30;

  /** Language of the grid's own texts (the page sets `lang` for the rest). */
  @property() language = 'en';

  /** Texts worded otherwise, per language (the dashboard's own). */
  @property({ attribute: false }) texts: Overrides<DashboardMessages> = {};

  /** Names of languages and markets in the page's language: `el` → `Greek`. */
  @property({ attribute: false }) names: (code: string, kind: 'language' | 'market') => string = (code) =>
    code;

  protected override willUpdate(changed: PropertyValues<this>): void {
    void followTexts(this.i18n, changed, this);
  }

  private choose(segment: GridSegment): void {
    const same = this.selected?.language === segment.language && this.selected?.market === segment.market;
    emit(
      this,
      'nps-segment-select',
      same ? { language: null, market: null } : { language: segment.language, market: segment.market },
    );
  }

  private segmentName(segment: Pick<GridSegment, 'language' | 'market'>): string {
    const market = segment.market ? this.names(segment.market, 'market') : this.i18n.t('noMarket');
    return `${this.names(segment.language ?? '', 'language')}, ${market}`;
  }

  private renderCell(segment: GridSegment | undefined) {
    if (!segment || segment.score.responses === 0) return html`<span part="empty">–</span>`;
    const { responses, nps, marginOfError } = segment.score;
    const tooFew = responses < this.minResponses;
    const pressed = this.selected?.language === segment.language && this.selected?.market === segment.market;
    // The name is the visible text, with what the row and column headers say visually added for screen readers.
    return html`<button
      part=${tooFew ? 'cell too-few' : 'cell'}
      aria-pressed=${pressed ? 'true' : 'false'}
      data-language=${segment.language ?? ''}
      data-market=${segment.market ?? ''}
      style=${tooFew || nps === null ? nothing : styleMap({ background: npsColour(nps) })}
      @click=${() => this.choose(segment)}
    >
      <span class="visually-hidden">${this.segmentName(segment)}: ${tooFew ? nothing : this.i18n.t('nps')}</span>
      <span class="score">${tooFew ? this.i18n.t('tooFew') : formatNps(nps, this.language)}</span>
      <span class="detail"
        >${tooFew ? nothing : `±${this.i18n.number(Math.round(marginOfError ?? 0))} · `}${this.i18n.t('responses', { count: responses })}</span
      >
    </button>`;
  }

  override render() {
    const languages = [...new Set(this.segments.map((s) => s.language ?? ''))].sort();
    const markets = [...new Set(this.segments.map((s) => s.market))].sort((a, b) =>
      (a ?? '~').localeCompare(b ?? '~'),
    );
    const byKey = new Map(this.segments.map((s) => [`${s.language ?? ''}|${s.market}`, s]));
    return html`<table part="table">
      <caption>${this.i18n.t('grid')}</caption>
      <thead>
        <tr>
          <td></td>
          ${markets.map(
            (market) =>
              html`<th scope="col">${market ? this.names(market, 'market') : this.i18n.t('noMarket')}</th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${languages.map(
          (language) => html`<tr>
            <th scope="row">${this.names(language, 'language')}</th>
            ${markets.map((market) => html`<td>${this.renderCell(byKey.get(`${language}|${market}`))}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}
