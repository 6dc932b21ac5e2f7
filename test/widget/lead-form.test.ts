import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import * as z from 'zod/mini';
import { LeadConfigSchema, type LeadConfig, type LeadConfigInput } from '../../src/schemas/lead.js';
import '../../widget/lead-form/lead-form.js';
import type {
  IsoReadinessLeadForm,
  LeadFormStatus,
  LeadSubmitDetail,
} from '../../widget/lead-form/lead-form.component.js';
import { LEAD_CONFIG } from '../support/leads.js';
import { allElements, deepActive } from './helpers.js';

const config = (overrides: Partial<LeadConfigInput> = {}): LeadConfig =>
  z.parse(LeadConfigSchema, { ...LEAD_CONFIG, minSecondsToComplete: 0, ...overrides });

const SMALL = config({
  fields: { name: 'required', email: 'required' },
  scope: 'contact',
  marketing: undefined,
});

async function mount(cfg: LeadConfig = config(), extra: Partial<IsoReadinessLeadForm> = {}) {
  const el = await fixture<IsoReadinessLeadForm>(
    html`<iso-readiness-lead-form .config=${cfg} consultancy="Example Consulting"></iso-readiness-lead-form>`,
  );
  Object.assign(el, extra);
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: IsoReadinessLeadForm, selector: string): T =>
  el.shadowRoot!.querySelector<T>(selector)!;
const input = (el: IsoReadinessLeadForm, name: string) => $<HTMLInputElement>(el, `[name="${name}"]`);

/** Asserts where focus is, comparing identities (a failing DOM diff can take the test browser down). */
function expectFocus(target: Element | null, what: string): void {
  const active = deepActive();
  expect(active === target, `focus should be on ${what}, is on ${active?.tagName ?? 'nothing'}`).to.equal(
    true,
  );
}

function fill(el: IsoReadinessLeadForm, values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) input(el, name).value = value;
}

async function submit(el: IsoReadinessLeadForm): Promise<void> {
  $<HTMLButtonElement>(el, 'button[type=submit]').click();
  await el.updateComplete;
}

/** Records `iso-readiness-lead-submit` events. */
function submissions(el: IsoReadinessLeadForm): LeadSubmitDetail[] {
  const seen: LeadSubmitDetail[] = [];
  el.addEventListener('iso-readiness-lead-submit', (e) => seen.push(e.detail));
  return seen;
}

