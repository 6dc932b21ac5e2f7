import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { englishFingerprints } from '../../src/i18n/fingerprints.js';
import { SUPPORTED_LOCALES } from '../../src/i18n/locales.js';

const record = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../src/i18n/translated-from.json', import.meta.url)), 'utf8'),
) as Record<string, Record<string, string>>;

/** English strings a locale was not confirmed against: changed, added or removed since. */
function stale(confirmed: Record<string, string>, current: Record<string, string>): string[] {
  const changed = Object.keys(current).filter((key) => confirmed[key] !== current[key]);
  const removed = Object.keys(confirmed).filter((key) => !(key in current));
  return [...changed, ...removed.map((key) => `${key} (removed)`)];
}

describe('translations', () => {
  const current = englishFingerprints();

  for (const locale of SUPPORTED_LOCALES.filter((l) => l !== 'en')) {
    it(`should have ${locale} confirmed against the current English text (npm run i18n:confirm -- ${locale})`, () => {
      expect(record[locale], `no record for ${locale}`).to.be.an('object');
      expect(
        stale(record[locale] ?? {}, current),
        `English changed since ${locale} was translated`,
      ).to.deep.equal([]);
    });
  }

  it('should name an English string edited after the translation was confirmed', () => {
    const confirmed: Record<string, string> = { ...current, 'engine.claim.none': '00000000' };
    const withoutOne = { ...confirmed };
    delete withoutOne['ui.results.print'];
    expect(stale(confirmed, current)).to.deep.equal(['engine.claim.none']);
    expect(stale(withoutOne, current)).to.include('ui.results.print');
    expect(stale({ ...current, 'engine.gone': '12345678' }, current)).to.deep.equal([
      'engine.gone (removed)',
    ]);
  });
});
