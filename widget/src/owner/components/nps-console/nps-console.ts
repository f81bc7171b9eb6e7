import { NpsConsole } from './nps-console.component.ts';

export { NpsConsole };

if (!customElements.get('nps-console')) customElements.define('nps-console', NpsConsole);

declare global {
  interface HTMLElementTagNameMap {
    'nps-console': NpsConsole;
  }
}
