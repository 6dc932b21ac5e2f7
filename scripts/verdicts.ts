// Prints the verdict table for the reference organisations: claim, requirement, sequence, model and weeks per
// standard. `npm run verdicts` (add `--json` for the raw figures, or `--org <id>` for every sentence of one
// organisation's result, as a consultant would read it).
import { assess } from '../src/assess.js';
import type { AssessmentResult } from '../src/schemas/result.js';
import { ORGANISATIONS } from '../test/support/organisations.js';

const range = (r: { min: number; max: number }): string =>
  r.min === r.max ? `${r.min}` : `${r.min}–${r.max}`;

function weeks(result: AssessmentResult, standard: 'iso27001' | 'iso42001'): string {
  const phases = result.recommendation.phases.filter((p) => p.standard === standard);
  if (phases.length === 0) return '–';
  return phases
    .map(
      (p) =>
        `${p.kind} ${range(p.weeks)} (ends ${range({ min: p.startWeek.min + p.weeks.min, max: p.startWeek.max + p.weeks.max })})`,
    )
    .join('; ');
}

const rows = ORGANISATIONS.map((org) => {
  const result = assess(org.answers, org.scope ? { scope: org.scope } : undefined);
  const c = result.classification;
  const r = result.recommendation;
  const cell = (standard: 'iso27001' | 'iso42001'): string => {
    const k = c[standard];
    if (!k) return '–';
    const score = k.readiness === null ? 'n/a' : `${k.readiness} %`;
    return `${k.claim} (${score}) / req ${k.requirement}`;
  };
  return {
    id: org.id,
    c27001: cell('iso27001'),
    c42001: cell('iso42001'),
    sequence: r.sequence,
    model: r.operatingModel ?? '–',
    w27001: weeks(result, 'iso27001'),
    w42001: weeks(result, 'iso42001'),
  };
});

const orgAt = process.argv.indexOf('--org');
if (orgAt >= 0) {
  const org = ORGANISATIONS.find((o) => o.id === process.argv[orgAt + 1]);
  if (!org) throw new Error(`unknown organisation; one of: ${ORGANISATIONS.map((o) => o.id).join(', ')}`);
  const result = assess(org.answers, org.scope ? { scope: org.scope } : undefined);
  const lines: string[] = [`# ${org.id}: ${org.summary}`];
  for (const c of Object.values(result.classification)) {
    if (!c) continue;
    lines.push(`\n## ${c.standard}: ${c.headline}`);
    for (const b of c.blockers) lines.push(`- blocker: ${b.text}`);
    for (const r of c.rationale) lines.push(`- why: ${r.text}`);
  }
  const rec = result.recommendation;
  lines.push(`\n## ${rec.sequence}, ${rec.operatingModel ?? 'no operating model'}`);
  for (const p of rec.phases)
    lines.push(`- phase: ${p.label}, from week ${range(p.startWeek)}, ${range(p.weeks)} weeks`);
  for (const r of rec.rationale) lines.push(`- why: ${r.text}`);
  for (const a of rec.alternatives) lines.push(`- ${a.text}`);
  for (const l of rec.regulatory) lines.push(`- ${l.ref}: ${l.text}`);
  for (const step of rec.nextSteps) lines.push(`- next: ${step.text}`);
  process.stdout.write(`${lines.join('\n')}\n`);
} else if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
else {
  const out = [
    '| organisation | 27001 claim / requirement | 42001 claim / requirement | sequence | model | 27001 weeks | 42001 weeks |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const row of rows)
    out.push(
      `| ${row.id} | ${row.c27001} | ${row.c42001} | ${row.sequence} | ${row.model} | ${row.w27001} | ${row.w42001} |`,
    );
  process.stdout.write(`${out.join('\n')}\n`);
}
