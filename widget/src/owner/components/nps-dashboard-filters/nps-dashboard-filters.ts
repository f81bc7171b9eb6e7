import { NpsDashboardFilters } from './nps-dashboard-filters.component.ts';

export { NpsDashboardFilters };

if (!customElements.get('nps-dashboard-filters'))
  customElements.define('nps-dashboard-filters', NpsDashboardFilters);

declare global {
  interface HTMLElementTagNameMap {
    'nps-dashboard-filters': NpsDashboardFilters;
  }
}
