import { NpsThemesPanel } from './nps-themes-panel.component.ts';

export { NpsThemesPanel };

if (!customElements.get('nps-themes-panel')) customElements.define('nps-themes-panel', NpsThemesPanel);

declare global {
  interface HTMLElementTagNameMap {
    'nps-themes-panel': NpsThemesPanel;
  }
}
