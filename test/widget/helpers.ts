import { aTimeout, waitUntil as openWcWaitUntil } from '@open-wc/testing';
import { painted } from '../../widget/internal/after-paint.js';
import type { IsoReadiness } from '../../widget/iso-readiness/iso-readiness.component.js';
import type { IsoReadinessQuestion } from '../../widget/question/question.component.js';
import { answerOf } from '../support/visitor.js';
import { PATIENCE_MS } from '../support/wait.js';

/** open-wc's `waitUntil`, with the suite's patience instead of its 1 s default (too short on a loaded machine). */
export const waitUntil = (
  condition: () => unknown,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> => openWcWaitUntil(condition, message, { timeout: PATIENCE_MS, ...options });

/** The element that has focus, looking through shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The question part on screen, if any. */
export const questionOf = (el: IsoReadiness): IsoReadinessQuestion | null =>
  el.shadowRoot!.querySelector('iso-readiness-question');

/**
 * Waits for the host and its parts to render, and for the results part while the element says it is preparing
 * the report (`aria-busy`). Fails, rather than going on half-ready, when that takes longer than the suite's patience.
 */
export async function settle(el: IsoReadiness): Promise<void> {
  const deadline = Date.now() + PATIENCE_MS;
  for (;;) {
    await el.updateComplete;
    const parts = el.shadowRoot!.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*');
    await Promise.all([...parts].map((p) => p.updateComplete));
    // A task, not an animation frame: a test page running in the background gets no frames.
    await aTimeout(0);
    // Focus moves to a new heading once the screen is painted.
    await painted();
    // What waited for that paint (the parts below the results, the lead form) has asked for an update.
    if (el.isUpdatePending) continue;
    if (!el.shadowRoot!.querySelector('[aria-busy="true"]')) return;
    if (Date.now() > deadline) throw new Error(`still busy after ${PATIENCE_MS} ms`);
    await aTimeout(10);
  }
}

/** The heading of the question on screen. */
export const headingOf = (el: IsoReadiness): HTMLElement | null =>
  questionOf(el)?.shadowRoot!.querySelector('h2') ?? null;

/** Clicks a button in the host's shadow root by its visible text. */
export async function clickButton(root: ShadowRoot, text: string): Promise<void> {
  const button = [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === text);
  if (!button) throw new Error(`no button "${text}"`);
  button.click();
}

/** Picks options of the question on screen by their values (radio: one; checkbox: each). */
export async function choose(el: IsoReadiness, ...values: string[]): Promise<void> {
  const q = questionOf(el)!;
  for (const value of values) {
    const input = q.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${value}"]`);
    if (!input) throw new Error(`no option "${value}" on ${q.item?.id}`);
    input.click();
    await settle(el);
  }
}

/** Presses the question's Next button and waits. */
export async function next(el: IsoReadiness): Promise<void> {
  questionOf(el)!.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  await settle(el);
}

/** Presses the question's Back button and waits. */
export async function back(el: IsoReadiness): Promise<void> {
  questionOf(el)!.shadowRoot!.querySelector<HTMLButtonElement>('[part=back-button]')!.click();
  await settle(el);
}

/** The first option's value for the question on screen ("yes" for scale items). */
export function firstOption(el: IsoReadiness): string {
  return questionOf(el)!.shadowRoot!.querySelector<HTMLInputElement>('input')!.value;
}

/** Answers every remaining question with `pick` (default: its first option) until the results show. */
export async function answerAll(
  el: IsoReadiness,
  pick: (id: string) => string | undefined = () => undefined,
): Promise<void> {
  for (let guard = 0; questionOf(el) && guard < 200; guard++) {
    const id = questionOf(el)!.item!.id;
    await choose(el, pick(id) ?? firstOption(el));
    await next(el);
  }
}

/** Every element in `root` and the shadow roots below it. */
export function allElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...allElements(element.shadowRoot));
  }
  return found;
}

/**
 * What the review's visitor (`test/support/visitor.ts`) answers on the screen shown: their answer, else the first
 * option.
 */
export function typicalAnswer(el: IsoReadiness): readonly string[] {
  const q = questionOf(el)!;
  const options = [...q.shadowRoot!.querySelectorAll('input')].map((input) => input.value);
  return answerOf(q.item!.id, options) ?? [firstOption(el)];
}
