import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { Overrides } from '../../../i18n/i18n.controller.ts';
import { emit } from '../../../internal/events.ts';
import type { GridSegment } from '../../dashboard/api/client.ts';
import { dashboardI18n, followTexts, formatNps, npsColour } from '../../dashboard/i18n/dashboard-i18n.ts';
import type { DashboardMessages } from '../../dashboard/i18n/en.ts';
import { styles } from './nps-segment-grid.styles.ts';

/**
 * NPS by language (rows) and market (columns): each cell its NPS, answers, margin of error and change from the
 * previous period (marked when significant), coloured by score. A cell the API hides (fewer answers than the
 * survey's minimum) shows its answers and no NPS. Or, as `view="ranked"`, the cells ranked by the lower end of their
 * interval, so that a handful of enthusiastic answers does not top the list. Choosing a cell selects it (again:
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

  /** `grid`: languages by markets; `ranked`: a list by the lower end of each cell's 95% interval. */
  @property({ reflect: true }) view: 'grid' | 'ranked' = 'grid';

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

  private renderChange(segment: GridSegment) {
    const points = segment.change?.points;
    if (points === null || points === undefined) return nothing;
    const significant = segment.change?.significant === true;
    return html`<span class="change" ?data-significant=${significant}
      >${formatNps(points, this.language)}${significant ? '*' : ''}<span class="visually-hidden"
        >(${this.i18n.t(significant ? 'significant' : 'notSignificant')})</span
      ></span
    >`;
  }

  private renderCell(segment: GridSegment | undefined) {
    if (!segment || segment.score.responses === 0) return html`<span part="empty">–</span>`;
    const { responses, nps, marginOfError, hidden } = segment.score;
    const pressed = this.selected?.language === segment.language && this.selected?.market === segment.market;
    // The name is the visible text, with what the row and column headers say visually added for screen readers.
    return html`<button
      part=${hidden ? 'cell too-few' : 'cell'}
      aria-pressed=${pressed ? 'true' : 'false'}
      data-language=${segment.language ?? ''}
      data-market=${segment.market ?? ''}
      style=${hidden || nps === null ? nothing : styleMap({ background: npsColour(nps) })}
      @click=${() => this.choose(segment)}
    >
      <span class="visually-hidden">${this.segmentName(segment)}: ${hidden ? nothing : this.i18n.t('nps')}</span>
      <span class="score">${hidden ? this.i18n.t('tooFew') : formatNps(nps, this.language)} ${hidden ? nothing : this.renderChange(segment)}</span>
      <span class="detail"
        >${hidden ? nothing : `±${this.i18n.number(Math.round(marginOfError ?? 0))} · `}${this.i18n.t('responses', { count: responses })}</span
      >
    </button>`;
  }

  private renderViewChoice() {
    return html`<label class="view">${this.i18n.t('gridView')}
      <select name="grid-view" @change=${(e: Event) => {
        this.view = (e.target as HTMLSelectElement).value as 'grid' | 'ranked';
      }}>
        <option value="grid" ?selected=${this.view === 'grid'}>${this.i18n.t('gridMatrix')}</option>
        <option value="ranked" ?selected=${this.view === 'ranked'}>${this.i18n.t('gridRanked')}</option>
      </select></label>`;
  }

  private renderRanked() {
    // Cells with an interval first, highest lower bound first; hidden ones after, by answers.
    const ranked = this.segments
      .filter((segment) => segment.score.responses > 0)
      .sort(
        (a, b) =>
          (b.score.lowerBound ?? Number.NEGATIVE_INFINITY) -
            (a.score.lowerBound ?? Number.NEGATIVE_INFINITY) || b.score.responses - a.score.responses,
      );
    return html`<table part="table">
      <caption>${this.i18n.t('grid')}</caption>
      <thead>
        <tr>
          <th scope="col">${this.i18n.t('language')}, ${this.i18n.t('market')}</th>
          <th scope="col">${this.i18n.t('lowerBound')}</th>
          <th scope="col">${this.i18n.t('nps')}</th>
          <th scope="col">${this.i18n.t('answers')}</th>
        </tr>
      </thead>
      <tbody>
        ${ranked.map(
          (segment) => html`<tr>
            <th scope="row">${this.segmentName(segment)}</th>
            <td>${segment.score.hidden ? this.i18n.t('tooFew') : formatNps(segment.score.lowerBound, this.language)}</td>
            <td>${this.renderCell(segment)}</td>
            <td>${this.i18n.number(segment.score.responses)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  override render() {
    if (this.view === 'ranked') {
      return html`${this.renderViewChoice()}<p class="help">${this.i18n.t('rankedHelp')}</p>${this.renderRanked()}`;
    }
    const languages = [...new Set(this.segments.map((s) => s.language ?? ''))].sort();
    const markets = [...new Set(this.segments.map((s) => s.market))].sort((a, b) =>
      (a ?? '~').localeCompare(b ?? '~'),
    );
    const byKey = new Map(this.segments.map((s) => [`${s.language ?? ''}|${s.market}`, s]));
    return html`${this.renderViewChoice()}<table part="table">
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
