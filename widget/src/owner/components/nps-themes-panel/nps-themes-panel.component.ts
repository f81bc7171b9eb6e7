import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Overrides } from '../../../i18n/i18n.controller.ts';
import { emit } from '../../../internal/events.ts';
import {
  type Comment,
  type DashboardSurvey,
  type PreviousThemeCounts,
  THEMES,
  type Theme,
  type ThemeCounts,
} from '../../dashboard/api/client.ts';
import { dashboardI18n, followTexts, formatNps } from '../../dashboard/i18n/dashboard-i18n.ts';
import type { DashboardMessages } from '../../dashboard/i18n/en.ts';
import { styles } from './nps-themes-panel.styles.ts';

type Side = 'DETRACTOR' | 'PROMOTER';
const SIDES: readonly Side[] = ['DETRACTOR', 'PROMOTER'];
const PERCENT = { DETRACTOR: 'detractorPercent', PROMOTER: 'promoterPercent' } as const;
const COUNT = { DETRACTOR: 'detractors', PROMOTER: 'promoters' } as const;

/** The comment's text in runs, those inside a match of `theme` marked: rendered as text, never as HTML. */
function markedRuns(comment: string, matches: Comment['themeMatches'], theme: Theme) {
  const ranges = matches
    .filter((match) => match.theme === theme)
    .sort((a, b) => a.start - b.start)
    .filter((match, i, all) => i === 0 || match.start >= (all[i - 1]?.end ?? 0));
  const runs: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const { start, end } of ranges) {
    if (start > at) runs.push({ text: comment.slice(at, start), marked: false });
    runs.push({ text: comment.slice(start, end), marked: true });
    at = end;
  }
  if (at < comment.length) runs.push({ text: comment.slice(at), marked: false });
  return runs;
}

/**
 * Why: the comment themes of detractors and of promoters in the period, each with its share of them and its change
 * in points from the previous period. Choosing a theme asks the page for the comments behind it (`comments`), shown
 * with the words the theme was found in marked, as text, and each comment's themes, which an analyst may correct
 * (`correctable`): take one away, add one, or give a corrected one back to the classifier.
 *
 * @fires nps-theme-select - A theme of one side was chosen, or the choice cleared (theme null).
 * @fires nps-theme-correct - An analyst corrected a comment's theme.
 * @csspart side - The detractors' and the promoters' lists.
 * @csspart theme - Each theme's button, and each of the survey's own themes (counted only).
 * @csspart custom-theme - Each of the survey's own themes.
 * @csspart comments - The comments behind the chosen theme.
 * @csspart corrections - Each comment's themes, with the controls to correct them.
 * @cssproperty --nps-dashboard-accent - The chosen theme's outline, and focus.
 */
export class NpsThemesPanel extends LitElement {
  static override styles = styles;

  private readonly i18n = dashboardI18n(this);

  /** The period's themes. */
  @property({ attribute: false }) themes: ThemeCounts | null = null;

  /** The previous period's, for the change. */
  @property({ attribute: false }) previous: PreviousThemeCounts | null = null;

  /** The survey's own themes, with their names per language. */
  @property({ attribute: false }) customThemes: readonly DashboardSurvey['customThemes'][number][] = [];

  /** The chosen theme and side, if any. */
  @property({ attribute: false }) selected: { theme: Theme; category: Side } | null = null;

  /** The comments behind the chosen theme. */
  @property({ attribute: false }) comments: readonly Comment[] = [];

  /** Whether the comments' themes may be corrected (the caller may read the comments, and so correct them). */
  @property({ type: Boolean }) correctable = false;

  /** Language of the panel's own texts. */
  @property() language = 'en';

  /** Texts worded otherwise, per language (the dashboard's own). */
  @property({ attribute: false }) texts: Overrides<DashboardMessages> = {};

  protected override willUpdate(changed: PropertyValues<this>): void {
    void followTexts(this.i18n, changed, this);
  }

  private choose(theme: Theme, category: Side): void {
    const same = this.selected?.theme === theme && this.selected.category === category;
    emit(this, 'nps-theme-select', same ? { theme: null, category: null } : { theme, category });
  }

  private correct(comment: Comment, theme: Theme, present: boolean | null): void {
    emit(this, 'nps-theme-correct', { responseId: comment.id, theme, present });
  }

