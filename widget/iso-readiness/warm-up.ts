import { css, nothing, type TemplateResult } from 'lit';
import type { AssessmentResult } from '../../src/schemas/result.js';
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
const ORDER: Stage[] = ['waiting', 'assess', 'teaser', 'report', 'lead', 'done'];

/** Runs `fn` when the browser has nothing else to do (never on a deadline: a visitor's input comes first). */
const idle = (fn: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn);
  else setTimeout(fn, 250);
};

/** What each step of the warm-up does, given by the results part. */
export interface WarmUpSteps {
  /** A result of the engine (which answers does not matter: what runs and lays out does). */
  assess(): AssessmentResult;
  /** The report as it first shows (behind the gate, with its form), then unlocked. */
  render(result: AssessmentResult, teaser: boolean): TemplateResult;
  /** Runs the lead form's checks of contact fields once. */
  lead(): void;
}

/**
 * The first result's costly first times, worked through while the visitor reads a question, one idle task at a
 * time, so the click that shows the results does not pay them: the engine's first run (its code compiled, its
 * schemas built), the report's and the lead form's first render and layout (templates prepared, each size and
 * weight of the font looked up, text shaped), and the first check of a contact field. Nothing of it is kept or sent.
 * What it lays out sits in an `iso-readiness-warm-up` put before everything the element renders, out of its way.
 */
export class WarmUp {
  private stage: Stage = 'waiting';
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

  /** One step per idle task: the engine, the report behind the gate, the report unlocked, the form's checks, clean-up. */
  private readonly step = (): void => {
    const steps = this.steps;
    if (!steps || this.stage === 'done') return;
    this.stage = ORDER[ORDER.indexOf(this.stage) + 1]!;
    try {
      // What the last step drew is laid out by now, if no frame has done it yet.
      this.box?.shadowRoot?.firstElementChild?.getBoundingClientRect();
      if (this.stage === 'assess') this.result = steps.assess();
      else if (this.stage === 'lead') steps.lead();
      else if (this.stage === 'teaser' || this.stage === 'report')
        this.draw(steps.render(this.result!, this.stage === 'teaser'));
    } catch {
      // A warm-up that fails leaves the click its first times, nothing worse.
      this.stage = 'lead';
    }
    if (this.stage === 'lead' || this.stage === 'done') this.draw(null);
    if (this.stage === 'done') this.result = null;
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
