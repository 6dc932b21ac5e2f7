// Records which English text each shipped translation was made from, so a test can name every English string
// changed since (a stale translation). After updating a locale to the current English:
//   npm run i18n:confirm -- de        (or several: de fr)
// writes the English strings' fingerprints for that locale into src/i18n/translated-from.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { englishFingerprints } from '../src/i18n/fingerprints.js';

const file = fileURLToPath(new URL('../src/i18n/translated-from.json', import.meta.url));
const locales = process.argv.slice(2).filter((arg) => /^[a-z]{2}(-[A-Za-z0-9]+)*$/.test(arg));
if (locales.length === 0) {
  process.stderr.write('usage: npm run i18n:confirm -- <locale> [<locale>…]\n');
  process.exit(1);
}
const record = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, string>>;
const current = englishFingerprints();
for (const locale of locales) record[locale] = current;
const sorted = Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(file, `${JSON.stringify(sorted, null, 2)}\n`);
process.stdout.write(`${locales.join(', ')}: ${Object.keys(current).length} English strings confirmed\n`);
