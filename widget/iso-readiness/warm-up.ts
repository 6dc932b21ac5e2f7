import { css, nothing, type TemplateResult } from 'lit';
import { SCALE } from '../../src/answers.js';
import type { BankItem } from '../../src/schemas/bank.js';
import type { AssessmentResult, Answers } from '../../src/schemas/result.js';
import { ReadinessElement } from '../internal/base-element.js';

/**
 * @tagname iso-readiness-warm-up
 * @summary Lays out what it is given invisibly, in a shadow root of its own (out of reach of the page's and the
 * element's queries, out of the accessibility tree), for as long as the element's warm-up needs it.
 */
export class IsoReadinessWarmUp extends ReadinessElement {
  // Laid out (so text is shaped and fonts are looked up) but never painted, and taking no room.
  static override styles = css`
    :host {
      position: absolute;
      inset: 0 auto auto 0;
      width: 100%;
      height: 0;
      overflow: hidden;
      visibility: hidden;
      contain: strict;
      pointer-events: none;
    }
  `;
  static override properties = { content: { attribute: false } };

  /** What to lay out. */
  content: TemplateResult | null = null;

  protected override render() {
    return this.content ?? nothing;
  }
}

type Stage = 'waiting' | 'assess' | 'teaser' | 'report' | 'lead' | 'done';
/**
 * How often the engine runs: the first run compiles its code to bytecode, but the browser compiles it to machine
 * code only once it has run a few times (a cold run costs the click about 30 ms at 4× CPU slowdown).
 */
export const ENGINE_RUNS = 8;
const ORDER: Stage[] = [
  'waiting',
  ...Array.from({ length: ENGINE_RUNS }, (): Stage => 'assess'),
  'teaser',
  'report',
  'lead',
  'done',
];

/** Runs `fn` when the browser has nothing else to do (never on a deadline: a visitor's input comes first). */
const idle = (fn: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn);
  else setTimeout(fn, 250);
};

/**
 * The `run`th set of answers the warm-up gives the engine: nothing answered first, then each question's options
 * and scale in turn, so no two runs take the same branches.
 */
export function sampleAnswers(items: readonly BankItem[], run: number): Answers {
  const answers: Answers = {};
  if (run === 0) return answers;
  items.forEach((item, i) => {
    const values = item.kind === 'control' ? SCALE : item.options;
    const value = values[(run + i) % values.length]!;
    answers[item.id] = item.kind === 'profile' && item.input === 'multi' ? [value] : value;
  });
  return answers;
}

/** What each step of the warm-up does, given by the results part. */
export interface WarmUpSteps {
  /**
   * A result of the engine for the `run`th of `ENGINE_RUNS` sets of answers (which answers does not matter, only
   * that they vary, so the engine's branches run as a visitor's answers will make them run).
   */
  assess(run: number): AssessmentResult;
  /** The report as it first shows (behind the gate, with its form), then unlocked. */
  render(result: AssessmentResult, teaser: boolean): TemplateResult;
  /** Runs the lead form's checks of contact fields once. */
  lead(): void;
}

/**
 * The first result's costly first times, worked through while the visitor reads a question, one idle task at a
 * time, so the click that shows the results does not pay them: the engine's first runs (its code compiled, then
 * compiled again to machine code, its schemas built), the report's and the lead form's first render and layout (templates prepared, each size and
 * weight of the font looked up, text shaped), and the first check of a contact field. Nothing of it is kept or sent.
 * What it lays out sits in an `iso-readiness-warm-up` put before everything the element renders, out of its way.
 */
export class WarmUp {
  private at = 0;
  private result: AssessmentResult | null = null;
  private steps: WarmUpSteps | null = null;
  private box: IsoReadinessWarmUp | null = null;

  constructor(private readonly host: HTMLElement) {}

  /** Starts the warm-up, once. */
  start(steps: WarmUpSteps): void {
    if (this.steps) return;
    this.steps = steps;
    idle(this.step);
  }

  /** One step per idle task: the engine's runs, the report behind the gate, the report unlocked, the form's checks, clean-up. */
  private readonly step = (): void => {
    const steps = this.steps;
    if (!steps || ORDER[this.at] === 'done') return;
    const stage = ORDER[++this.at]!;
    try {
      // What the last step drew is laid out by now, if no frame has done it yet.
      this.box?.shadowRoot?.firstElementChild?.getBoundingClientRect();
      if (stage === 'assess') this.result = steps.assess(this.at - 1);
      else if (stage === 'lead') steps.lead();
      else if (stage === 'teaser' || stage === 'report')
        this.draw(steps.render(this.result!, stage === 'teaser'));
    } catch {
      // A warm-up that fails leaves the click its first times, nothing worse.
      this.at = ORDER.indexOf('lead');
    }
    const now = ORDER[this.at]!;
    if (now === 'lead' || now === 'done') this.draw(null);
    if (now === 'done') this.result = null;
    else idle(this.step);
  };

  private draw(content: TemplateResult | null): void {
    const root = this.host.shadowRoot;
    if (!content || !root) {
      this.box?.remove();
      this.box = null;
      return;
    }
    if (!this.box) {
      this.box = document.createElement('iso-readiness-warm-up') as IsoReadinessWarmUp;
      // Before Lit's own nodes, which it never touches.
      root.prepend(this.box);
    }
    this.box.content = content;
  }
}
