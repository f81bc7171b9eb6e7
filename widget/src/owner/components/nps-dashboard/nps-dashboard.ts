import { NpsDashboard } from './nps-dashboard.component.ts';

export { NpsDashboard };

if (!customElements.get('nps-dashboard')) customElements.define('nps-dashboard', NpsDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'nps-dashboard': NpsDashboard;
  }
}
