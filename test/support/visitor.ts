// The visitor of the UX review, as the widget tests and the browser benches answer for them: 50–249 staff selling
// into the EU, UK and US to SMB and enterprise buyers with growth-stage investors, an AI feature for customers,
// ISO/IEC 27001 under way; on the checklists, what is fully in place.
import { CHECKLIST_NONE } from '../../src/steps.js';

/** Profile answers by question id. */
export const PROFILE: Readonly<Record<string, readonly string[]>> = {
  org_size: ['50-249'],
  markets: ['eu', 'uk', 'us'],
  buyers: ['smb', 'enterprise', 'investor-growth'],
  regulated_sector: ['none'],
  sensitive_data: ['personal-data', 'customer-confidential'],
  security_maturity: ['medium'],
  ai_role: ['feature'],
  ai_affects_people: ['customers'],
  eu_ai_act_high_risk: ['no'],
  ai_use: ['customers'],
  ai_generates: ['yes'],
  ai_gpai: ['no'],
  ai_function: ['integrated'],
  ai_certificate_asked: ['no'],
  status_27001: ['in-progress'],
  status_42001: ['none'],
};

/** The practices fully in place. */
export const IN_PLACE: readonly string[] = [
  'isms_scope',
  'authentication',
  'cryptography',
  'backup_continuity',
  'endpoints',
];

/**
 * The visitor's answer to the short path's screen `id`, whose options are `options`: their profile answer, or on a
 * checklist the practices in place ("none / not sure" where none is). Undefined for a question they have no
 * answer for.
 */
export function answerOf(id: string, options: readonly string[]): readonly string[] | undefined {
  if (!id.startsWith('practices:')) return PROFILE[id];
  const ticked = options.filter((value) => IN_PLACE.includes(value));
  return ticked.length > 0 ? ticked : ['none'];
}

/** Whether a click on `answer` moves on by itself, as the question does: a single choice, or "none" alone on a list. */
export const movesOnItsOwn = (multi: boolean, answer: readonly string[]): boolean =>
  answer.length > 0 && (!multi || (answer.length === 1 && answer[0] === CHECKLIST_NONE));
