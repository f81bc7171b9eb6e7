import { NpsHeadline } from './nps-headline.component.ts';

export { NpsHeadline };

if (!customElements.get('nps-headline')) customElements.define('nps-headline', NpsHeadline);

declare global {
  interface HTMLElementTagNameMap {
    'nps-headline': NpsHeadline;
  }
}
