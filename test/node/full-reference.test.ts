import { expect } from 'chai';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { full as en } from '../../src/i18n/en/full.js';

// The shared reference lives beside the repository, in ../shared (here and on CI).
const REFERENCE = fileURLToPath(new URL('../../../shared/reference/standards-reference.md', import.meta.url));
const markdown = existsSync(REFERENCE) ? readFileSync(REFERENCE, 'utf8') : null;
// Checked wherever the reference sits beside the repository (every developer machine and CI).
const withReference = markdown === null ? () => undefined : describe;

const cells = (row: string): string[] =>
  row
    .split('|')
    .slice(1, -1)
    .map((cell) => cell.trim());

withReference('full assessment titles against ../shared/reference/standards-reference.md', () => {
  const all = (markdown ?? '').split('\n');
  /** Lines from the heading starting with `from` up to the one starting with `to`. */
  const between = (from: string, to: string): string[] => {
    const start = all.findIndex((l) => l.startsWith(from));
    return all.slice(
      start,
      all.findIndex((l, i) => i > start && l.startsWith(to)),
    );
  };

  it('should title every ISO 27001 Annex A control with the reference short label', () => {
    const labels = new Map<string, string>();
    for (const line of between('### 1.3 ', '## 2.').filter((l) => /^\| A\.[5-8]\.\d+ \|/.test(l))) {
      const row = cells(line);
      for (let i = 0; i + 1 < row.length; i += 2) if (row[i]) labels.set(row[i]!, row[i + 1]!);
    }
    expect(labels.size).to.equal(93);
    for (const [id, label] of labels) expect(en.controls27001[id]?.title, id).to.equal(label);
  });

  it('should title every ISO 42001 Annex A control with the reference short label', () => {
    const labels = new Map<string, string>();
    for (const line of between('### 2.3 ', '### 2.4 ').filter((l) => l.startsWith('| A.'))) {
      for (const part of (cells(line)[2] ?? '').split(';')) {
        const match = /^(A\.\d+(?:\.\d+){1,2}) (.+)$/.exec(part.trim());
        if (match) labels.set(match[1]!, match[2]!);
      }
    }
    expect(labels.size).to.equal(38);
    for (const [id, label] of labels) expect(en.controls42001[id]?.title, id).to.equal(label);
  });
});
