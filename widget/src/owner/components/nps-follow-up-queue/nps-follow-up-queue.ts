import { NpsFollowUpQueue } from './nps-follow-up-queue.component.ts';

export { NpsFollowUpQueue };

if (!customElements.get('nps-follow-up-queue'))
  customElements.define('nps-follow-up-queue', NpsFollowUpQueue);

declare global {
  interface HTMLElementTagNameMap {
    'nps-follow-up-queue': NpsFollowUpQueue;
  }
}
