import type { CoreTranslation } from '../../src/i18n/translation.js';
import type { QuestionItem, ScaleAnswer } from '../../src/schemas/bank.js';
import { CHECKLIST_NONE, CHECKLIST_PREFIX } from '../../src/steps.js';

/** Is this question a checklist of the short path (`practices:<section>`)? */
export const isChecklist = (item: QuestionItem | null): boolean =>
  item?.id.startsWith(CHECKLIST_PREFIX) === true;

/**
 * A question's options in order, labelled: a profile question's (a checklist's practices, then its way out),
 * or the readiness scale, with "does not apply" where the item allows it.
 */
export function optionsOf(item: QuestionItem, t: CoreTranslation): { id: string; label: string }[] {
  if (item.kind === 'profile') {
    const none = isChecklist(item) ? t.ui.checklist.none : undefined;
    return item.options.map((id) => ({
      id,
      label: id === CHECKLIST_NONE && none ? none : (item.optionLabels?.[id] ?? id),
    }));
  }
  const scale: ScaleAnswer[] = ['yes', 'partly', 'no', ...(item.allowNA ? (['n/a'] as const) : []), 'unsure'];
  return scale.map((id) => ({ id, label: t.scale[id] }));
}

/** The option a key names: 1–9 pick the first nine in order; anything with a modifier, none. */
export function optionForKey(
  event: KeyboardEvent,
  inputs: ArrayLike<HTMLInputElement>,
): HTMLInputElement | null {
  if (event.altKey || event.ctrlKey || event.metaKey || !/^[1-9]$/.test(event.key)) return null;
  return inputs[Number(event.key) - 1] ?? null;
}
