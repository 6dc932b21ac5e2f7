// The unlocked report's height before anything is expanded. It runs on its own (npm run test:browser runs it after
// the rest): beside another test page it stopped part-way, which it does not alone.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../widget/index.js';
import type { IsoReadiness, IsoReadinessConfig } from '../../widget/iso-readiness/iso-readiness.component.js';
import type { IsoReadinessLeadForm } from '../../widget/lead-form/lead-form.component.js';
import type { IsoReadinessResults } from '../../widget/results/results.component.js';
import { next, questionOf, settle, typicalAnswer } from './helpers.js';

/** Answers as the typical visitor until the results show. */
async function walkTypical(el: IsoReadiness): Promise<void> {
  for (let guard = 0; questionOf(el) && guard < 40; guard++) {
    const q = questionOf(el)!;
    for (const value of typicalAnswer(el)) {
      q.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${value}"]`)!.click();
      await settle(el);
    }
    await next(el);
  }
}

/** Resizes the page where the browser's driver can (WebKit's WebDriver cannot): whether it did. */
const resize = (width: number, height: number): Promise<boolean> =>
  setViewport({ width, height }).then(
    () => true,
    () => false,
  );

describe('<iso-readiness> the unlocked report before anything is expanded', () => {
  afterEach(async () => {
    fixtureCleanup();
    document.body.style.margin = '';
    await resize(800, 600);
  });

  // The default embed on a consultancy's page (as `npm run bench:report` serves it): the lead gate, a booking
  // link, the page's column 760 px wide. Measured after Send, with the banner on top.
  const CONFIG: IsoReadinessConfig = {
    branding: { consultancy: 'Northbridge Assurance' },
    cta: { url: 'https://example.com/book', label: 'Book a free 30-minute review' },
    lead: {
      mode: 'gate',
      fields: { name: 'required', email: 'required' },
      consent: {
        text: 'Northbridge Assurance may contact me about my results.',
        version: '2026-01',
        privacyPolicyUrl: 'https://example.com/privacy',
      },
      minSecondsToComplete: 0,
    },
  };
  // The page's column is 760 px wide from a 784 px window up, and the report lays out by its container (and by
  // media queries below 40rem only): the test window's default 800 px gives the layout of 1280×900. The phone's
  // size is set where the driver can.
  const TARGETS = [
    { width: 1280, height: 900, most: 3500, resize: false },
    { width: 390, height: 844, most: 7000, resize: true },
  ];

  it('should stay within 3,500 px at 1280×900 and 7,000 px at 390×844 in en, de and fr', async function () {
    // A whole walk, the gate, then three languages at two sizes: longer than one screen's test on a loaded machine.
    this.timeout(90_000);
    const page = await fixture<HTMLElement>(
      html`<main><iso-readiness skip-intro storage="off" .config=${CONFIG}></iso-readiness></main>`,
    );
    Object.assign(page.style, { maxWidth: '760px', margin: '0 auto', padding: '24px 12px' });
    document.body.style.margin = '0';
    const el = page.querySelector<IsoReadiness>('iso-readiness')!;
    await settle(el);
    await walkTypical(el);
    await waitUntil(() => el.shadowRoot!.querySelector('iso-readiness-lead-form'), 'no lead form');
    await settle(el);
    const form = el.shadowRoot!.querySelector<IsoReadinessLeadForm>('iso-readiness-lead-form')!;
    const field = (name: string) => form.shadowRoot!.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
    field('name').value = 'Dana Fischer';
    field('email').value = 'dana@example.com';
    field('consent').click();
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    const report = () => el.shadowRoot!.querySelector<IsoReadinessResults>('iso-readiness-results')!;
    await waitUntil(() => report().shadowRoot!.querySelector('[part=banner]'), 'the gate did not open');
    for (const locale of ['en', 'de', 'fr']) {
      el.locale = locale;
      await waitUntil(() => report().t?.locale === locale, `no ${locale} report`);
      for (const { width, height, most, resize: phone } of TARGETS) {
        // The phone's size, or the test window's own 800 px for the desktop's 760 px column (736 px inside).
        await resize(phone ? width : 800, phone ? height : 600);
        expect(el.getBoundingClientRect().width, `${locale} at ${width}`).to.equal(phone ? width - 24 : 736);
        await settle(el);
        const tall = Math.round(report().getBoundingClientRect().height);
        expect(tall, `${locale} at ${width}×${height}`).to.be.at.most(most);
        // Nothing is open that a visitor did not open.
        expect(report().shadowRoot!.querySelectorAll('details[open]'), locale).to.have.length(0);
      }
    }
  });
});
