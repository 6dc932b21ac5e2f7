import { aTimeout, expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import sinon from 'sinon';
import { draftKey } from '../../sdk/draft.js';
import type { ReadinessEventMap, ReadinessEventName } from '../../sdk/events.js';
import { fullDraftKey } from '../../sdk/full-session.js';
import { createSession } from '../../sdk/session.js';
import { full as en } from '../../src/i18n/en/full.js';
import { lead as enLead } from '../../src/i18n/en/lead.js';
import type { LeadConfigInput } from '../../src/schemas/lead.js';
import { AssessmentResultSchema } from '../../src/schemas/result.js';
import type { StandardId } from '../../src/schemas/standard.js';
import '../../widget/iso-readiness/iso-readiness.js';
import type { IsoReadiness } from '../../widget/iso-readiness/iso-readiness.component.js';
import type { IsoReadinessFull } from '../../widget/full-assessment/full-assessment.component.js';
import type { IsoReadinessLeadForm } from '../../widget/lead-form/lead-form.component.js';
import { runThrough } from '../support/answers.js';
import { LEAD_CONFIG } from '../support/leads.js';
import { PATIENCE_MS } from '../support/wait.js';
import { waitUntil } from './helpers.js';
import { usePageStorage } from './page-storage.js';

/** The full part once its chunk and text have loaded. */
async function fullPart(el: IsoReadiness): Promise<IsoReadinessFull> {
  const deadline = Date.now() + PATIENCE_MS;
  while (Date.now() < deadline) {
    await el.updateComplete;
    const part = el.shadowRoot!.querySelector('iso-readiness-full');
    if (part) {
      await part.updateComplete;
      if (part.shadowRoot!.querySelector('.full__heading')) return part;
    }
    await aTimeout(10);
  }
  throw new Error('the full part did not load');
}

describe('<iso-readiness depth="full">', () => {
  const key = fullDraftKey(['iso27001', 'iso42001'], 'depth-test');
  beforeEach(() => localStorage.removeItem(key));
  afterEach(() => localStorage.removeItem(key));

  it('should load the full gap assessment in place of the quick check', async () => {
    const el = await fixture<IsoReadiness>(
      html`<iso-readiness id="depth-test" depth="full"></iso-readiness>`,
    );
    const part = await fullPart(el);
    expect(el.shadowRoot!.querySelector('iso-readiness-question')).to.equal(null);
    expect(part.shadowRoot!.textContent).to.contain(en.ui.intro);
    expect(part.getAttribute('part')).to.equal('full');
    await expect(el).to.be.accessible();
  });

  it('should take depth and scope from config, and save under this instance', async () => {
    const el = await fixture<IsoReadiness>(html`<iso-readiness id="depth-test"></iso-readiness>`);
    el.config = { depth: 'full', standards: ['iso42001'] };
    const part = await fullPart(el);
    expect(part.scope).to.deep.equal(['iso42001']);
    part.assessment!.setEntry('42001:8.4', { status: 'planned' });
    expect(localStorage.getItem(fullDraftKey(['iso42001'], 'depth-test'))).to.contain('42001:8.4');
    localStorage.removeItem(fullDraftKey(['iso42001'], 'depth-test'));
  });

  it('should refuse a depth it does not know, with a readable error', async () => {
    const el = await fixture<IsoReadiness>(html`<iso-readiness depth="deep"></iso-readiness>`);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('depth');
    expect(el.shadowRoot!.querySelector('iso-readiness-full')).to.equal(null);
  });
});

const BOTH: StandardId[] = ['iso27001', 'iso42001'];
/** 30 + 32 clause requirements and 93 + 38 Annex A controls. */
const ENTRIES = 30 + 32 + 93 + 38;

// The results part (lead capture) loads when the browser is idle, within a second and a half.
const LOADED = { timeout: 5000 };

const inPart = (part: IsoReadinessFull) => part.shadowRoot!;

/** Clicks a button or section link of the full part by the start of its text, and waits for the render. */
async function press(el: IsoReadiness, part: IsoReadinessFull, text: string): Promise<void> {
  const target = [...inPart(part).querySelectorAll('button')].find((b) =>
    b.textContent!.trim().startsWith(text),
  );
  if (!target) throw new Error(`no button "${text}"`);
  target.click();
  await el.updateComplete;
  await part.updateComplete;
}

/** Every public event of one kind the element fires. */
function collect<E extends ReadinessEventName>(el: IsoReadiness, name: E): ReadinessEventMap[E][] {
  const seen: ReadinessEventMap[E][] = [];
  el.addEventListener(name, (e) => seen.push((e as CustomEvent<ReadinessEventMap[E]>).detail));
  return seen;
}

const leadConfig = (mode: 'gate' | 'optional', scope: 'summary' | 'full'): LeadConfigInput => ({
  mode,
  fields: { email: 'required' },
  scope,
  consent: LEAD_CONFIG.consent,
  minSecondsToComplete: 0,
});

const formIn = (el: IsoReadiness) =>
  el.shadowRoot!.querySelector<IsoReadinessLeadForm>('iso-readiness-full iso-readiness-lead-form');

/** Fills and sends the lead form slotted into the full assessment's results. */
async function sendLead(el: IsoReadiness): Promise<void> {
  await waitUntil(() => formIn(el), 'the lead form is in the results', LOADED);
  const form = formIn(el)!;
  await form.updateComplete;
  const input = (name: string) => form.shadowRoot!.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
  input('email').value = 'ada@company.example';
  input('consent').click();
  form.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
}

describe('<iso-readiness depth="full"> tells the page and takes leads', () => {
  usePageStorage();
  let instances = 0;
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    fixtureCleanup();
    sinon.restore();
    localStorage.clear();
  });

  async function mount(config: Record<string, unknown> = {}): Promise<[IsoReadiness, IsoReadinessFull]> {
    const el = await fixture<IsoReadiness>(
      html`<iso-readiness
        id=${`full-events-${++instances}`}
        .config=${{ depth: 'full', ...config }}
      ></iso-readiness>`,
    );
    return [el, await fullPart(el)];
  }

  it('should report start, each section and the result, as events and to the callbacks', async () => {
    const onStart = sinon.spy();
    const onStep = sinon.spy();
    const onComplete = sinon.spy();
    const [el, part] = await mount({ onStart, onStep, onComplete });
    const starts = collect(el, 'readiness-start');
    const steps = collect(el, 'readiness-step');
    const completes = collect(el, 'readiness-complete');

    await press(el, part, en.ui.start);
    expect(starts).to.deep.equal([{ scope: BOTH, resumed: false, depth: 'full' }]);
    expect(onStart.firstCall.args[0]).to.deep.equal(starts[0]);
    expect(steps[0]).to.include({ depth: 'full', section: 'profile', questionId: 'profile', index: 0 });

    await press(el, part, en.ui.next);
    await press(el, part, en.ui.next);
    const clauses = steps[2]!;
    expect(clauses).to.include({ depth: 'full', section: '27001:4', index: 2 });
    expect(clauses.depth === 'full' && clauses.of).to.be.greaterThan(0);
    expect(onStep.callCount).to.equal(3);
    expect(completes, 'no result before the visitor opens it').to.have.length(0);

    part.assessment!.setEntry('27001:4.1', { status: 'implemented' });
    await press(el, part, en.ui.resultsHeading);
    const last = steps[steps.length - 1]!;
    expect(last).to.include({ depth: 'full', section: 'results' });
    expect(last.index).to.equal(last.total - 1);
    expect(completes).to.have.length(1);
    const { result, gapAssessment, depth } = completes[0]!;
    expect(depth).to.equal('full');
    expect(gapAssessment!.entries).to.have.length(ENTRIES);
    expect(gapAssessment!.entries.find((e) => e.ref === '27001:4.1')).to.include({
      status: 'implemented',
      source: 'answer',
    });
    // The quick check's shape, with the readiness the controls give.
    expect(AssessmentResultSchema.safeParse(result).success).to.equal(true);
    expect(result.readiness).to.deep.equal(gapAssessment!.readiness);
    expect(result.classification.iso27001!.readiness).to.equal(gapAssessment!.readiness.iso27001!.score);
    expect(onComplete.firstCall.args[0]).to.equal(completes[0]);

    // Opening the results again without a change reports nothing new; after a change it does.
    await press(el, part, en.ui.back);
    await press(el, part, en.ui.resultsHeading);
    expect(completes).to.have.length(1);
    part.assessment!.setEntry('27001:4.2', { status: 'partly' });
    await press(el, part, en.ui.back);
    await press(el, part, en.ui.resultsHeading);
    expect(completes).to.have.length(2);
  });

  it('should carry the whole gap assessment in a lead only under scope full', async () => {
    for (const scope of ['full', 'summary'] as const) {
      const [el, part] = await mount({ lead: leadConfig('optional', scope) });
      const leads = collect(el, 'readiness-lead');
      await press(el, part, en.ui.start);
      part.assessment!.setEntry('27001:5.2', { status: 'implemented', owner: 'CISO' });
      await press(el, part, en.ui.resultsHeading);
      await waitUntil(() => formIn(el), 'the lead form is in the results', LOADED);
      await formIn(el)!.updateComplete;
      // Before consent, the visitor reads that a full lead holds everything recorded per control.
      const said = formIn(el)!.shadowRoot!.textContent!;
      if (scope === 'full') expect(said).to.contain(enLead.share.fullAssessmentDetail);
      expect(said).not.to.contain(enLead.share.fullDetail);
      await sendLead(el);
      await waitUntil(() => leads.length === 1, 'one lead');
      const lead = leads[0]!.lead;
      expect(lead.scope).to.equal(scope);
      if (lead.scope === 'full') {
        expect(lead.gapAssessment!.entries).to.have.length(ENTRIES);
        expect(lead.gapAssessment!.entries.find((e) => e.ref === '27001:5.2')).to.include({ owner: 'CISO' });
        expect(lead.result.readiness).to.deep.equal(lead.gapAssessment!.readiness);
      } else if (lead.scope === 'summary') {
        expect(lead).not.to.have.property('gapAssessment');
        expect(JSON.stringify(lead)).not.to.contain('CISO');
        expect(lead.result.classification.iso27001!.readiness).to.equal(
          part.assessment!.result.readiness.iso27001!.score,
        );
      }
      fixtureCleanup();
      localStorage.clear();
    }
  });

  it('should show only the headline behind the lead gate, and the rest once the form is sent', async () => {
    const [el, part] = await mount({ lead: leadConfig('gate', 'full') });
    await press(el, part, en.ui.start);
    await press(el, part, en.ui.resultsHeading);
    await waitUntil(() => formIn(el), 'the lead form is in the results', LOADED);
    expect(inPart(part).querySelector('[part=teaser]')!.textContent).to.contain(en.ui.gated.slice(0, 30));
    expect(inPart(part).querySelector('[part=gaps]'), 'no gap register yet').to.equal(null);
    expect(inPart(part).querySelector('[part=exports]'), 'no exports yet').to.equal(null);
    await expect(part).to.be.accessible();
    await sendLead(el);
    await waitUntil(() => inPart(part).querySelector('[part=exports]'), 'the exports once sent');
    expect(inPart(part).querySelector('[part=teaser]')).to.equal(null);
    expect(inPart(part).querySelectorAll('[part=soa]')).to.have.length(2);
    expect(inPart(part).textContent).to.contain(en.ui.unlocked);
  });

  it('should forget the gap assessment with "Forget my data", back at the intro with focus on it', async () => {
    const [el, part] = await mount();
    await press(el, part, en.ui.start);
    part.assessment!.setEntry('27001:5.2', { status: 'implemented', owner: 'CISO' });
    const key = fullDraftKey(BOTH, el.id);
    expect(localStorage.getItem(key)).to.contain('CISO');
    await press(el, part, en.ui.resultsHeading);
    const forgetButton = () =>
      el.shadowRoot!.querySelector<HTMLButtonElement>('iso-readiness-full [part=forget] button');
    await waitUntil(forgetButton, 'Forget my data under the results', LOADED);
    const forget = forgetButton()!;
    forget.focus();
    forget.click();
    await waitUntil(() => inPart(part).textContent!.includes(en.ui.intro), 'back at the intro');
    expect(localStorage.getItem(key)).to.equal(null);
    expect(part.assessment!.answers).to.deep.equal({});
    expect(inPart(part).activeElement?.classList.contains('full__heading')).to.equal(true);
  });

  it("should start the gap assessment afresh on the element's reset(), without moving focus", async () => {
    const [el, part] = await mount();
    await press(el, part, en.ui.start);
    part.assessment!.setEntry('27001:4.1', { status: 'planned' });
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    el.reset();
    await part.updateComplete;
    expect(part.assessment!.answers).to.deep.equal({});
    expect(inPart(part).textContent).to.contain(en.ui.intro);
    expect(document.activeElement).to.equal(outside);
    outside.remove();
  });

  it('should give a profile answer changed here to the quick check, and take its changes', async () => {
    const [el, part] = await mount();
    await press(el, part, en.ui.start);
    const option = inPart(part).querySelector<HTMLInputElement>(
      'fieldset[data-question="org_size"] input[value="250-999"]',
    )!;
    option.click();
    await part.updateComplete;
    expect(part.assessment!.answers.quick).to.include({ org_size: '250-999' });
    expect(part.quickSession!.answers).to.include({ org_size: '250-999' });
    expect(localStorage.getItem(draftKey(BOTH, el.id))).to.contain('250-999');

    part.quickSession!.answer('org_size', '10-49');
    expect(part.assessment!.answers.quick).to.include({ org_size: '10-49' });
  });

  it('should keep a finished quick check finished, its result worked out again, when the profile changes here', async () => {
    const id = `full-events-${++instances}`;
    runThrough(createSession({ scope: BOTH, storage: localStorage, storageKey: draftKey(BOTH, id) }));
    const el = await fixture<IsoReadiness>(
      html`<iso-readiness id=${id} .config=${{ depth: 'full' }}></iso-readiness>`,
    );
    const part = await fullPart(el);
    const quick = part.quickSession!;
    expect(quick.status).to.equal('complete');
    // Pre-filled from the quick check: the visitor goes deeper without answering again.
    expect(part.assessment!.answers.quick).to.deep.equal(quick.answers);
    // Wait for the results part: the quick check's result is worked out with it.
    await waitUntil(
      () => el.shadowRoot!.querySelector('iso-readiness-full [slot=lead]'),
      'the results part has loaded',
      LOADED,
    );
    await press(el, part, en.ui.start);
    inPart(part)
      .querySelector<HTMLInputElement>('fieldset[data-question="org_size"] input[value="1000-plus"]')!
      .click();
    await waitUntil(() => quick.status === 'complete', 'complete again');
    expect(quick.result!.answers).to.include({ org_size: '1000-plus' });
  });
});
