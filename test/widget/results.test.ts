import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import sinon from 'sinon';
import { en } from '../../src/i18n/en/index.js';
import { painted } from '../../widget/internal/after-paint.js';
import '../../widget/results/results.js';
import type { IsoReadinessResults } from '../../widget/results/results.component.js';
import { sampleResult } from './fixtures.js';

describe('<iso-readiness-results>', () => {
  const result = sampleResult();
  const mount = (cta: { url: string; label?: string } | null = null) =>
    fixture<IsoReadinessResults>(
      html`<iso-readiness-results .result=${result} .t=${en} .cta=${cta}></iso-readiness-results>`,
    );

  it('should lead each standard with its readiness as a whole number, claim against requirement, and what it means', async () => {
    const el = await mount();
    const root = el.shadowRoot!;
    const gauges = [...root.querySelectorAll('[part=gauge]')];
    const applying = result.scope.filter((s) => result.classification[s]!.applies);
    expect(gauges).to.have.length(applying.length);
    applying.forEach((s, i) => {
      const c = result.classification[s]!;
      expect(gauges[i]!.textContent).to.contain(`${Math.floor(c.readiness!)}\u00a0%`);
      expect(gauges[i]!.querySelector('line')!.getAttribute('x1')).to.equal(String(c.thresholds!.aligned));
    });
    const text = root.textContent!;
    for (const s of applying) {
      expect(text).to.contain(en.claims[result.classification[s]!.claim]);
      expect(text).to.contain(en.requirements[result.classification[s]!.requirement]);
    }
    // The tiles say claim and requirement; the sentence under them says what that means, not the same again.
    const sentences = [...root.querySelectorAll('[part=headline]')].map((h) => h.textContent!.trim());
    for (const s of applying) expect(sentences).not.to.include(result.classification[s]!.headline);
  });

  it('should use whole-number percentages with a no-break space, and say no paragraph twice', async () => {
    const el = await mount();
    const root = el.shadowRoot!;
    const charts = [...root.querySelectorAll('iso-readiness-domain-chart')].map(
      (c) => c.shadowRoot!.textContent,
    );
    const text = [root.textContent, ...charts].join(' ');
    expect(text).not.to.match(/\d[.,]\d+\s*%/);
    expect(text).not.to.match(/\d[ \t\n]+%/);
    const paragraphs = [...root.querySelectorAll('p, li')]
      .map((p) => p.textContent!.replace(/\s+/g, ' ').trim())
      .filter((p) => p.length > 30);
    expect(new Set(paragraphs).size).to.equal(paragraphs.length);
  });

  it('should show the top three reasons and keep the rest behind "show the full reasoning"', async () => {
    const el = await mount();
    const section = el.shadowRoot!.querySelector('[aria-labelledby=reasons]')!;
    const visible = section.querySelectorAll(':scope > ul > li');
    expect(visible).to.have.length(3);
    const more = section.querySelector('details')!;
    expect(more.open).to.equal(false);
    const reuse = result.recommendation.reuse?.text;
    const all = [...section.querySelectorAll('li')].map((li) => li.textContent!.trim());
    for (const r of result.recommendation.rationale)
      if (r.text !== reuse && !r.id.startsWith('costs.band.')) expect(all).to.include(r.text);
  });

  it('should list only actions under what stands between you and the next step', async () => {
    const el = await mount();
    const list = el.shadowRoot!.querySelector('[aria-labelledby=blockers]')!.textContent!;
    for (const s of result.scope)
      for (const b of result.classification[s]!.blockers) {
        const metric = b.id === 'readiness-below-threshold' || b.id.startsWith('low-domain.');
        expect(list.includes(b.text), b.id).to.equal(!metric);
      }
  });

  it('should show the path and next steps exactly as the result has them', async () => {
    const el = await mount();
    const text = el.shadowRoot!.textContent!;
    for (const s of result.recommendation.nextSteps) expect(text).to.contain(s.text);
    const timeline = el.shadowRoot!.querySelector('iso-readiness-phase-timeline')!;
    expect(timeline.phases).to.equal(result.recommendation.phases);
  });

  it('should render the call to action as a safe link, and none without one', async () => {
    let el = await mount({ url: 'https://example.com/book' });
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part=cta-link]')!;
    expect(link.textContent).to.contain(en.ui.results.ctaDefault);
    expect(link.target).to.equal('_blank');
    el = await mount({ url: 'javascript:alert(1)' });
    expect(el.shadowRoot!.querySelector('[part=cta-link]')).to.equal(null);
  });

  it('should download the result as JSON through an object URL', async () => {
    const el = await mount();
    const create = sinon.spy(URL, 'createObjectURL');
    const click = sinon.stub(HTMLAnchorElement.prototype, 'click');
    try {
      [...el.shadowRoot!.querySelectorAll('button')]
        .find((b) => b.textContent!.includes('Download JSON'))!
        .click();
      expect(create.calledOnce).to.equal(true);
      const blob = create.firstCall.args[0] as Blob;
      expect(blob.type).to.equal('application/json');
      expect(JSON.parse(await blob.text())).to.deep.equal(result);
      expect(click.calledOnce).to.equal(true);
    } finally {
      sinon.restore();
    }
  });

  it('should print through the browser with only the report visible', async () => {
    const el = await mount();
    const print = sinon.stub(window, 'print').callsFake(() => {
      expect(el.hasAttribute('data-readiness-printing')).to.equal(true);
      expect(document.adoptedStyleSheets.length).to.be.greaterThan(0);
    });
    try {
      [...el.shadowRoot!.querySelectorAll('button')]
        .find((b) => b.textContent!.includes('Save as PDF'))!
        .click();
      expect(print.calledOnce).to.equal(true);
      window.dispatchEvent(new Event('afterprint'));
      expect(el.hasAttribute('data-readiness-printing')).to.equal(false);
    } finally {
      sinon.restore();
    }
  });

  describe('the report as it appears', () => {
    it('should paint its top first (heading, verdicts, first action) and the parts below after that paint', async () => {
      const el = document.createElement('iso-readiness-results') as IsoReadinessResults;
      el.t = en;
      el.cta = { url: 'https://example.com/book' };
      el.result = result;
      document.body.append(el);
      try {
        // The update that answers the click (a task later, before any paint has let the rest in): the top only.
        await new Promise((resolve) => setTimeout(resolve));
        const root = el.shadowRoot!;
        expect(el.isUpdatePending).to.equal(false);
        expect(root.querySelectorAll('[part=gauge]').length).to.be.greaterThan(0);
        expect(root.querySelector('[part~=cta]')).not.to.equal(null);
        expect(root.querySelector('[part=path]')).to.equal(null);
        // `updateComplete` holds until the rest is in.
        await el.updateComplete;
        expect(root.querySelector('[part=path]')).not.to.equal(null);
        expect(root.querySelector('[part=actions]')).not.to.equal(null);
      } finally {
        el.remove();
      }
    });

    it('should do the same when the gate opens, and not when only the banner comes', async () => {
      const el = await fixture<IsoReadinessResults>(
        html`<iso-readiness-results teaser .result=${result} .t=${en}></iso-readiness-results>`,
      );
      const root = el.shadowRoot!;
      el.teaser = false;
      el.sent = true;
      // One update: the banner and the verdicts, nothing below yet.
      await new Promise((resolve) => setTimeout(resolve));
      expect(root.querySelector('[part=banner]')).not.to.equal(null);
      expect(root.querySelector('[part=path]')).to.equal(null);
      await el.updateComplete;
      expect(root.querySelector('[part=path]')).not.to.equal(null);
      el.delivered = true;
      await new Promise((resolve) => setTimeout(resolve));
      expect(root.querySelector('[part=path]')).not.to.equal(null);
    });

    it('should render a result that replaces one on screen whole, so nothing the visitor reads moves', async () => {
      const el = await mount();
      const root = el.shadowRoot!;
      el.result = structuredClone(result);
      await new Promise((resolve) => setTimeout(resolve));
      expect(root.querySelector('[part=path]')).not.to.equal(null);
      expect(root.querySelector('[part=actions]')).not.to.equal(null);
    });
  });

  describe('calls to action', () => {
    it('should place the booking action beside the verdict, after the path, at the end and sticky on a phone', async () => {
      const el = await mount({ url: 'https://example.com/book' });
      const boxes = [...el.shadowRoot!.querySelectorAll('[part=cta]')].map((b) => b.className);
      expect(boxes.map((c) => c.match(/cta--(\w+)/)![1])).to.deep.equal(['hero', 'path', 'end']);
      expect(el.shadowRoot!.querySelector('[part=sticky-cta]')).not.to.equal(null);
      // The first screen: the booking action comes before the path.
      const hero = el.shadowRoot!.querySelector('.cta--hero')!;
      const path = el.shadowRoot!.querySelector('[part=path]')!;
      expect(hero.compareDocumentPosition(path) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    });

    it('should show the sticky action once the first one has scrolled off the top, and hide it on the way back', async () => {
      const el = await mount({ url: 'https://example.com/book' });
      const sticky = el.shadowRoot!.querySelector<HTMLElement>('[part=sticky-cta]')!;
      // The browser sends `scroll` with the next animation frame, which a test page in the background may not get
      // for a long time: the event is sent here as well (the position has moved already), then the render awaited.
      const scrollTo = async (y: number) => {
        window.scrollTo(0, y);
        document.dispatchEvent(new Event('scroll'));
        await el.updateComplete;
      };
      expect(sticky.hidden).to.equal(true);
      const hero = el.shadowRoot!.querySelector('.cta--hero')!;
      await scrollTo(hero.getBoundingClientRect().bottom + window.scrollY + 200);
      expect(sticky.hidden).to.equal(false);
      await scrollTo(0);
      expect(sticky.hidden).to.equal(true);
    });

    it('should follow cta.placements and show a secondary action', async () => {
      const el = await fixture<IsoReadinessResults>(
        html`<iso-readiness-results
          .result=${result}
          .t=${en}
          .cta=${{
            url: 'https://example.com/book',
            placements: ['end'],
            secondary: { url: 'https://example.com/gap', label: 'Start the full gap assessment' },
          }}
        ></iso-readiness-results>`,
      );
      const boxes = el.shadowRoot!.querySelectorAll('[part=cta]');
      expect(boxes).to.have.length(1);
      expect(boxes[0]!.className).to.contain('cta--end');
      const secondary = boxes[0]!.querySelector<HTMLAnchorElement>('[part=cta-secondary]')!;
      expect(secondary.href).to.equal('https://example.com/gap');
      expect(secondary.textContent).to.contain('Start the full gap assessment');
      expect(el.shadowRoot!.querySelector('[part=sticky-cta]')).to.equal(null);
    });
  });

  describe('behind the lead gate', () => {
    const teaser = () =>
      fixture<IsoReadinessResults>(
        html`<iso-readiness-results
          teaser
          .result=${result}
          .t=${en}
          .cta=${{ url: 'https://example.com/book' }}
        ></iso-readiness-results>`,
      );

    it("should show each standard's readiness number and a locked preview, but not the rest", async () => {
      const el = await teaser();
      const root = el.shadowRoot!;
      for (const s of result.scope.filter((id) => result.classification[id]!.applies))
        expect(root.textContent).to.contain(`${Math.floor(result.classification[s]!.readiness!)}\u00a0%`);
      expect(root.querySelector('[part=teaser]')!.textContent).to.contain(en.ui.results.lockedPath);
      expect(root.querySelector('[part=path]')).to.equal(null);
      expect(root.querySelector('iso-readiness-domain-chart')).to.equal(null);
    });

    it('should be accessible', async () => {
      await expect(await teaser()).to.be.accessible();
    });
  });

  describe('what the consultancy decides', () => {
    it('should hide and reorder sections as report.sections says, and show its own section', async () => {
      const el = await fixture<IsoReadinessResults>(
        html`<iso-readiness-results
          .result=${result}
          .t=${en}
          .report=${{
            sections: ['own', 'path', 'reasons'],
            own: { heading: 'How Acme helps', paragraphs: ['A readiness sprint in six weeks.'] },
          }}
        ></iso-readiness-results>`,
      );
      const root = el.shadowRoot!;
      const ids = [...root.querySelectorAll('section')].map(
        (s) => s.getAttribute('part') ?? s.getAttribute('aria-labelledby'),
      );
      expect(ids).to.deep.equal(['own-section', 'path', 'reasons']);
      expect(root.querySelector('[part=own-section]')!.textContent).to.contain('How Acme helps');
      expect(root.querySelector('[aria-labelledby=costs]')).to.equal(null);
      expect(root.querySelector('[aria-labelledby=regulatory]')).to.equal(null);
      expect(root.querySelector('[part=alternatives]')).to.equal(null);
    });

    it('should take its own section from the report slot', async () => {
      const el = await fixture<IsoReadinessResults>(
        html`<iso-readiness-results .result=${result} .t=${en}
          ><div slot="report"><h3>How Acme helps</h3></div></iso-readiness-results
        >`,
      );
      await el.updateComplete;
      const section = el.shadowRoot!.querySelector('[part=own-section]')!;
      const slot = section.querySelector<HTMLSlotElement>('slot[name=report]')!;
      expect(slot.assignedElements()[0]!.textContent).to.contain('How Acme helps');
    });

    it('should print the consultancy, the client and the date, and keep notices off paper', async () => {
      const el = await fixture<IsoReadinessResults>(
        html`<iso-readiness-results
          .result=${result}
          .t=${en}
          client="Kestrel Analytics"
          .branding=${{ consultancy: 'Acme Assurance', contact: { name: 'Dana Fischer', role: 'Lead auditor' } }}
        ></iso-readiness-results>`,
      );
      const header = el.shadowRoot!.querySelector('[part=print-header]')!;
      expect(header.classList.contains('print-only')).to.equal(true);
      expect(header.textContent).to.contain('Prepared for Kestrel Analytics');
      expect(header.textContent).to.contain('Prepared by Acme Assurance');
      expect(header.textContent).to.contain(String(new Date().getFullYear()));
      expect(el.shadowRoot!.querySelector('[part=prepared-by]')!.textContent).to.contain('Dana Fischer');
      expect(el.shadowRoot!.querySelector('[part=actions]')!.classList.contains('no-print')).to.equal(true);
    });
  });

  describe('any print of the page (Ctrl+P too)', () => {
    // The @page rules of the widget's own layer (the host page's are its own business).
    const pageRules = () =>
      document.adoptedStyleSheets.flatMap((sheet) =>
        [...sheet.cssRules]
          .filter((r) => r instanceof CSSLayerBlockRule && r.name === 'iso-readiness-print')
          .flatMap((r) => [...(r as CSSLayerBlockRule).cssRules]),
      );
    // Margin boxes (the page number itself) are Chromium's (131+); other engines keep the rest of the @page rule.
    const chromium = navigator.userAgent.includes('Chrome/');
    const numbered = () =>
      pageRules().some(
        (r) => r instanceof CSSPageRule && (!chromium || r.cssText.includes('counter(pages)')),
      );
    // Print media where the runner can emulate it (Chromium); false where it cannot (WebDriver).
    const emulate = (media: 'print' | 'screen') =>
      emulateMedia({ media }).then(
        () => true,
        () => false,
      );

    afterEach(() => emulate('screen'));

    it('should number the pages from the document while the report shows, and stop when it goes', async () => {
      // Arrange: the host page's own sheets, an @page rule among them.
      const own = new CSSStyleSheet();
      own.replaceSync('@page { margin: 30mm; } body { color: rgb(1, 2, 3); }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, own];
      try {
        // Act
        const el = await mount();
        const second = await mount();

        // Assert: one sheet for both reports, after the host's, in a layer its unlayered @page rule beats.
        expect(numbered(), 'page numbers while the report shows').to.equal(true);
        const added = document.adoptedStyleSheets.filter((s) => s !== own);
        expect(added).to.have.length(1);
        expect(document.adoptedStyleSheets.indexOf(own)).to.be.lessThan(
          document.adoptedStyleSheets.indexOf(added[0]!),
        );
        expect(added[0]!.cssRules[0]).to.be.instanceOf(CSSLayerBlockRule);
        el.remove();
        expect(numbered(), 'kept while another report shows').to.equal(true);
        second.remove();
        expect(numbered(), 'gone with the last report').to.equal(false);
        expect(document.adoptedStyleSheets).to.deep.equal([own]);
      } finally {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== own);
      }
    });

    it('should print the branded header and keep the on-screen parts off paper', async () => {
      const el = await fixture<IsoReadinessResults>(
        html`<iso-readiness-results
          .result=${result}
          .t=${en}
          .cta=${{ url: 'https://example.com/book' }}
          .branding=${{ consultancy: 'Acme Assurance' }}
        ></iso-readiness-results>`,
      );
      const shown = (selector: string) =>
        getComputedStyle(el.shadowRoot!.querySelector(selector)!).display !== 'none';
      expect(shown('[part=print-header]'), 'no header on screen').to.equal(false);

      expect(numbered()).to.equal(true);

      if (await emulate('print')) {
        expect(shown('[part=print-header]'), 'the header on paper').to.equal(true);
        expect(shown('[part=cta]'), 'no call to action on paper').to.equal(false);
        expect(shown('[part=actions]'), 'no buttons on paper').to.equal(false);
      } else {
        // Without print emulation: the rules that do it are in the report's styles.
        const media = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) =>
          [...sheet.cssRules].filter((r) => r instanceof CSSMediaRule && r.conditionText === 'print'),
        );
        expect(media.map((r) => r.cssText).join())
          .to.contain('.print-only')
          .and.to.contain('.no-print');
      }
    });
  });

  describe('after the lead form is sent', () => {
    it('should bring the top of the report into view with a banner: what happens next, book now, save as PDF', async () => {
      const el = await fixture<IsoReadinessResults>(
        html`<iso-readiness-results
          .result=${result}
          .t=${en}
          .cta=${{ url: 'https://example.com/book' }}
          .branding=${{ consultancy: 'Acme Assurance' }}
          .thankYou=${{ text: 'Dana will email you within one working day.' }}
        ></iso-readiness-results>`,
      );
      const scroll = sinon.stub(el, 'scrollIntoView');
      try {
        el.sent = true;
        await el.updateComplete;
        const banner = el.shadowRoot!.querySelector<HTMLElement>('[part=banner]')!;
        expect(banner.textContent).to.contain('Dana will email you within one working day.');
        expect(banner.textContent).to.contain(en.ui.results.bookNow);
        expect(banner.textContent).to.contain(en.ui.results.print);
        // The banner's booking link is the first screen's: the one beside the verdict would repeat it.
        expect(el.shadowRoot!.querySelector('.cta--hero')).to.equal(null);
        const booking = [...el.shadowRoot!.querySelectorAll('a')].filter(
          (a) => a.href === 'https://example.com/book',
        );
        expect(booking.length, 'after the path and at the end still').to.be.at.least(3);
        // Scrolled in the frame that shows it, focused once it is painted, without a second scroll.
        await painted();
        expect(scroll.calledOnceWith({ block: 'start' })).to.equal(true);
        expect(el.shadowRoot!.activeElement).to.equal(banner);
        await expect(el).to.be.accessible();
      } finally {
        sinon.restore();
      }
    });
  });

  it('should be accessible', async () => {
    const el = await mount({ url: 'https://example.com/book', label: 'Book a review' });
    await expect(el).to.be.accessible();
  });
});
