import { html, LitElement, nothing } from 'lit';
import { property, queryAll, state } from 'lit/decorators.js';
import { emit } from '../../internal/events.ts';
import { styles } from './nps-scale.styles.ts';

const SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/**
 * The 0-10 scale: a radio group with a roving tabindex. Arrow keys (and Home, End) move the focus; Enter, Space or
 * a click chooses. The end labels describe the options 0 and 10, so that a screen reader says them too (they are
 * hidden as text of their own, not to be read twice). The scale runs in the text's direction.
 *
 * @fires nps-select - A score was chosen: `detail.score`.
 * @csspart scale - The group of options.
 * @csspart option - Each score; also `checked` on the chosen one.
 * @csspart labels - The labels under both ends of the scale.
 * @cssproperty --nps-accent - Colour of the chosen score and of the focus ring.
 * @cssproperty --nps-accent-foreground - Text colour on the accent.
 * @cssproperty --nps-border - Border of the options.
 * @cssproperty --nps-radius - Corner radius (options use half of it).
 * @cssproperty --nps-scale-gap - Space between options.
 */
export class NpsScale extends LitElement {
  static override styles = styles;

  @queryAll('[role="radio"]') private options!: NodeListOf<HTMLButtonElement>;

  /** The option that takes the Tab stop when nothing is chosen yet. */
  @state() private focusIndex = 0;

  /** The chosen score, or null. */
  @property({ type: Number }) value: number | null = null;

  /** Accessible name of the group: the question. */
  @property() label = '';

  /** Text under 0 and under 10. */
  @property({ attribute: 'low-label' }) lowLabel = '';
  @property({ attribute: 'high-label' }) highLabel = '';

  /** Each score as shown, in the page's digits. */
  @property({ attribute: false }) formatScore: (score: number) => string = (score) => String(score);

  /** Accessible name of each option, e.g. `7 out of 10`. */
  @property({ attribute: false }) scoreLabel: (score: number) => string = (score) => String(score);

  private handleKeyDown(event: KeyboardEvent): void {
    const last = SCORES.length - 1;
    // The scale reads in the text's direction: in a right-to-left language the next score is to the left.
    const forward = getComputedStyle(this).direction === 'rtl' ? -1 : 1;
    const moves: Record<string, number> = {
      ArrowRight: this.focusIndex + forward,
      ArrowDown: this.focusIndex + 1,
      ArrowLeft: this.focusIndex - forward,
      ArrowUp: this.focusIndex - 1,
      Home: 0,
      End: last,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      this.focusIndex = (target + SCORES.length) % SCORES.length;
      this.options[this.focusIndex]?.focus();
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.select(this.focusIndex);
    }
  }

  /** Chooses a score, as a click on it would. */
  select(score: number): void {
    this.value = score;
    this.focusIndex = score;
    emit(this, 'nps-select', { score });
  }

  override render() {
    const tabStop = this.value ?? this.focusIndex;
    return html`
      <div part="scale" role="radiogroup" aria-label=${this.label} @keydown=${this.handleKeyDown}>
        ${SCORES.map(
          (score) => html`
            <button
              type="button"
              role="radio"
              part=${score === this.value ? 'option checked' : 'option'}
              aria-checked=${score === this.value ? 'true' : 'false'}
              aria-label=${this.scoreLabel(score)}
              aria-describedby=${score === 0 ? 'low' : score === SCORES.length - 1 ? 'high' : nothing}
              tabindex=${score === tabStop ? 0 : -1}
              @click=${() => this.select(score)}
              @focus=${() => {
                this.focusIndex = score;
              }}
            >
              ${this.formatScore(score)}
            </button>
          `,
        )}
      </div>
      <div part="labels" aria-hidden="true">
        <span id="low">${this.lowLabel}</span><span id="high">${this.highLabel}</span>
      </div>
    `;
  }
}
