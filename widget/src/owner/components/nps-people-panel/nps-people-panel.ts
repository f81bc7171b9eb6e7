import { NpsPeoplePanel } from './nps-people-panel.component.ts';

export { NpsPeoplePanel };

if (!customElements.get('nps-people-panel')) customElements.define('nps-people-panel', NpsPeoplePanel);

declare global {
  interface HTMLElementTagNameMap {
    'nps-people-panel': NpsPeoplePanel;
  }
}