  /** A comment's themes: each with a way to take it away (or to undo a person's correction), and one to add. */
  private renderCorrections(comment: Comment) {
    const name = (theme: Theme) => this.i18n.t(`reason_${theme}`);
    const correctionOf = (theme: Theme) => comment.themeCorrections.find((each) => each.theme === theme);
    const themes = comment.themes.filter((theme): theme is Theme => theme !== 'OTHER');
    const removed = comment.themeCorrections
      .filter((each) => !each.present)
      .map((each) => each.theme as Theme);
    const addable = THEMES.filter((theme) => !themes.includes(theme));
    const by = (theme: Theme) => {
      const correction = correctionOf(theme);
      return correction
        ? html` <small>${this.i18n.t('correctedBy', { by: correction.by })}</small>`
        : nothing;
    };
    return html`<div part="corrections" role="group" aria-label=${this.i18n.t('commentThemes')}>
      ${themes.map(
        (theme) =>
          html`<span class="chip" data-theme=${theme}>${name(theme)}${by(theme)}${
            this.correctable
              ? html`<button
                aria-label=${this.i18n.t('removeTheme', { theme: name(theme) })}
                @click=${() => this.correct(comment, theme, correctionOf(theme)?.present ? null : false)}
              >×</button>`
              : nothing
          }</span>`,
      )}
      ${removed.map(
        (theme) =>
          html`<span class="chip removed" data-theme=${theme}><s>${name(theme)}</s>${by(theme)}${
            this.correctable
              ? html`<button @click=${() => this.correct(comment, theme, null)}>${this.i18n.t('undoCorrection')}</button>`
              : nothing
          }</span>`,
      )}
      ${
        this.correctable && addable.length
          ? html`<label>${this.i18n.t('addTheme')}
            <select
              @change=${(event: Event) => {
                const select = event.target as HTMLSelectElement;
                const theme = select.value as Theme;
                select.value = '';
                if (theme) this.correct(comment, theme, correctionOf(theme)?.present === false ? null : true);
              }}
            >
              <option value="">${this.i18n.t('chooseTheme')}</option>
              ${addable.map((theme) => html`<option value=${theme}>${name(theme)}</option>`)}
            </select>
          </label>`
          : nothing
      }
    </div>`;
  }

  /** A survey's own theme by its name in the panel's language, else in the first it has. */
  private customName(code: string): string {
    const texts = this.customThemes.find((theme) => theme.code === code)?.texts ?? [];
    return (texts.find((text) => text.language === this.language) ?? texts[0])?.name ?? code;
  }

  /** One theme's share of a side, and its change from the previous period. */
  private renderFigures(share: number, count: number, was: number | null | undefined, most: number) {
    const change = was === null || was === undefined ? null : share - was;
    return html`<meter min="0" max=${most} value=${share} aria-hidden="true"></meter>
      <span class="figure">${this.i18n.percent(share)} (${this.i18n.number(count)})</span>
      <span class="change">${
        change === null ? nothing : this.i18n.t('themeChange', { change: formatNps(change, this.language) })
      }</span>`;
  }

  private renderSide(side: Side) {
    const count = COUNT[side];
    const share = PERCENT[side];
    const before = new Map(this.previous?.themes.map((theme) => [theme.theme, theme[share]]));
    const customBefore = new Map(this.previous?.customThemes.map((theme) => [theme.code, theme[share]]));
    // The built-in themes and the survey's own in one list, most mentioned first; the survey's own are counted,
    // not chosen: their comments are not listed here.
    const rows = [
      ...(this.themes?.themes ?? []).map((theme) => ({ counts: theme, theme: theme.theme as Theme })),
      ...(this.themes?.customThemes ?? []).map((theme) => ({ counts: theme, code: theme.code })),
    ]
      .filter((row) => row.counts[count] > 0)
      .sort((a, b) => b.counts[count] - a.counts[count]);
    const most = Math.max(1, ...rows.map((row) => row.counts[share] ?? 0));
    return html`<div part="side">
      <h3>${this.i18n.t(`themesOf_${side}`)}</h3>
      ${
        rows.length
          ? html`<ul>
            ${rows.map((row) => {
              if ('code' in row) {
                return html`<li>
                  <div part="theme custom-theme" data-custom-theme=${row.code}>
                    <span class="name" dir="auto">${this.customName(row.code)}</span>
                    ${this.renderFigures(row.counts[share] ?? 0, row.counts[count], customBefore.get(row.code), most)}
                  </div>
                </li>`;
              }
              const { theme } = row;
              const pressed = this.selected?.theme === theme && this.selected.category === side;
              return html`<li>
                <button part="theme" aria-pressed=${pressed ? 'true' : 'false'} data-theme=${theme} @click=${() => this.choose(theme, side)}>
                  <span class="name">${this.i18n.t(`reason_${theme}`)}</span>
                  ${this.renderFigures(row.counts[share] ?? 0, row.counts[count], before.get(theme), most)}
                </button>
              </li>`;
            })}
          </ul>`
          : html`<p class="muted">${this.i18n.t('noThemes')}</p>`
      }
    </div>`;
  }

  private renderComments() {
    const selected = this.selected;
    if (!selected) return nothing;
    return html`<section part="comments" aria-live="polite">
      <h3>${this.i18n.t('themeComments', { theme: this.i18n.t(`reason_${selected.theme}`) })}</h3>
      ${
        this.comments.length
          ? html`<ul>
            ${this.comments.map(
              (comment) => html`<li data-response-id=${comment.id}>
                <blockquote dir="auto">${markedRuns(
                  comment.comment ?? '',
                  comment.themeMatches,
                  selected.theme,
                ).map((run) => (run.marked ? html`<mark>${run.text}</mark>` : run.text))}</blockquote>
                <small>${this.i18n.number(comment.score)}/${this.i18n.number(10)}</small>
                ${this.renderCorrections(comment)}
              </li>`,
            )}
          </ul>`
          : html`<p class="muted">${this.i18n.t('noComments')}</p>`
      }
    </section>`;
  }

  override render() {
    return html`<p class="muted">${this.i18n.t('whyHelp')}</p>
      <div class="sides">${SIDES.map((side) => this.renderSide(side))}</div>
      ${this.renderComments()}`;
  }
}
