import { NpsTrendChart } from './nps-trend-chart.component.ts';

export { NpsTrendChart };

if (!customElements.get('nps-trend-chart')) customElements.define('nps-trend-chart', NpsTrendChart);

declare global {
  interface HTMLElementTagNameMap {
    'nps-trend-chart': NpsTrendChart;
  }
}
