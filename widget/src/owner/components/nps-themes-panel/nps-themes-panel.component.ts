import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Overrides } from '../../../i18n/i18n.controller.ts';
import { emit, type ThemeChoice } from '../../../internal/events.ts';
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

/** A theme of a comment as its corrections show it: built-in or the survey's own, and a person's word on it. */
interface CommentTheme {
  readonly key: { readonly theme: Theme } | { readonly code: string };
  readonly name: string;
  readonly has: boolean;
  readonly correction: { readonly present: boolean; readonly by: string } | undefined;
}

/** A theme's value in the "add a theme" list: a built-in theme's name, or `custom:` and the code. */
const optionValue = ({ key }: CommentTheme) => ('theme' in key ? key.theme : `custom:${key.code}`);

/** Where a comment names the chosen theme: the classifier's matches of it, or of the survey's own theme. */
function matchesOf(comment: Comment, chosen: ThemeChoice): { start: number; end: number }[] {
  return 'code' in chosen
    ? comment.customThemeMatches.filter((match) => match.code === chosen.code)
    : comment.themeMatches.filter((match) => match.theme === chosen.theme);
}

/** The comment's text in runs, those inside one of `matches` marked: rendered as text, never as HTML. */
function markedRuns(comment: string, matches: readonly { start: number; end: number }[]) {
  const ranges = [...matches]
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
 * Why: the comment themes of detractors and of promoters in the period, the built-in ones and the survey's own, each
 * with its share of them and its change in points from the previous period. Choosing a theme asks the page for the
 * comments behind it (`comments`), shown with the words the theme was found in marked, as text, and each comment's
 * themes, which an analyst may correct (`correctable`): take one away, add one, or give a corrected one back to the
 * classifier.
 *
 * @fires nps-theme-select - A theme of one side was chosen, or the choice cleared (theme null).
 * @fires nps-theme-correct - An analyst corrected a comment's theme.
 * @csspart side - The detractors' and the promoters' lists.
 * @csspart theme - Each theme's button, the survey's own themes' too.
 * @csspart custom-theme - Each of the survey's own themes' buttons.
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

  /** The chosen theme (built-in, or the survey's own by code) and side, if any. */
  @property({ attribute: false }) selected: ThemeChoice | null = null;

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

  private choose(choice: ThemeChoice): void {
    emit(this, 'nps-theme-select', this.isChosen(choice) ? { theme: null, category: null } : choice);
  }

  private isChosen(choice: ThemeChoice): boolean {
    const { selected } = this;
    if (!selected || selected.category !== choice.category) return false;
    return 'code' in choice
      ? 'code' in selected && selected.code === choice.code
      : 'theme' in selected && selected.theme === choice.theme;
  }

  private correct(comment: Comment, theme: CommentTheme, present: boolean | null): void {
    const which = 'code' in theme.key ? { code: theme.key.code } : { theme: theme.key.theme };
    emit(this, 'nps-theme-correct', { responseId: comment.id, ...which, present });
  }

  /** Every theme a comment may have, built-in then the survey's own: whether it has it, and a person's word on it. */
  private themesOf(comment: Comment): CommentTheme[] {
    return [
      ...THEMES.map((theme) => ({
        key: { theme },
        name: this.i18n.t(`reason_${theme}`),
        has: comment.themes.includes(theme),
        correction: comment.themeCorrections.find((each) => each.theme === theme),
      })),
      ...this.customThemes.map(({ code }) => ({
        key: { code },
        name: this.customName(code),
        has: comment.customThemes.includes(code),
        correction: comment.customThemeCorrections.find((each) => each.code === code),
      })),
    ];
  }

  /** A comment's themes: each with a way to take it away (or to undo a person's correction), and one to add. */
  private renderCorrections(comment: Comment) {
    const all = this.themesOf(comment);
    const themes = all.filter((theme) => theme.has);
    const removed = all.filter((theme) => theme.correction?.present === false);
    const addable = all.filter((theme) => !theme.has);
    const by = ({ correction }: CommentTheme) =>
      correction ? html` <small>${this.i18n.t('correctedBy', { by: correction.by })}</small>` : nothing;
    const chip = (theme: CommentTheme, removed: boolean, control: unknown) =>
      html`<span class="chip ${removed ? 'removed' : ''}" data-theme=${'theme' in theme.key ? theme.key.theme : nothing}
        data-custom-theme=${'code' in theme.key ? theme.key.code : nothing}>${removed ? html`<s>${theme.name}</s>` : theme.name}${by(theme)}${
          this.correctable ? control : nothing
        }</span>`;
    return html`<div part="corrections" role="group" aria-label=${this.i18n.t('commentThemes')}>
      ${themes.map((theme) =>
        chip(
          theme,
          false,
          html`<button
            aria-label=${this.i18n.t('removeTheme', { theme: theme.name })}
            @click=${() => this.correct(comment, theme, theme.correction?.present ? null : false)}
          >×</button>`,
        ),
      )}
      ${removed.map((theme) =>
        chip(
          theme,
          true,
          html`<button @click=${() => this.correct(comment, theme, null)}>${this.i18n.t('undoCorrection')}</button>`,
        ),
      )}
      ${
        this.correctable && addable.length
          ? html`<label>${this.i18n.t('addTheme')}
            <select
              @change=${(event: Event) => {
                const select = event.target as HTMLSelectElement;
                const theme = addable.find((each) => optionValue(each) === select.value);
                select.value = '';
                if (theme) this.correct(comment, theme, theme.correction?.present === false ? null : true);
              }}
            >
              <option value="">${this.i18n.t('chooseTheme')}</option>
              ${addable.map((theme) => html`<option value=${optionValue(theme)}>${theme.name}</option>`)}
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
    // The built-in themes and the survey's own in one list, most mentioned first.
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
                const choice = { code: row.code, category: side };
                return html`<li>
                  <button part="theme custom-theme" aria-pressed=${this.isChosen(choice) ? 'true' : 'false'}
                    data-custom-theme=${row.code} @click=${() => this.choose(choice)}>
                    <span class="name" dir="auto">${this.customName(row.code)}</span>
                    ${this.renderFigures(row.counts[share] ?? 0, row.counts[count], customBefore.get(row.code), most)}
                  </button>
                </li>`;
              }
              const choice = { theme: row.theme, category: side };
              return html`<li>
                <button part="theme" aria-pressed=${this.isChosen(choice) ? 'true' : 'false'} data-theme=${row.theme} @click=${() => this.choose(choice)}>
                  <span class="name">${this.i18n.t(`reason_${row.theme}`)}</span>
                  ${this.renderFigures(row.counts[share] ?? 0, row.counts[count], before.get(row.theme), most)}
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
      <h3>${this.i18n.t('themeComments', {
        theme: 'code' in selected ? this.customName(selected.code) : this.i18n.t(`reason_${selected.theme}`),
      })}</h3>
      ${
        this.comments.length
          ? html`<ul>
            ${this.comments.map(
              (comment) => html`<li data-response-id=${comment.id}>
                <blockquote dir="auto">${markedRuns(comment.comment ?? '', matchesOf(comment, selected)).map(
                  (run) => (run.marked ? html`<mark>${run.text}</mark>` : run.text),
                )}</blockquote>
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
