import { NpsSurveyLifecycle } from './nps-survey-lifecycle.component.ts';

export { NpsSurveyLifecycle };

if (!customElements.get('nps-survey-lifecycle'))
  customElements.define('nps-survey-lifecycle', NpsSurveyLifecycle);

declare global {
  interface HTMLElementTagNameMap {
    'nps-survey-lifecycle': NpsSurveyLifecycle;
  }
}
