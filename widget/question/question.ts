import { IsoReadinessQuestion } from './question.component.js';

export { IsoReadinessQuestion };

IsoReadinessQuestion.define('iso-readiness-question');

declare global {
  interface HTMLElementTagNameMap {
    'iso-readiness-question': IsoReadinessQuestion;
  }
}
