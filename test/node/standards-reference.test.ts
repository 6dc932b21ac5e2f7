import { expect } from 'chai';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { STANDARD_IDS_BY_STANDARD } from '../../src/annex.js';

// The shared reference lives beside the repository, in ../shared (here and on CI).
const REFERENCE = fileURLToPath(new URL('../../../shared/reference/standards-reference.md', import.meta.url));

const { iso27001, iso42001 } = STANDARD_IDS_BY_STANDARD;

/** Clauses with no sub-clause in the catalogue: the ones an auditor assesses (parents such as 9.2 are not). */
const assessable = (clauses: string[]): string[] =>
  clauses.filter((clause) => !clauses.some((other) => other.startsWith(`${clause}.`)));

/** Lines of the markdown section that starts with `heading`, up to the next heading of the same or higher level. */
function section(markdown: string, heading: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.startsWith(heading));
  expect(start, `section "${heading}" in the reference`).to.be.at.least(0);
  const level = heading.split(' ')[0] ?? '###';
  const end = lines.findIndex(
    (line, i) =>
      i > start && (line === '---' || (/^#+ /.test(line) && line.split(' ')[0]!.length <= level.length)),
  );
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

const cells = (row: string): string[] =>
  row
    .split('|')
    .slice(1, -1)
    .map((cell) => cell.trim());

describe('standards catalogue (src/standards.ts)', () => {
  describe('counts', () => {
    it('should list the 93 ISO 27001 Annex A controls, 37/8/14/34 by theme', () => {
      const byTheme = (theme: string): number =>
        iso27001.controls.filter((id) => id.startsWith(`${theme}.`)).length;
      expect(iso27001.controls).to.have.length(93);
      expect(['A.5', 'A.6', 'A.7', 'A.8'].map(byTheme)).to.deep.equal([37, 8, 14, 34]);
    });

    it('should list the 38 ISO 42001 Annex A controls, none numbered .1', () => {
      expect(iso42001.controls).to.have.length(38);
      expect(iso42001.controls.filter((id) => id.endsWith('.1'))).to.deep.equal([]);
    });

    it('should list 30 assessable ISO 27001 clauses and 32 for ISO 42001', () => {
      expect(assessable(iso27001.clauses)).to.have.length(30);
      expect(assessable(iso42001.clauses)).to.have.length(32);
      expect(iso42001.clauses).to.include.members(['6.1.4', '8.4']);
      expect(iso27001.clauses).to.not.include.members(['6.1.4', '8.4']);
    });

    it('should list every id once', () => {
      for (const list of [iso27001.clauses, iso27001.controls, iso42001.clauses, iso42001.controls]) {
        expect(new Set(list).size).to.equal(list.length);
      }
    });
  });

  // Cross-checked wherever the shared reference sits beside the repository (every developer machine and CI);
  // the counts above hold everywhere.
  const markdown = existsSync(REFERENCE) ? readFileSync(REFERENCE, 'utf8') : null;
  const withReference = markdown === null ? () => undefined : describe;
  withReference('against ../shared/reference/standards-reference.md', function () {
    it('should hold exactly the ISO 27001 Annex A ids of the reference tables', () => {
      const rows = section(markdown!, '### 1.3 ').filter((line) => line.startsWith('|'));
      const ids = rows.flatMap(cells).filter((cell) => /^A\.\d+\.\d+$/.test(cell));
      expect(ids).to.have.length(93);
      expect([...ids].sort()).to.deep.equal([...iso27001.controls].sort());
    });

    it('should hold exactly the ISO 42001 Annex A ids of the reference table', () => {
      const rows = section(markdown!, '### 2.3 ').filter((line) => line.startsWith('| A.'));
      // Third column lists the controls ("A.2.2 AI policy; A.2.3 …"); the first names the objective area.
      const ids = rows.flatMap((row) => cells(row)[2]?.match(/A\.\d+(?:\.\d+){1,2}/g) ?? []);
      expect(ids).to.have.length(38);
      expect([...ids].sort()).to.deep.equal([...iso42001.controls].sort());
    });
  });
});
