import { NpsTokensPanel } from './nps-tokens-panel.component.ts';

export { NpsTokensPanel };

if (!customElements.get('nps-tokens-panel')) customElements.define('nps-tokens-panel', NpsTokensPanel);

declare global {
  interface HTMLElementTagNameMap {
    'nps-tokens-panel': NpsTokensPanel;
  }
}
