import { html, nothing, type TemplateResult } from 'lit';
import type { FullSession } from '../../sdk/full-session.js';
import type { Session } from '../../sdk/session-core.js';
import { getQuestionBank } from '../../src/bank/index.js';
import { ReadinessError } from '../../src/errors.js';
import { visibleItems } from '../../src/flow.js';
import type { ItemText } from '../../src/i18n/en/bank.js';
import type { FullTranslation } from '../../src/i18n/en/full.js';
import type { Scoping } from '../../src/full/schemas.js';
import type { QuestionItem } from '../../src/schemas/bank.js';
import type { Answers } from '../../src/schemas/result.js';
import type { StandardId } from '../../src/schemas/standard.js';

/**
 * The quick check's profile questions, all on one screen: what the classification and the suggested exclusions
 * read. Single choices as radios, several as checkboxes; each answer is saved as it is given.
 */
export function renderProfile(
  items: readonly QuestionItem[],
  answers: Readonly<Answers>,
  answer: (id: string, value: string | string[]) => void,
): TemplateResult {
  return html`${items.map((item) => {
    const given = answers[item.id];
    const options = item.kind === 'profile' ? item.options : [];
    const multi = item.kind === 'profile' && item.input === 'multi';
    const list = Array.isArray(given) ? given : [];
    return html`<fieldset class="entry" data-question=${item.id}>
      <legend class="entry__legend"><span class="entry__title">${item.text}</span></legend>
      ${item.help ? html`<p class="entry__help">${item.help}</p>` : nothing}
      ${options.map(
        (option) =>
          html`<label class="choice"
            ><input
              type=${multi ? 'checkbox' : 'radio'}
              name=${`p-${item.id}`}
              .value=${option}
              .checked=${multi ? list.includes(option) : given === option}
              @change=${() =>
                answer(
                  item.id,
                  multi
                    ? list.includes(option)
                      ? list.filter((o) => o !== option)
                      : [...list, option]
                    : option,
                )}
            /><span>${item.optionLabels?.[option] ?? option}</span></label
          >`,
      )}
    </fieldset>`;
  })}`;
}

/** The scoping questions of the full assessment: premises, software development, AI systems in scope. */
export function renderScoping(
  t: FullTranslation,
  scoping: Readonly<Scoping>,
  set: (patch: Partial<Scoping>) => void,
): TemplateResult {
  const s = t.scoping;
  const group = <K extends 'premises' | 'development'>(key: K, options: Record<string, string>) =>
    html`<fieldset class="entry">
      <legend class="entry__legend"><span class="entry__title">${s[key].text}</span></legend>
      ${Object.entries(options).map(
        ([value, label]) =>
          html`<label class="choice"
            ><input
              type="radio"
              name=${`s-${key}`}
              .value=${value}
              .checked=${scoping[key] === value}
              @change=${() => set({ [key]: value } as Partial<Scoping>)}
            /><span>${label}</span></label
          >`,
      )}
    </fieldset>`;
  return html`${group('premises', s.premises.options)} ${group('development', s.development.options)}
    <div class="field entry">
      <label for="ai-systems">${s.aiSystems.text}</label>
      <p class="entry__help" id="ai-systems-help">${s.aiSystems.help}</p>
      <textarea
        id="ai-systems"
        rows="3"
        maxlength="2000"
        aria-describedby="ai-systems-help"
        .value=${scoping.aiSystems ?? ''}
        @change=${(e: Event) => set({ aiSystems: (e.target as HTMLTextAreaElement).value || undefined })}
      ></textarea>
    </div>`;
}

/** The quick check's profile questions shown for the answers so far, in the visitor's language when given. */
export function profileItems(
  bankText: Readonly<Record<string, ItemText>> | undefined,
  answers: Readonly<Answers>,
  scope: StandardId[],
): QuestionItem[] {
  const bank = getQuestionBank(bankText ? { translation: { bank: bankText } } : undefined);
  return visibleItems(
    bank.items.filter((item) => item.kind === 'profile'),
    answers,
    scope,
  );
}

/**
 * A profile answer: the assessment's, and the quick check's too, so the two never disagree about the
 * organisation. A quick check already complete stays complete (its result worked out again) unless the new
 * answer opens a question it has not answered; then it waits on that question. `act` runs each change and reports
 * what the engine refuses.
 */
export function answerProfile(
  session: FullSession,
  quick: Session | null | undefined,
  id: string,
  value: string | string[],
  act: (change: () => void) => void,
): void {
  act(() => session.setQuick({ ...(session.answers.quick ?? {}), [id]: value }));
  if (!quick) return;
  const complete = quick.status === 'complete';
  act(() => {
    quick.answer(id, value);
    if (!complete) return;
    const open = quick.visible.find((q) => quick.answers[q.id] === undefined);
    if (open) return quick.goTo(open.id);
    try {
      quick.complete();
    } catch (error) {
      // Before the results part has loaded the quick check waits on this question, its answers all kept.
      if (!(error instanceof ReadinessError && error.code === 'not-complete')) throw error;
    }
  });
}
