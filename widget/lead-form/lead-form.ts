import { IsoReadinessLeadForm } from './lead-form.component.js';

export { IsoReadinessLeadForm };

IsoReadinessLeadForm.define('iso-readiness-lead-form');

declare global {
  interface HTMLElementTagNameMap {
    'iso-readiness-lead-form': IsoReadinessLeadForm;
  }
}
