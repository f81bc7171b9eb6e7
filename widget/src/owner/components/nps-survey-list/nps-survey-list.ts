import { NpsSurveyList } from './nps-survey-list.component.ts';

export { NpsSurveyList };

if (!customElements.get('nps-survey-list')) customElements.define('nps-survey-list', NpsSurveyList);

declare global {
  interface HTMLElementTagNameMap {
    'nps-survey-list': NpsSurveyList;
  }
}
