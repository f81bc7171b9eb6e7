import { NpsInstallPanel } from './nps-install-panel.component.ts';

export { NpsInstallPanel };

if (!customElements.get('nps-install-panel')) customElements.define('nps-install-panel', NpsInstallPanel);

declare global {
  interface HTMLElementTagNameMap {
    'nps-install-panel': NpsInstallPanel;
  }
}
