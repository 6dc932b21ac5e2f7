import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { expect } from 'chai';
import { html } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import sinon from 'sinon';
import { ui as de } from '../../src/i18n/de/ui.js';
import { ui as en } from '../../src/i18n/en/ui.js';

describe('iso-readiness/widget in Node (server-side rendering)', () => {
  it('should import without a DOM and without touching window or document', async () => {
    expect(typeof (globalThis as { window?: unknown }).window).to.equal('undefined');
    const widget = await import('../../widget/index.js');
    expect(widget.IsoReadiness).to.be.a('function');
  });

  it('should export the classes side-effect free from widget/element', async () => {
    const element = await import('../../widget/element.js');
    expect(element.IsoReadinessResults).to.be.a('function');
  });
});

// What Astro's Lit integration and other Lit SSR setups do: `@lit-labs/ssr` renders the element, with its
// declarative shadow DOM, in Node.
describe('<iso-readiness> rendered by @lit-labs/ssr', () => {
  let logged: sinon.SinonStub[] = [];

  /** The server's HTML for one element with these attributes (written as a page template would). */
  const serverRender = (attributes: string): Promise<string> =>
    collectResult(render(staticHtml`<iso-readiness ${unsafeStatic(attributes)}></iso-readiness>`));
  /** The text a visitor sees before scripts run: styles, markers and tags left out. */
  const visible = (markup: string): string =>
    markup
      .replace(/<style>[\s\S]*?<\/style>/g, '')
      .replace(/<!--[\s\S]*?-->|<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');

  before(async () => {
    await import('../../widget/index.js');
  });
  beforeEach(() => {
    logged = [sinon.stub(console, 'warn'), sinon.stub(console, 'error')];
  });
  afterEach(() => sinon.restore());

  it('should render the intro into a declarative shadow root, with its states in data-state', async () => {
    const markup = await serverRender('standards="iso27001"');
    expect(markup).to.match(
      /<iso-readiness +standards="iso27001" data-state="light inline"><template shadowroot="open" shadowrootmode="open"><style>/,
    );
    const text = visible(markup);
    expect(text).to.contain(en.intro.headingOne.replace('{standard}', 'ISO/IEC 27001'));
    expect(text).to.contain(en.intro.privacy);
    expect(markup).to.contain('part="start-button"');
    // No storage on a server says nothing about the visitor's browser: no "cannot be saved" notice.
    expect(text).not.to.contain(en.notices.unsaved);
    expect(logged.flatMap((stub) => stub.args)).to.deep.equal([]);
  });

  it('should render page after page alike, with no draft key claimed or warned about', async () => {
    const first = await serverRender('standards="iso27001 iso42001"');
    const later = await Promise.all([1, 2, 3].map(() => serverRender('standards="iso27001 iso42001"')));
    expect(later).to.deep.equal([first, first, first]);
    expect(logged.flatMap((stub) => stub.args)).to.deep.equal([]);
  });

  it('should render the first question and its progress with skip-intro, and the dialog in popup mode', async () => {
    const question = await serverRender('skip-intro standards="iso27001"');
    expect(question).to.match(
      /<iso-readiness-progress\s[^>]*part="progress"[^>]*><template [^>]*shadowrootmode="open"/,
    );
    expect(question).to.match(
      /<iso-readiness-question\s[^>]*part="question"[^>]*><template [^>]*shadowrootmode="open"/,
    );
    expect(visible(question)).not.to.contain(en.notices.unsaved);
    const popup = await serverRender('mode="popup" trigger="#check"');
    expect(popup).to.contain('data-state="light popup"');
    expect(popup).to.contain('part="dialog"');
    expect(popup).not.to.contain('part="error"');
    expect(logged.flatMap((stub) => stub.args)).to.deep.equal([]);
  });

  it('should render in a language the server has loaded', async () => {
    const { loadTranslation } = await import('../../sdk/i18n.js');
    await loadTranslation('de');
    const text = visible(await serverRender('locale="de"'));
    expect(text).to.contain(de.intro.heading);
    expect(text).not.to.contain(de.notices.unsaved);
  });

  it('should render inside a page template', async () => {
    const page = await collectResult(
      render(
        html`<main lang="en">
          <h1>Readiness</h1>
          <iso-readiness theme="dark"></iso-readiness>
        </main>`,
      ),
    );
    expect(page).to.contain('data-state="dark inline"');
    expect(page).to.contain('shadowrootmode="open"');
  });
});
