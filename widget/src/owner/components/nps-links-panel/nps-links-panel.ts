import { NpsLinksPanel } from './nps-links-panel.component.ts';

export { NpsLinksPanel };

if (!customElements.get('nps-links-panel')) customElements.define('nps-links-panel', NpsLinksPanel);

declare global {
  interface HTMLElementTagNameMap {
    'nps-links-panel': NpsLinksPanel;
  }
}
