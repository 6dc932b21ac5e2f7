import { flowState, mayStillShow } from './flow.js';
import type { BankItem, SectionId } from './schemas/bank.js';
import type { Answers } from './schemas/result.js';
import type { StandardId } from './schemas/standard.js';

/** How the quick check asks before its first result: `short` (checklists per section) or `standard` (every item). */
export type Length = 'short' | 'standard';

/** Where a short path is: before its first result, or sharpening the answers it took coarsely. */
export type Phase = 'first' | 'sharpen';

/** Checklist screens are named `practices:<section>`; bank ids never hold a colon. */
export const CHECKLIST_PREFIX = 'practices:';

/** The "none of these, or not sure" way out of a checklist. */
export const CHECKLIST_NONE = 'none';

/**
 * The short path as data. Sections in the order asked: what branches first (AI, then what is held), so the
 * count of screens only ever shrinks; scored items of a section on one "which of these are in place?" screen.
 */
export const SHORT_PATH = {
  order: ['ai', 'status', 'organisation', 'management', 'controls', 'ai-governance'] as SectionId[],
  /**
   * Profile questions left for "Sharpen your result": they choose between paths (who uses the AI built, whether
   * the AI team is separate, the self-rated security maturity, which the checklists measure and the engine
   * plans with anyway) and change neither readiness nor the claim. Their defaults are the stricter reading
   * (`ai_use`: customers, the EU AI Act provider case).
   */
  deferred: ['ai_use', 'ai_function', 'security_maturity'] as readonly string[],
} as const;

/** One screen: a single question, or a checklist of a section's scored items. */
export interface Step {
  /** The item's id, or `practices:<section>` for a checklist. */
  id: string;
  kind: 'question' | 'checklist';
  section: SectionId;
  /** Bank ids asked on this screen. */
  items: string[];
}

/** What the steps are worked out from. */
export interface StepInput {
  length: Length;
  phase: Phase;
  /** Items answered through a checklist and not ticked: the ones sharpening asks again. */
  coarse: readonly string[];
}

const sectionRank = (section: SectionId): number => SHORT_PATH.order.indexOf(section);

function stepsFrom(items: readonly BankItem[], open: readonly boolean[], input: StepInput): Step[] {
  const single = (item: BankItem): Step => ({
    id: item.id,
    kind: 'question',
    section: item.section,
    items: [item.id],
  });
  const chosen = items.filter((_, i) => open[i]);
  if (input.length === 'standard') return chosen.map(single);
  if (input.phase === 'sharpen') {
    const again = new Set([...SHORT_PATH.deferred, ...input.coarse]);
    return chosen.filter((item) => again.has(item.id)).map(single);
  }
  const steps: Step[] = [];
  const checklists = new Map<SectionId, Step>();
  const ordered = [...chosen].sort((a, b) => sectionRank(a.section) - sectionRank(b.section));
  for (const item of ordered) {
    if (item.kind === 'profile') {
      if (!SHORT_PATH.deferred.includes(item.id)) steps.push(single(item));
      continue;
    }
    let list = checklists.get(item.section);
    if (!list) {
      list = { id: CHECKLIST_PREFIX + item.section, kind: 'checklist', section: item.section, items: [] };
      checklists.set(item.section, list);
      steps.push(list);
    }
    list.items.push(item.id);
  }
  return steps;
}

/** The screens the visitor meets for these answers, in order. */
export function stepsOf(
  items: readonly BankItem[],
  answers: Answers,
  scope: readonly StandardId[],
  input: StepInput,
): Step[] {
  return stepsFrom(items, flowState(items, answers, scope).shown, input);
}

/**
 * The screens the visitor may still meet: those shown now and those unanswered questions may yet open. Its
 * length is the counter's total, which answering never raises.
 */
export function possibleStepsOf(
  items: readonly BankItem[],
  answers: Answers,
  scope: readonly StandardId[],
  input: StepInput,
): Step[] {
  return stepsFrom(items, mayStillShow(items, answers, scope), input);
}

/** A checklist's answer as the bank's items take it: ticked `yes`, the rest `no`; the way out `unsure` for all. */
export function checklistAnswers(step: Step, ticked: readonly string[]): Answers {
  const none = ticked.includes(CHECKLIST_NONE);
  return Object.fromEntries(
    step.items.map((id) => [id, none ? 'unsure' : ticked.includes(id) ? 'yes' : 'no']),
  );
}

/** What a checklist shows as ticked for the answers given: its `yes` items, or the way out if all are `unsure`. */
export function checklistValue(step: Step, answers: Answers): string[] | undefined {
  const values = step.items.map((id) => answers[id]);
  if (values.some((v) => v === undefined)) return undefined;
  if (values.every((v) => v === 'unsure')) return [CHECKLIST_NONE];
  return step.items.filter((id) => answers[id] === 'yes');
}
