import { NpsWebhooksPanel } from './nps-webhooks-panel.component.ts';

export { NpsWebhooksPanel };

if (!customElements.get('nps-webhooks-panel')) customElements.define('nps-webhooks-panel', NpsWebhooksPanel);

declare global {
  interface HTMLElementTagNameMap {
    'nps-webhooks-panel': NpsWebhooksPanel;
  }
}
