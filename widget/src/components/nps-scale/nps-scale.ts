import { NpsScale } from './nps-scale.component.ts';

export { NpsScale };

if (!customElements.get('nps-scale')) customElements.define('nps-scale', NpsScale);

declare global {
  interface HTMLElementTagNameMap {
    'nps-scale': NpsScale;
  }
}
