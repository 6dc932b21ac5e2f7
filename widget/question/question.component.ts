import { html, nothing, type PropertyValues } from 'lit';
import type { CoreTranslation } from '../../src/i18n/translation.js';
import type { QuestionItem } from '../../src/schemas/bank.js';
import { ReadinessElement } from '../internal/base-element.js';
import { componentStyles } from '../internal/component.styles.js';
import { CHECKLIST_NONE } from '../../src/steps.js';
import { isChecklist, optionForKey, optionsOf } from './options.js';
import styles from './question.styles.js';

let ids = 0;

/** How long a single-choice answer stays visibly chosen before the next screen: long enough to see, short enough not to wait. */
export const CONFIRM_MS = 320;

/**
 * @tagname iso-readiness-question
 * @summary One question on its own screen: native radios (or checkboxes) in a fieldset whose legend is the
 * heading, help on demand, Back and Next. A clicked single choice moves on by itself after a short visible
 * confirmation; keys 1–9 choose (or tick) an option, Enter moves on, arrow keys move within the group. A
 * checklist (`practices:<section>`) is a list of practices to tick, with "none / not sure" as the way out.
 *
 * @csspart base - The form.
 * @csspart heading - The question heading, focused when the visitor moves to it.
 * @csspart help-toggle - The button that shows the explanation.
 * @csspart help - The explanation.
 * @csspart options - The group of options.
 * @csspart option - Each option's label.
 * @csspart error - The message shown when Next is pressed without an answer.
 * @csspart nav - The Back and Next row.
 * @csspart back-button - Back.
 * @csspart next-button - Next (or "See my results" on the last question).
 */
export class IsoReadinessQuestion extends ReadinessElement {
  static override styles = [componentStyles, styles];
  // Declared statically, not with decorators: this part loads before the first question, where every byte counts.
  // States say `attribute: false` too, which Lit implies, so the manifest does not list them as attributes.
  static override properties = {
    item: { attribute: false },
    value: { attribute: false },
    t: { attribute: false },
    canGoBack: { type: Boolean, attribute: 'can-go-back' },
    last: { type: Boolean },
    helpPending: { type: Boolean, attribute: 'help-pending' },
    helpOpen: { state: true, attribute: false },
    showError: { state: true, attribute: false },
    confirming: { state: true, attribute: false },
  };

  /** The question, with its text in the visitor's language. */
  item: QuestionItem | null = null;
  /** The current answer, if any. */
  value: string | string[] | undefined = undefined;
  /** Interface strings. */
  t: CoreTranslation | null = null;
  /** Show the Back button. */
  canGoBack = false;
  /** This is the last visible question: Next reads "See my results". */
  last = false;
  /** The help texts are on their way: offer help now and show it when `item.help` arrives. */
  helpPending = false;

  private helpOpen = false;
  private showError = false;
  private readonly uid = `q${++ids}`;
  /** A single choice was just made by click or key: shown as chosen, then the next screen. */
  private confirming = false;
  private advance: ReturnType<typeof setTimeout> | undefined;
  /** The next change comes from a pointer: arrow keys also change a radio group, and must not move on. */
  private pointer = false;

  /** Moves focus to the question heading (after the visitor acted, never on load). */
  focusHeading(): void {
    this.renderRoot.querySelector('h2')?.focus();
  }

