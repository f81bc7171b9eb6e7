import { NpsReasonCounts } from './nps-reason-counts.component.ts';

export { NpsReasonCounts };

if (!customElements.get('nps-reason-counts')) customElements.define('nps-reason-counts', NpsReasonCounts);

declare global {
  interface HTMLElementTagNameMap {
    'nps-reason-counts': NpsReasonCounts;
  }
}
