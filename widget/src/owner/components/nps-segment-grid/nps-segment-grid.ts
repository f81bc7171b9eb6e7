import { NpsSegmentGrid } from './nps-segment-grid.component.ts';

export { NpsSegmentGrid };

if (!customElements.get('nps-segment-grid')) customElements.define('nps-segment-grid', NpsSegmentGrid);

declare global {
  interface HTMLElementTagNameMap {
    'nps-segment-grid': NpsSegmentGrid;
  }
}