  /** Says that an answer is needed and puts focus on the first option. */
  requireAnswer(): void {
    this.showError = true;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('input')?.focus());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('item') && changed.get('item')?.id !== this.item?.id) {
      this.helpOpen = false;
      this.showError = false;
      this.cancelAdvance();
    }
    if (changed.has('value') && this.value !== undefined) this.showError = false;
  }

  protected override updated(): void {
    // Checked follows the answer on every render, also where a click left the DOM otherwise: what Lit's `live`
    // directive does, without a directive in what loads before the first question.
    for (const input of this.renderRoot.querySelectorAll('input'))
      input.checked = this.isChecked(input.value);
  }

  private get multi(): boolean {
    return this.item?.kind === 'profile' && this.item.input === 'multi';
  }

  private get checklist(): boolean {
    return isChecklist(this.item);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cancelAdvance();
  }

  private cancelAdvance(): void {
    clearTimeout(this.advance);
    this.advance = undefined;
    this.confirming = false;
  }

  private readonly handlePointer = (): void => void (this.pointer = true);

  private handleChange(event: Event): void {
    this.choose(event.target as HTMLInputElement, this.pointer);
    this.pointer = false;
  }

  /** Records what `input` now says; a single choice by click or key then moves on once it has been seen. */
  private choose(input: HTMLInputElement, moveOn: boolean): void {
    const id = this.item?.id;
    if (!id) return;
    if (!this.multi) {
      this.signal('iso-readiness-answer', { id, value: input.value });
      if (moveOn) this.confirmThenNext(input.value);
      return;
    }
    let checked = [...this.renderRoot.querySelectorAll<HTMLInputElement>('input:checked')].map(
      (i) => i.value,
    );
    // "None" (or "none / not sure" on a checklist) excludes every other option, and the other way round; chosen
    // with a click or a key it is the whole answer, so it moves on like a single choice.
    const none = input.checked && input.value === CHECKLIST_NONE;
    if (input.checked && checked.length > 1 && checked.includes(CHECKLIST_NONE)) {
      checked = none ? [CHECKLIST_NONE] : checked.filter((v) => v !== CHECKLIST_NONE);
    }
    this.signal('iso-readiness-answer', { id, value: checked });
    if (none && moveOn) this.confirmThenNext(CHECKLIST_NONE);
  }

  private confirmThenNext(value: string): void {
    this.cancelAdvance();
    this.confirming = true;
    const id = this.item?.id;
    this.advance = setTimeout(() => {
      this.advance = undefined;
      this.confirming = false;
      const now = Array.isArray(this.value) ? this.value.join() : this.value;
      if (this.item?.id === id && now === value) this.next();
    }, CONFIRM_MS);
  }

  private handleKeyDown(event: KeyboardEvent): void {
    const target = optionForKey(event, this.renderRoot.querySelectorAll<HTMLInputElement>('input'));
    if (target) {
      event.preventDefault();
      target.checked = this.multi ? !target.checked : true;
      target.focus();
      return this.choose(target, true);
    }
    if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement)) return;
    // Our own Enter handling: stops the browser's implicit submission so Next runs exactly once.
    event.preventDefault();
    const input = event.target;
    if (!this.multi && !input.checked) {
      input.checked = true;
      this.choose(input, false);
    }
    this.next();
  }

  private handleSubmit(event: Event): void {
    event.preventDefault();
    this.next();
  }

  private next(): void {
    this.cancelAdvance();
    this.signal('iso-readiness-navigate', { to: 'next' });
  }

  private handleBack(): void {
    this.cancelAdvance();
    this.signal('iso-readiness-navigate', { to: 'back' });
  }

  private toggleHelp(): void {
    this.helpOpen = !this.helpOpen;
    const id = this.item?.id;
    if (this.helpOpen && id && !this.item?.help) this.signal('iso-readiness-help', { id });
  }

  private isChecked(id: string): boolean {
    return Array.isArray(this.value) ? this.value.includes(id) : this.value === id;
  }

  protected override render() {
    const { item, t, uid } = this;
    if (!item || !t) return nothing;
    const ui = t.ui.question;
    const type = this.multi ? 'checkbox' : 'radio';
    const describedBy = [this.multi ? `${uid}-hint` : '', this.showError ? `${uid}-error` : '']
      .filter(Boolean)
      .join(' ');
    const checklist = this.checklist ? t.ui.checklist : null;
    const heading = checklist
      ? ((checklist.heading as Record<string, string>)[item.section] ?? checklist.headingOther)
      : item.text;
    return html`
      <form
        part="base"
        class="question ${this.confirming ? 'question--confirming' : ''}"
        novalidate
        @submit=${this.handleSubmit}
        @keydown=${this.handleKeyDown}
      >
        <fieldset class="question__fieldset" aria-describedby=${describedBy || nothing}>
          <legend class="question__legend">
            <h2 part="heading" class="question__heading" id="${uid}-heading" tabindex="-1">${heading}</h2>
          </legend>
          ${
            item.help || this.helpPending
              ? html`<button
                    type="button"
                    part="help-toggle"
                    class="question__help-toggle"
                    aria-expanded=${this.helpOpen ? 'true' : 'false'}
                    aria-controls="${uid}-help"
                    @click=${this.toggleHelp}
                  >
                    ${this.helpOpen ? ui.hideHelp : ui.help}
                  </button>
                  <div
                    part="help"
                    class="question__help"
                    id="${uid}-help"
                    aria-busy=${item.help ? 'false' : 'true'}
                    ?hidden=${!this.helpOpen}
                  >
                    ${item.help ?? nothing}
                  </div>`
              : nothing
          }
          ${
            this.multi
              ? html`<p class="question__hint" id="${uid}-hint">${checklist?.hint ?? ui.multiHint}</p>`
              : nothing
          }
          <div
            part="options"
            class="question__options ${checklist ? 'question__options--checklist' : ''}"
            @change=${this.handleChange}
            @pointerdown=${this.handlePointer}
          >
            ${optionsOf(item, t).map(
              (option) => html`
                <label part="option" class="option">
                  <input
                    class="option__input"
                    type=${type}
                    name=${uid}
                    .value=${option.id}
                    aria-invalid=${this.showError ? 'true' : nothing}
                  />
                  <span class="option__label">${option.label}</span>
                </label>
              `,
            )}
          </div>
        </fieldset>
        <p part="error" class="question__error" id="${uid}-error" role="alert" ?hidden=${!this.showError}>
          ${this.showError ? ui.required : nothing}
        </p>
        <div part="nav" class="question__nav">
          ${
            this.canGoBack
              ? html`<button
                  type="button"
                  part="back-button"
                  class="button button--secondary"
                  @click=${this.handleBack}
                >
                  ${ui.back}
                </button>`
              : nothing
          }
          <button type="submit" part="next-button" class="button button--primary">
            ${this.last ? ui.finish : ui.next}
          </button>
        </div>
      </form>
    `;
  }
}
