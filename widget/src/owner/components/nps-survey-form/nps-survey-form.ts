import { NpsSurveyForm } from './nps-survey-form.component.ts';

export { NpsSurveyForm };

if (!customElements.get('nps-survey-form')) customElements.define('nps-survey-form', NpsSurveyForm);

declare global {
  interface HTMLElementTagNameMap {
    'nps-survey-form': NpsSurveyForm;
  }
}
