import { NpsSignIn } from './nps-sign-in.component.ts';

export { NpsSignIn };

if (!customElements.get('nps-sign-in')) customElements.define('nps-sign-in', NpsSignIn);

declare global {
  interface HTMLElementTagNameMap {
    'nps-sign-in': NpsSignIn;
  }
}
