import { NpsSurvey } from './nps-survey.component.ts';

export { NpsSurvey };

if (!customElements.get('nps-survey')) customElements.define('nps-survey', NpsSurvey);

declare global {
  interface HTMLElementTagNameMap {
    'nps-survey': NpsSurvey;
  }
}
