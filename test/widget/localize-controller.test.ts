import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { enCore } from '../../src/i18n/en/core.js';
import { en } from '../../src/i18n/en/index.js';
import { registerTranslation } from '../../src/i18n/register.js';
import type { CoreTranslation, Translation } from '../../src/i18n/translation.js';
import { LocalizeController } from '../../widget/internal/localize-controller.js';

/** The smallest host: renders one string of the translation in force. */
class LocalizeHost extends LitElement {
  changes: CoreTranslation[] = [];
  readonly localize = new LocalizeController(this, { onChange: (t) => this.changes.push(t) });

  protected override render() {
    return html`<p>${this.localize.t.ui.intro.start}</p>`;
  }
}
customElements.define('localize-test-host', LocalizeHost);

const textOf = (el: LocalizeHost): string => el.shadowRoot!.querySelector('p')!.textContent!;

/** Waits for the locale in force to load and the host to render it. */
// A macrotask, not a frame: a page running in the background gets no animation frames.
async function settled(el: LocalizeHost): Promise<void> {
  await aTimeout(0);
  await el.localize.loaded;
  await el.updateComplete;
}

describe('LocalizeController', () => {
  const pageLang = document.documentElement.lang;
  // The fixture's parent, carrying `lang` (a fixture of a plain element would wait for an animation frame).
  const wrapper = (lang: string): HTMLElement => Object.assign(document.createElement('section'), { lang });
  afterEach(() => {
    document.documentElement.lang = pageLang;
  });

  it('should use English when nothing asks for another language', async () => {
    document.documentElement.removeAttribute('lang');
    const el = await fixture<LocalizeHost>(html`<localize-test-host></localize-test-host>`);
    await settled(el);
    // English starts as what questions need; the result texts come with `complete()`.
    expect(el.localize.t).to.equal(enCore);
    expect(el.localize.full).to.equal(null);
    expect(el.localize.lang).to.equal('en');
    expect(textOf(el)).to.equal('Start the assessment');
    expect(el.changes).to.have.length(0);
  });

  it('should follow the nearest lang in the page and load that locale lazily', async () => {
    const el = await fixture<LocalizeHost>(html`<localize-test-host></localize-test-host>`, {
      parentNode: wrapper('de'),
    });
    await settled(el);
    expect(el.localize.ready).to.equal(true);
    expect(el.localize.t.locale).to.equal('de');
    expect(textOf(el)).to.equal('Bewertung starten');
  });

  it('should let the requested locale win over the page, and fall back from a region to its language', async () => {
    const el = await fixture<LocalizeHost>(html`<localize-test-host></localize-test-host>`, {
      parentNode: wrapper('fr'),
    });
    el.localize.requested = 'de-CH';
    await settled(el);
    expect(el.localize.lang).to.equal('de-CH');
    expect(el.localize.t.locale).to.equal('de-CH');
    expect(JSON.stringify(el.localize.t)).not.to.include('ß');
    el.localize.requested = undefined;
    await settled(el);
    expect(el.localize.t.locale).to.equal('fr');
    expect(textOf(el)).to.equal('Commencer l’évaluation');
  });

  it('should switch when <html lang> changes and tell the host once per switch', async () => {
    document.documentElement.lang = 'en';
    const el = await fixture<LocalizeHost>(html`<localize-test-host></localize-test-host>`);
    await settled(el);
    document.documentElement.lang = 'fr';
    await settled(el);
    expect(textOf(el)).to.equal('Commencer l’évaluation');
    document.documentElement.lang = 'de';
    await settled(el);
    expect(textOf(el)).to.equal('Bewertung starten');
    expect(el.changes.map((t) => t.locale)).to.deep.equal(['fr', 'de']);
  });

  it('should read the host’s locale attribute before the page’s lang, and follow it', async () => {
    const el = await fixture<LocalizeHost>(
      html`<localize-test-host locale="fr" lang="de"></localize-test-host>`,
    );
    await settled(el);
    expect(el.localize.t.locale).to.equal('fr');
    el.setAttribute('locale', 'de-CH');
    await settled(el);
    expect(el.localize.lang).to.equal('de-CH');
    el.removeAttribute('locale');
    await settled(el);
    expect(el.localize.t.locale).to.equal('de');
  });

  it('should switch when the host’s own lang changes', async () => {
    const el = await fixture<LocalizeHost>(html`<localize-test-host lang="en"></localize-test-host>`);
    await settled(el);
    el.setAttribute('lang', 'fr');
    await settled(el);
    expect(el.localize.t.locale).to.equal('fr');
  });

  it('should fall back to English for a locale it does not have', async () => {
    const el = await fixture<LocalizeHost>(html`<localize-test-host lang="ja"></localize-test-host>`);
    await settled(el);
    expect(el.localize.t).to.equal(enCore);
    expect((await el.localize.complete()).ui).to.deep.equal(en.ui);
    expect(el.localize.full?.engine).to.deep.equal(en.engine);
  });

  it('should lay the consultancy’s overrides over the language in force', async () => {
    const el = await fixture<LocalizeHost>(html`<localize-test-host lang="de"></localize-test-host>`);
    el.localize.overrides = {
      de: { ui: { intro: { start: 'Jetzt loslegen' } } },
      fr: { ui: { intro: { start: 'Allons-y' } } },
    };
    await settled(el);
    expect(textOf(el)).to.equal('Jetzt loslegen');
    el.setAttribute('lang', 'fr');
    await settled(el);
    expect(textOf(el)).to.equal('Allons-y');
  });

  it('should apply a regional override on top of its language’s', async () => {
    const el = await fixture<LocalizeHost>(html`<localize-test-host lang="de-AT"></localize-test-host>`);
    el.localize.overrides = {
      de: { ui: { intro: { start: 'Los' }, title: 'Check' } },
      'de-AT': { ui: { intro: { start: 'Servus' } } },
    };
    await settled(el);
    expect(textOf(el)).to.equal('Servus');
    expect(el.localize.t.ui.title).to.equal('Check');
  });

  it('should lay over only strings that fit, so a broken override never breaks the screen', async () => {
    const el = await fixture<LocalizeHost>(html`<localize-test-host lang="de"></localize-test-host>`);
    // Unchecked until the config check runs with the results part: a typo, a number, an object for a string.
    el.localize.overrides = {
      de: {
        ui: { intro: { strat: 'Los', start: 42, heading: { text: 'x' } }, title: 'Prüfung' },
        locale: 'xx',
      },
    };
    await settled(el);
    expect(textOf(el)).to.equal('Bewertung starten');
    expect(el.localize.t.ui.title).to.equal('Prüfung');
    expect(el.localize.t.ui.intro.heading).to.be.a('string');
    expect(el.localize.t.locale).to.equal('de');
    expect(el.localize.t.ui.intro).not.to.have.property('strat');
  });

  it('should pick up a locale registered after the host rendered', async () => {
    const el = await fixture<LocalizeHost>(html`<localize-test-host lang="nl-NL"></localize-test-host>`);
    await settled(el);
    expect(el.localize.t.locale).to.equal('en');
    const nl = JSON.parse(JSON.stringify(en)) as Translation;
    nl.locale = 'nl';
    nl.ui.intro.start = 'Start de beoordeling';
    registerTranslation(nl);
    await settled(el);
    expect(textOf(el)).to.equal('Start de beoordeling');
    expect(el.localize.lang).to.equal('nl-NL');
  });

  it('should stop following the page once disconnected', async () => {
    document.documentElement.lang = 'en';
    const el = await fixture<LocalizeHost>(html`<localize-test-host></localize-test-host>`);
    await settled(el);
    el.remove();
    document.documentElement.lang = 'fr';
    await aTimeout(0);
    expect(el.changes).to.have.length(0);
  });
});
