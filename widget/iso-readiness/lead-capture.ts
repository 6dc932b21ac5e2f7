/**
 * The part of `<iso-readiness>` only a config with lead settings needs: the check of those settings, lead
 * capture (the controller, host-only delivery) and the lead form. The results part loads it beside itself when
 * the config has a `lead`, so a gated report's form is here before the visitor's last answer, and an embed
 * without lead capture never fetches it.
 */
import { IsoReadinessLeadForm } from '../lead-form/lead-form.component.js';

export { LeadConfigSchema } from '../../src/schemas/lead-config.js';
export { LeadController } from './lead-controller.js';

IsoReadinessLeadForm.define('iso-readiness-lead-form');
