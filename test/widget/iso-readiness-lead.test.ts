// Lead capture inside <iso-readiness>: the gate, the optional form, one lead per send, the webhook, forget().
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http } from 'msw';
import sinon from 'sinon';
import { draftKey } from '../../sdk/draft.js';
import { createSession } from '../../sdk/session.js';
import type { ReadinessEventMap } from '../../sdk/events.js';
import type { Lead, LeadConfigInput } from '../../src/schemas/lead.js';
import type { StandardId } from '../../src/schemas/standard.js';
import '../../widget/index.js';
import type { IsoReadiness, IsoReadinessConfig } from '../../widget/iso-readiness/iso-readiness.component.js';
import type { IsoReadinessLeadForm } from '../../widget/lead-form/lead-form.component.js';
import type { IsoReadinessResults } from '../../widget/results/results.component.js';
import { scriptedEndpoint, WEBHOOK_URL, type Reply } from '../support/lead-handlers.js';
import { LEAD_CONFIG } from '../support/leads.js';
import { startMockNetwork, type MockNetwork } from '../support/msw.js';
import { runThrough } from '../support/answers.js';
import { clickButton, questionOf, settle, waitUntil } from './helpers.js';
import { usePageStorage } from './page-storage.js';

const SCOPE: StandardId[] = ['iso27001', 'iso42001'];

const leadConfig = (
  mode: 'gate' | 'optional',
  overrides: Partial<LeadConfigInput> = {},
): LeadConfigInput => ({
  mode,
  fields: { name: 'required', email: 'required', company: 'optional' },
  scope: 'full',
  consent: LEAD_CONFIG.consent,
  marketing: LEAD_CONFIG.marketing,
  minSecondsToComplete: 0,
  webhook: { url: WEBHOOK_URL },
  ...overrides,
});

let instances = 0;

/** Saves a finished assessment under `key`, as a visitor who answered everything would have left it. */
function finishedDraft(key: string): void {
  const session = createSession({ scope: SCOPE, storage: localStorage, storageKey: draftKey(SCOPE, key) });
  runThrough(session);
}

/** Mounts the widget on a finished assessment and opens its results. */
async function results(config: IsoReadinessConfig, key = `lead-${++instances}`): Promise<IsoReadiness> {
  finishedDraft(key);
  const el = await fixture<IsoReadiness>(
    html`<iso-readiness storage-key=${key} .config=${config}></iso-readiness>`,
  );
  await settle(el);
  await clickButton(el.shadowRoot!, 'See my results');
  await settle(el);
  return el;
}

const reportOf = (el: IsoReadiness) =>
  el.shadowRoot!.querySelector<IsoReadinessResults>('iso-readiness-results')!;
const formOf = (el: IsoReadiness) =>
  el.shadowRoot!.querySelector<IsoReadinessLeadForm>('iso-readiness-lead-form');
const field = (el: IsoReadiness, name: string) =>
  formOf(el)!.shadowRoot!.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
const statusText = (el: IsoReadiness) =>
  formOf(el)?.shadowRoot!.querySelector('[part=status]')?.textContent?.trim() ?? '';
const storedKeys = () =>
  Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)!).filter((k) =>
    k.startsWith('iso-readiness:'),
  );
/**
 * Every lead made so far has been sent and answered: a lead is in the outbox from the moment the visitor sends it
 * until its request has been answered, so by then each one has been announced and has reached the webhook.
 */
const allDelivered = () =>
  waitUntil(() => !storedKeys().some((k) => k.includes(':outbox:')), 'the outbox to empty');

/**
 * Every status text the form shows from now on, recorded as it renders: a state that lasts only until the next
 * attempt (a short backoff) is seen however briefly it is on screen, which polling could miss.
 */
function statusTrail(el: IsoReadiness): string[] {
  const trail: string[] = [];
  const record = () => {
    const now = statusText(el);
    if (now && trail[trail.length - 1] !== now) trail.push(now);
  };
  const observer = new MutationObserver(record);
  observer.observe(formOf(el)!.shadowRoot!, { subtree: true, childList: true, characterData: true });
  record();
  return trail;
}

/** Types the visitor's details; ticks consent unless told not to. */
async function fill(el: IsoReadiness, { consent = true } = {}): Promise<void> {
  await formOf(el)!.updateComplete;
  field(el, 'name').value = 'Ada Lovelace';
  field(el, 'email').value = 'ada@company.example';
  if (consent) field(el, 'consent').click();
}

async function send(el: IsoReadiness): Promise<void> {
  formOf(el)!.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  await settle(el);
}