describe('<iso-readiness-lead-form>', () => {
  describe('accessibility', () => {
    it('should be accessible in the gate and optional modes', async () => {
      await expect(await mount(config({ mode: 'gate' }))).to.be.accessible();
      await expect(await mount(config({ mode: 'optional' }))).to.be.accessible();
    });

    it('should be accessible with errors, while retrying, and once sent', async () => {
      const el = await mount();
      await submit(el);
      await expect(el).to.be.accessible();
      el.status = { state: 'retrying', nextAttemptAt: Date.now() + 4000 } as LeadFormStatus;
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.status = { state: 'sent' };
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('should give every contact field its autocomplete token, 16 px text and 24 px targets', async () => {
      const el = await mount();
      const expected: Record<string, string> = {
        name: 'name',
        email: 'email',
        company: 'organization',
        role: 'organization-title',
        phone: 'tel',
        companySize: 'off',
        message: 'off',
      };
      for (const [name, token] of Object.entries(expected)) {
        const field = input(el, name);
        expect(field.getAttribute('autocomplete'), name).to.equal(token);
        expect(parseFloat(getComputedStyle(field).fontSize), name).to.be.at.least(16);
        expect(el.shadowRoot!.querySelector(`label[for="${field.id}"]`), name).to.exist;
      }
      expect(input(el, 'email').type).to.equal('email');
      expect(input(el, 'phone').type).to.equal('tel');
      for (const box of el.shadowRoot!.querySelectorAll<HTMLInputElement>(
        'input[type=checkbox], input[type=radio]',
      )) {
        const rect = box.getBoundingClientRect();
        expect(rect.width).to.be.at.least(24);
        expect(rect.height).to.be.at.least(24);
      }
    });

    it('should be sendable with the keyboard alone', async () => {
      // A Lit fixture: a plain <div> one waits for an animation frame, which a background tab never gets.
      const el = await fixture<IsoReadinessLeadForm>(
        html`<iso-readiness-lead-form .config=${SMALL}></iso-readiness-lead-form>`,
      );
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      const seen = submissions(el);
      before.focus();

      await sendKeys({ press: 'Tab' });
      expectFocus(input(el, 'name'), 'name');
      await sendKeys({ type: 'Ada Lovelace' });
      await sendKeys({ press: 'Tab' });
      expectFocus(input(el, 'email'), 'email');
      await sendKeys({ type: 'ada@company.example' });
      await sendKeys({ press: 'Tab' });
      expectFocus(input(el, 'consent'), 'consent');
      await sendKeys({ press: ' ' });
      await sendKeys({ press: 'Tab' });
      expect((deepActive() as HTMLElement).getAttribute('part')).to.equal('privacy-link');
      await sendKeys({ press: 'Tab' });
      expect((deepActive() as HTMLElement).getAttribute('part')).to.equal('submit-button');
      await sendKeys({ press: 'Enter' });

      expect(seen).to.deep.equal([
        {
          contact: { name: 'Ada Lovelace', email: 'ada@company.example' },
          consent: { given: true, marketing: false },
          scope: 'contact',
        },
      ]);
    });
  });

  describe('validation', () => {
    it('should focus the first invalid field, mark it and announce the problem', async () => {
      const el = await mount();
      const seen = submissions(el);
      fill(el, { name: 'Ada', email: 'not-an-email' });
      await submit(el);
      await el.updateComplete;
      expect(seen).to.have.length(0);
      const email = input(el, 'email');
      expectFocus(email, 'email');
      expect(email.getAttribute('aria-invalid')).to.equal('true');
      const error = $(el, `#${email.getAttribute('aria-describedby')}`);
      expect(error.hidden).to.equal(false);
      expect(error.textContent).to.contain('email address');
      expect($(el, '[role=alert]').textContent).to.contain('There is a problem');
      // The visitor's value is never echoed into messages.
      expect(el.shadowRoot!.textContent).not.to.contain('not-an-email');
    });

    it('should count characters in code points', async () => {
      const el = await mount();
      fill(el, { name: '𝔄'.repeat(101), email: 'ada@company.example' });
      await submit(el);
      await el.updateComplete;
      expect($(el, `#${input(el, 'name').getAttribute('aria-describedby')}`).textContent).to.contain(
        'now 101',
      );
    });
  });

  describe('consent', () => {
    it('should leave consent and marketing unticked, and require consent', async () => {
      const el = await mount();
      const seen = submissions(el);
      expect(input(el, 'consent').checked).to.equal(false);
      expect(input(el, 'marketing').checked).to.equal(false);
      fill(el, { name: 'Ada', email: 'ada@company.example' });
      await submit(el);
      await el.updateComplete;
      expect(seen).to.have.length(0);
      expectFocus(input(el, 'consent'), 'consent');
      expect(input(el, 'consent').getAttribute('aria-invalid')).to.equal('true');

      input(el, 'consent').click();
      input(el, 'marketing').click();
      await submit(el);
      expect(seen).to.have.length(1);
      expect(seen[0]!.consent).to.deep.equal({ given: true, marketing: true });
    });

    it('should link the privacy policy in a new tab, safely', async () => {
      const el = await mount();
      const link = $<HTMLAnchorElement>(el, '[part=privacy-link]');
      expect(link.getAttribute('href')).to.equal('https://consultancy.example/privacy');
      expect(link.rel).to.contain('noopener');
      expect(link.target).to.equal('_blank');
    });
  });

  describe('what will be shared', () => {
    it('should offer the scopes within what was asked, the widest checked, and let the visitor narrow it', async () => {
      const el = await mount(config({ scope: 'summary' }));
      const seen = submissions(el);
      const radios = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name=scope]')];
      expect(radios.map((r) => r.value)).to.deep.equal(['contact', 'summary']);
      expect(radios.find((r) => r.checked)?.value).to.equal('summary');
      radios[0]!.click();
      fill(el, { name: 'Ada', email: 'ada@company.example' });
      input(el, 'consent').click();
      await submit(el);
      expect(seen[0]!.scope).to.equal('contact');
    });

    it('should never widen the scope, even if the page tampers with a radio', async () => {
      const el = await mount(config({ scope: 'summary' }));
      const seen = submissions(el);
      const radio = el.shadowRoot!.querySelector<HTMLInputElement>('input[name=scope][value=summary]')!;
      radio.value = 'full';
      fill(el, { name: 'Ada', email: 'ada@company.example' });
      input(el, 'consent').click();
      await submit(el);
      expect(seen[0]!.scope).to.equal('summary');
    });
  });

  describe('a gate that shows value', () => {
    it('should name the reward on its button behind the gate, and let the consultancy override it', async () => {
      let el = await mount(config({ mode: 'gate' }));
      expect($(el, 'button[type=submit]').textContent!.trim()).to.equal('Show my full report');
      el = await mount(config({ mode: 'gate', submitLabel: 'Open my report' }));
      expect($(el, 'button[type=submit]').textContent!.trim()).to.equal('Open my report');
      el = await mount(config({ mode: 'optional' }));
      expect($(el, 'button[type=submit]').textContent!.trim()).to.equal('Send my details');
    });

    it('should say what happens next', async () => {
      const el = await mount(config({ mode: 'gate' }));
      expect($(el, '.lead-form__intro').textContent).to.contain('opens here as soon as you send this');
    });

    it('should keep the sharing choice to one line, its details on demand', async () => {
      const el = await mount(config({ scope: 'full' }));
      const share = $<HTMLDetailsElement>(el, 'details[part=share]');
      expect(share.open).to.equal(false);
      expect(share.querySelector('summary')!.textContent).to.contain('My contact details and my full report');
    });

    it('should send the company size the answers gave instead of asking for it', async () => {
      const el = await mount(
        config({ fields: { name: 'required', email: 'required', companySize: 'optional' } }),
        {
          companySize: '50-249',
        },
      );
      const seen = submissions(el);
      expect(el.shadowRoot!.querySelector('select[name=companySize]')).to.equal(null);
      fill(el, { name: 'Ada', email: 'ada@company.example' });
      input(el, 'consent').click();
      await submit(el);
      expect(seen[0]!.contact.companySize).to.equal('50-249');
    });

    it('should put a person behind the form', async () => {
      const el = await mount(config({ mode: 'gate' }), {
        person: { name: 'Dana Fischer', role: 'Lead auditor', photoUrl: 'https://example.com/dana.jpg' },
      });
      const person = $(el, '[part=person]');
      expect(person.textContent).to.contain('Dana Fischer');
      expect(person.textContent).to.contain('Lead auditor');
      expect(person.querySelector('img')!.getAttribute('src')).to.equal('https://example.com/dana.jpg');
      await expect(el).to.be.accessible();
    });
  });

  describe('spam and double submits', () => {
    it('should block a filled honeypot, which people never see or reach', async () => {
      const el = await mount();
      const seen = submissions(el);
      const trap = input(el, 'hp_website');
      expect(trap.tabIndex).to.equal(-1);
      expect(trap.getAttribute('autocomplete')).to.equal('off');
      expect(trap.closest('[aria-hidden="true"]')).to.exist;
      fill(el, { name: 'Ada', email: 'ada@company.example', hp_website: 'https://spam.example' });
      input(el, 'consent').click();
      const blocked = oneEvent(el, 'iso-readiness-lead-blocked');
      await submit(el);
      expect((await blocked).detail.reason).to.equal('honeypot');
      expect(seen).to.have.length(0);
    });

    it('should ask a form sent faster than a person types to be sent again', async () => {
      let now = 1_000_000;
      const el = await fixture<IsoReadinessLeadForm>(
        html`<iso-readiness-lead-form
          .clock=${() => now}
          .config=${config({ minSecondsToComplete: 3 })}
        ></iso-readiness-lead-form>`,
      );
      const seen = submissions(el);
      fill(el, { name: 'Ada', email: 'ada@company.example' });
      input(el, 'consent').click();
      now += 500;
      await submit(el);
      expect(seen).to.have.length(0);
      expect($(el, '[role=alert]').textContent).to.contain('That was quick');
      await submit(el);
      expect(seen).to.have.length(1);
    });

    it('should send once on repeated Enter or clicks', async () => {
      const el = await mount(SMALL);
      const seen = submissions(el);
      fill(el, { name: 'Ada', email: 'ada@company.example' });
      input(el, 'consent').click();
      input(el, 'email').focus();
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Enter' });
      await submit(el);
      expect(seen).to.have.length(1);
      const button = $<HTMLButtonElement>(el, 'button[type=submit]');
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(button.textContent).to.contain('Sending');
    });

    it('should let the visitor send again only once delivery is refused', async () => {
      const el = await mount(SMALL);
      const seen = submissions(el);
      fill(el, { name: 'Ada', email: 'ada@company.example' });
      input(el, 'consent').click();
      await submit(el);
      el.status = { state: 'failed', willRetry: true };
      await submit(el);
      expect(seen).to.have.length(1);
      el.status = { state: 'failed', willRetry: false };
      await el.updateComplete;
      await submit(el);
      expect(seen).to.have.length(2);
    });
  });

  describe('status', () => {
    it('should say truthfully whether the details are sending, retrying, saved or sent', async () => {
      const el = await mount();
      const status = () => $(el, '[part=status]').textContent!.trim();
      el.status = { state: 'sending' };
      await el.updateComplete;
      expect(status()).to.contain('Sending');
      el.status = { state: 'retrying', nextAttemptAt: Date.UTC(2025, 0, 1, 9, 30, 5) };
      await el.updateComplete;
      expect(status()).to.contain('Trying again at').and.to.contain('saved in this browser');
      el.persistent = false;
      await el.updateComplete;
      expect(status()).not.to.contain('saved in this browser');
      // A 429 or a 5xx is what the server said, not a failed connection; a long wait offers another way.
      const at = Date.UTC(2025, 0, 1, 9, 30, 5);
      el.status = { state: 'retrying', nextAttemptAt: at, attempt: 1, cause: { kind: 'http', status: 429 } };
      await el.updateComplete;
      expect(status()).to.contain('asked us to wait').and.not.to.contain('connection');
      el.status = { state: 'retrying', nextAttemptAt: at, attempt: 7, cause: { kind: 'http', status: 503 } };
      await el.updateComplete;
      expect(status())
        .to.contain('not answering')
        .and.to.contain('download your results and contact Example Consulting');
      el.status = { state: 'queued', reason: 'offline' };
      await el.updateComplete;
      expect(status()).to.contain('offline');
      el.status = { state: 'failed', willRetry: false };
      await el.updateComplete;
      expect(status()).to.contain('refused');
      el.status = { state: 'sent' };
      await el.updateComplete;
      expect(status()).to.contain('Example Consulting has your details');
      expect(el.shadowRoot!.querySelector('form')).to.equal(null);
    });

    it('should give way to one line once sent, and keep focus on it', async () => {
      const el = await mount(SMALL);
      input(el, 'email').focus();
      el.status = { state: 'sent' };
      await el.updateComplete;
      // The report's banner says what happens next: here, no heading or box that repeats it.
      expect(el.shadowRoot!.querySelector('h2')).to.equal(null);
      expect(el.getAttribute('data-state')).to.equal('sent');
      expectFocus($(el, '[part=status]'), 'the line that says it was sent');
      await expect(el).to.be.accessible();
    });
  });

  describe('hostile consultancy strings', () => {
    it('should render them as text and create no element from them', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>\u202Eevil';
      const cfg = {
        ...config(),
        consent: { text: hostile, version: '1', privacyPolicyUrl: 'javascript:window.__pwned=1' },
        marketing: { text: `<b>${hostile}</b>` },
      } as LeadConfig;
      const el = await mount(cfg);
      el.consultancy = '<a href="javascript:alert(1)">x</a>';
      el.status = { state: 'sent' };
      await el.updateComplete;
      el.status = { state: 'idle' };
      await el.updateComplete;
      const tags = allElements(el.shadowRoot!).map((e) => e.tagName.toLowerCase());
      for (const tag of ['img', 'script', 'b', 'a']) expect(tags).not.to.include(tag);
      expect(el.shadowRoot!.textContent).to.contain(hostile);
      expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
    });
  });
});
