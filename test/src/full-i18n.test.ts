import { expect } from 'chai';
import { CATALOGUE } from '../../src/full/catalogue.js';
import { loadFullText, textOf } from '../../src/full/text.js';
import { full as de } from '../../src/i18n/de/full.js';
import { full as en, type FullTranslation } from '../../src/i18n/en/full.js';
import { full as fr } from '../../src/i18n/fr/full.js';
import { placeholders } from '../../src/i18n/placeholders.js';

/** Every string in a text tree by its dotted path. */
function leaves(tree: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof tree === 'string') out.set(path, tree);
  else if (tree && typeof tree === 'object')
    for (const [key, value] of Object.entries(tree))
      for (const [p, s] of leaves(value, path ? `${path}.${key}` : key)) out.set(p, s);
  return out;
}

describe('full assessment text', () => {
  const english = leaves(en);

  for (const [name, t] of [
    ['de', de],
    ['fr', fr],
  ] as [string, FullTranslation][]) {
    describe(name, () => {
      const own = leaves(t);

      it('should have every key English has, and no other', () => {
        expect([...own.keys()].filter((k) => k !== 'locale').sort()).to.deep.equal(
          [...english.keys()].filter((k) => k !== 'locale').sort(),
        );
        expect(t.locale).to.equal(name);
      });

      it('should fill every string, with the same placeholders as English', () => {
        for (const [key, value] of english) {
          const translated = own.get(key) ?? '';
          expect(translated.trim(), key).not.to.equal('');
          expect(placeholders(translated), key).to.deep.equal(placeholders(value));
        }
      });

      it('should translate every requirement and control text', () => {
        for (const standard of ['iso27001', 'iso42001'] as const) {
          for (const entry of CATALOGUE[standard]) {
            const ours = textOf(entry, t);
            const theirs = textOf(entry, en);
            expect(ours.text, entry.ref).not.to.equal(theirs.text);
            expect(ours.title, entry.ref).to.be.a('string').and.not.equal('');
          }
        }
      });
    });
  }

  it('should give English every requirement and control a title and text of its own', () => {
    for (const standard of ['iso27001', 'iso42001'] as const) {
      for (const entry of CATALOGUE[standard]) {
        const text = textOf(entry, en);
        expect(text.title, entry.ref).not.to.equal(entry.id);
        expect(text.text, entry.ref).to.match(/\w{3,}.*\./);
      }
    }
  });

  it('should load each locale on demand, falling back to English', async () => {
    expect((await loadFullText('de-AT')).locale).to.equal('de');
    expect((await loadFullText('fr_CH')).locale).to.equal('fr');
    expect((await loadFullText('ja')).locale).to.equal('en');
  });
});