/** Every `readiness-lead` event the element fires. */
function leadEvents(el: IsoReadiness): ReadinessEventMap['readiness-lead'][] {
  const seen: ReadinessEventMap['readiness-lead'][] = [];
  el.addEventListener('readiness-lead', (e) => seen.push(e.detail));
  return seen;
}

describe('<iso-readiness> lead capture', () => {
  let network: MockNetwork;
  // Everything that would leave the page apart from the test server's own files, whether a handler answers it or not.
  const traffic: string[] = [];
  const recorder = http.all('*', ({ request }) => {
    const url = new URL(request.url);
    if (request.method !== 'GET' || url.origin !== location.origin)
      traffic.push(`${request.method} ${url.href}`);
  });

  function endpoint(replies: Reply[] = [{ status: 200 }]) {
    const scripted = scriptedEndpoint(WEBHOOK_URL, replies);
    network.use(scripted.handler);
    return scripted.seen;
  }

  usePageStorage();

  before(async () => {
    network = await startMockNetwork(recorder);
  });
  beforeEach(() => {
    localStorage.clear();
    traffic.length = 0;
  });
  afterEach(() => {
    fixtureCleanup();
    network.reset();
    sinon.restore();
    localStorage.clear();
  });
  after(() => {
    network.stop();
  });

  describe('while the visitor answers', () => {
    it('should rehearse the report and a lead out of sight, then leave nothing behind', async () => {
      // Arrange
      const seen = endpoint();
      const events = sinon.spy();
      const el = await fixture<IsoReadiness>(
        html`<iso-readiness
          skip-intro
          storage-key="warm-up"
          .config=${{ lead: leadConfig('gate'), cta: { url: 'https://example.com/book' } }}
          @readiness-lead=${events}
          @readiness-complete=${events}
        ></iso-readiness>`,
      );
      await settle(el);
      const root = el.shadowRoot!;
      const card = root.querySelector('.card')!;
      const height = card.getBoundingClientRect().height;
      const rehearsals: { content: unknown; results: Element | null; height: number }[] = [];
      const observer = new MutationObserver(() => {
        const warm = root.querySelector<Element & { content: unknown }>('iso-readiness-warm-up');
        if (warm)
          rehearsals.push({
            content: warm.content,
            results: root.querySelector('iso-readiness-results'),
            height: card.getBoundingClientRect().height,
          });
      });
      observer.observe(root, { childList: true, subtree: true });

      // Act: the visitor reads the first question while the results part arrives.
      try {
        await waitUntil(() => rehearsals.length > 0, 'the rehearsal never began');
        await expect(el).to.be.accessible();
        await waitUntil(() => !root.querySelector('iso-readiness-warm-up'), 'the rehearsal never ended');
      } finally {
        observer.disconnect();
      }

      // Assert: drawn out of sight (no room taken, out of the element's queries), then gone, nothing told or kept.
      expect(rehearsals.some((r) => r.content)).to.equal(true);
      expect(rehearsals.every((r) => r.results === null && r.height === height)).to.equal(true);
      expect(questionOf(el), 'still on the question').to.not.equal(null);
      expect(events.called, 'no result or lead reached the page').to.equal(false);
      expect(storedKeys().filter((k) => !k.includes(':draft:'))).to.deep.equal([]);
      expect(seen).to.have.length(0);
    });
  });

  describe('gate', () => {
    it('should show only the headlines and the form until the lead is sent, then the full report', async () => {
      const seen = endpoint();
      const el = await results({ lead: leadConfig('gate'), branding: { consultancy: 'Example Consulting' } });
      const report = reportOf(el);
      expect(report.teaser).to.equal(true);
      const root = report.shadowRoot!;
      expect(root.querySelectorAll('[part=headline]')).to.have.length(2);
      expect(root.querySelector('[part=teaser]')).to.exist;
      for (const hidden of ['iso-readiness-phase-timeline', 'iso-readiness-domain-chart', '.fact__number']) {
        expect(root.querySelector(hidden), hidden).to.equal(null);
      }
      expect(root.textContent).not.to.contain('Download JSON');
      expect(formOf(el)).to.exist;

      await fill(el);
      await send(el);
      await waitUntil(() => !reportOf(el).teaser, 'the gate should open');
      await settle(el);
      expect(report.shadowRoot!.querySelector('iso-readiness-phase-timeline')).to.exist;
      expect(report.shadowRoot!.querySelector('[part=teaser]')).to.equal(null);
      await waitUntil(() => statusText(el).startsWith('Sent.'), 'the form should say the lead was sent');
      expect(statusText(el)).to.contain('Example Consulting');
      expect(seen).to.have.length(1);
      // Sent: nothing of the lead is kept but the marker that the gate was passed.
      expect(storedKeys().filter((k) => k.includes(':outbox:'))).to.deep.equal([]);
    });

    it('should land the visitor on the top of the unlocked report, with a banner saying what happens next', async () => {
      endpoint();
      const el = await results({
        lead: { ...leadConfig('gate'), thankYou: { text: 'We will email you within one working day.' } },
        cta: { url: 'https://example.com/book' },
      });
      await fill(el);
      await send(el);
      await waitUntil(() => reportOf(el).shadowRoot!.querySelector('[part=banner]') !== null, 'a banner');
      const report = reportOf(el);
      const banner = report.shadowRoot!.querySelector<HTMLElement>('[part=banner]')!;
      expect(banner.textContent).to.contain('We will email you within one working day.');
      expect(banner.querySelector('a')!.getAttribute('href')).to.equal('https://example.com/book');
      // The report's top is on screen, not the form at its foot.
      const top = report.getBoundingClientRect().top;
      expect(top).to.be.within(-1, window.innerHeight);
      await waitUntil(() => report.shadowRoot!.activeElement === banner, 'focus on the banner');
      expect(report.shadowRoot!.activeElement).to.equal(banner);
    });

    it('should open on the full report after a reload once the lead was sent, without asking again', async () => {
      endpoint();
      const key = `reload-${++instances}`;
      let el = await results({ lead: leadConfig('gate') }, key);
      await fill(el);
      await send(el);
      await waitUntil(() => statusText(el).startsWith('Sent.'), 'sent');
      fixtureCleanup();

      el = await fixture<IsoReadiness>(
        html`<iso-readiness storage-key=${key} .config=${{ lead: leadConfig('gate') }}></iso-readiness>`,
      );
      await settle(el);
      await clickButton(el.shadowRoot!, 'See my results');
      await settle(el);
      expect(reportOf(el).teaser).to.equal(false);
      expect(formOf(el)).to.equal(null);
    });

    it('should be accessible with the teaser and the form', async () => {
      const el = await results({ lead: leadConfig('gate') });
      await expect(el).to.be.accessible();
    });

    it('should refuse lead="gate" without the consultancy\'s consent text, readably', async () => {
      sinon.stub(console, 'error');
      const el = await fixture<IsoReadiness>(html`<iso-readiness lead="gate"></iso-readiness>`);
      // Lead settings are checked with the results part, which loads while the visitor reads the intro.
      await waitUntil(() => el.shadowRoot!.textContent!.includes('cannot start'), 'no error', {
        timeout: 5000,
      });
      const text = el.shadowRoot!.textContent!;
      expect(text).to.contain('cannot start');
      expect(text).to.contain('config.lead.consent');
    });

    it('should take lead.fields as a list of names: the email required, the rest optional', async () => {
      endpoint();
      const el = await results({ lead: leadConfig('gate', { fields: ['name', 'email', 'company'] }) });
      await formOf(el)!.updateComplete;
      expect(field(el, 'email').required).to.equal(true);
      expect(field(el, 'name').required).to.equal(false);
      expect(field(el, 'company').required).to.equal(false);
      expect(formOf(el)!.shadowRoot!.querySelector('[name="phone"]')).to.equal(null);
    });

    it('should take the mode from the attribute and the rest from config', async () => {
      const { mode: _mode, ...rest } = leadConfig('gate');
      const key = `attr-${++instances}`;
      finishedDraft(key);
      const el = await fixture<IsoReadiness>(
        html`<iso-readiness lead="gate" storage-key=${key} .config=${{ lead: rest }}></iso-readiness>`,
      );
      await settle(el);
      await clickButton(el.shadowRoot!, 'See my results');
      await settle(el);
      expect(reportOf(el).teaser).to.equal(true);
      expect(formOf(el)).to.exist;
    });
  });

  describe('optional', () => {
    it('should show the full report with the form after it', async () => {
      const el = await results({ lead: leadConfig('optional') });
      expect(reportOf(el).teaser).to.equal(false);
      expect(reportOf(el).shadowRoot!.querySelector('iso-readiness-phase-timeline')).to.exist;
      const form = formOf(el)!;
      expect(reportOf(el).compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(form.closest('[part=lead]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('should show no form when lead capture is off', async () => {
      const el = await results({});
      expect(formOf(el)).to.equal(null);
      expect(reportOf(el).teaser).to.equal(false);
    });
  });

  describe('one lead per send', () => {
    it('should fire readiness-lead and onLead exactly once on a repeated Enter, and POST once with its id', async () => {
      const seen = endpoint();
      const onLead = sinon.spy();
      const el = await results({ lead: leadConfig('optional'), onLead });
      const events = leadEvents(el);
      await fill(el);
      field(el, 'email').focus();
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => statusText(el).startsWith('Sent'), 'sent');
      // A second lead from the second Enter would be out and answered by now too.
      await allDelivered();
      expect(events).to.have.length(1);
      expect(onLead.callCount).to.equal(1);
      const lead: Lead = events[0]!.lead;
      expect(onLead.firstCall.args[0].lead).to.equal(lead);
      expect(seen).to.have.length(1);
      expect(seen[0]!.idempotencyKey).to.equal(lead.id);
      expect(JSON.parse(seen[0]!.body).id).to.equal(lead.id);
      expect(lead.widgetVersion).to.match(/^\d+\.\d+\.\d+/);
    });

    it('should send the scope the visitor narrowed to, never more', async () => {
      const seen = endpoint();
      const el = await results({ lead: leadConfig('optional') });
      const events = leadEvents(el);
      await fill(el);
      formOf(el)!.shadowRoot!.querySelector<HTMLInputElement>('input[name=scope][value=summary]')!.click();
      await send(el);
      await waitUntil(() => seen.length === 1, 'the webhook should receive the lead');
      const lead = events[0]!.lead;
      expect(lead.scope).to.equal('summary');
      const body = JSON.parse(seen[0]!.body) as Record<string, unknown>;
      expect(body.scope).to.equal('summary');
      expect(JSON.stringify(body.result)).not.to.contain('"answers"');
      expect(JSON.stringify(body.result)).not.to.contain('"domains"');
    });

    it('should say truthfully that it will retry, then that it sent', async () => {
      const seen = endpoint([{ status: 503 }, { status: 200 }]);
      const el = await results({ lead: leadConfig('optional') });
      const trail = statusTrail(el);
      await fill(el);
      await send(el);
      await waitUntil(() => statusText(el).startsWith('Sent'), 'sent after the retry');
      const retry = trail.findIndex((t) => t.startsWith('Not sent yet'));
      expect(retry, `a retry notice in ${JSON.stringify(trail)}`).to.be.greaterThan(-1);
      expect(trail.findIndex((t) => t.startsWith('Sent'))).to.be.greaterThan(retry);
      expect(formOf(el)!.shadowRoot!.querySelector('[part=status]')!.getAttribute('role')).to.equal('status');
      expect(seen).to.have.length(2);
      expect(new Set(seen.map((r) => r.idempotencyKey)).size).to.equal(1);
    });
  });

  describe('consent and privacy', () => {
    it('should send nothing anywhere before consent is given', async () => {
      const seen = endpoint();
      const onLead = sinon.spy();
      const el = await results({ lead: leadConfig('gate'), onLead });
      await fill(el, { consent: false });
      // The form refuses the send before any lead is built: nothing is stored, so nothing can go out later either
      // (and the webhook's count is checked again at the end, once the lead with consent has gone).
      await send(el);
      expect(field(el, 'consent').getAttribute('aria-invalid')).to.equal('true');
      expect(reportOf(el).teaser).to.equal(true);
      expect(onLead.called).to.equal(false);
      expect(seen).to.deep.equal([]);
      expect(traffic).to.deep.equal([]);
      expect(storedKeys().filter((k) => !k.includes(':draft:'))).to.deep.equal([]);

      field(el, 'consent').click();
      await send(el);
      await waitUntil(() => seen.length === 1, 'the lead goes out once consent is given');
      await allDelivered();
      expect(seen).to.have.length(1);
      expect(traffic).to.deep.equal([]);
    });

    it('should leave no iso-readiness: key in localStorage after forget(), and start again', async () => {
      endpoint([{ status: 503 }]);
      const el = await results({ lead: leadConfig('gate') });
      await fill(el);
      await send(el);
      await waitUntil(() => storedKeys().some((k) => k.includes(':outbox:')), 'the lead waits in the outbox');
      el.forget();
      await settle(el);
      expect(storedKeys()).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('[part=start-button]')).to.exist;
    });

    it('should offer a plain "Forget my data" button on the results that does the same', async () => {
      const el = await results({ lead: leadConfig('optional') });
      expect(storedKeys()).not.to.deep.equal([]);
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=forget] button')!;
      expect(button.textContent!.trim()).to.equal('Forget my data');
      button.click();
      await settle(el);
      expect(storedKeys()).to.deep.equal([]);
      expect(el.shadowRoot!.textContent).to.contain(
        'Your answers and details were removed from this browser.',
      );
    });
  });
});
