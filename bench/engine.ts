// `npm run bench`: assess() and assessFull() throughput in Node (validation included), the SDK entry's bundle
// size and the full gap assessment's chunks. Throughput is measured on the engine as the package ships it
// (`bench/built-engine.ts`); assess() also through tsx's loader, for comparison with figures taken that way.
import { assess as assessUnderTsx } from '../src/assess.js';
import type { FullAnswers } from '../src/full/schemas.js';
import type { Answers } from '../src/schemas/result.js';
import { measureEntry } from '../scripts/sizes.js';
import { loadBuiltEngine } from './built-engine.js';

const { assess, ITEMS, assessFull, ENTRY_BY_REF, STATUSES } = await loadBuiltEngine();

/** A deterministic pseudo-random answer set covering every item. */
function answerSet(seed: number): Answers {
  let state = seed >>> 0 || 1;
  const rand = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const answers: Answers = {};
  for (const item of ITEMS) {
    if (item.kind === 'control') {
      const scale = item.allowNA
        ? ['yes', 'partly', 'no', 'unsure', 'n/a']
        : ['yes', 'partly', 'no', 'unsure'];
      answers[item.id] = scale[Math.floor(rand() * scale.length)] as string;
    } else if (item.input === 'single') {
      answers[item.id] = item.options[Math.floor(rand() * item.options.length)] as string;
    } else {
      answers[item.id] = item.options.filter(() => rand() < 0.4);
    }
  }
  return answers;
}

const sets = Array.from({ length: 500 }, (_, i) => answerSet(i + 1));

// Warm up the JIT, then time fixed-duration rounds and report the median. V8 keeps optimising the engine's
// functions for well over 2,000 calls (the first rounds used to run at half the speed of the last), so warm up
// for 2 s of CPU time rather than a fixed count. The machine may be shared: besides wall-clock throughput, count
// calls per CPU-second of this process, which load from other processes affects far less. `batch` calls are made
// between looks at the clock.
function throughput<T>(
  run: (input: T) => unknown,
  inputs: readonly T[],
  batch = 100,
): { rounds: number[]; perCpu: number[] } {
  const warm = process.cpuUsage();
  let i = 0;
  do for (let k = 0; k < batch; k++, i++) run(inputs[i % inputs.length] as T);
  while (process.cpuUsage(warm).user < 2e6);
  const rounds: number[] = [];
  const perCpu: number[] = [];
  for (let r = 0; r < 5; r++) {
    let count = 0;
    const start = performance.now();
    const cpu = process.cpuUsage();
    while (performance.now() - start < 1000) {
      for (let k = 0; k < batch; k++) run(inputs[(count + k) % inputs.length] as T);
      count += batch;
    }
    const used = process.cpuUsage(cpu);
    rounds.push((count * 1000) / (performance.now() - start));
    perCpu.push((count * 1e6) / (used.user + used.system));
  }
  return { rounds, perCpu };
}
const median = (list: number[]): number => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;
const fmt = (n: number): string => Math.round(n).toLocaleString('en');

const shipped = throughput(assess, sets);
console.log(`assess() throughput (Node ${process.version}, validation included, ${ITEMS.length}-item bank):`);
console.log(
  `  median ${fmt(median(shipped.rounds))} assessments/s over 5 × 1 s rounds, as the package ships (target ≥ 20,000)`,
);
console.log(`  rounds: ${shipped.rounds.map(fmt).join(', ')}`);
console.log(
  `  per CPU-second of this process: median ${fmt(median(shipped.perCpu))} (rounds ${shipped.perCpu.map(fmt).join(', ')})`,
);
const underTsx = throughput(assessUnderTsx, sets);
console.log(
  `  the sources through tsx's loader (keepNames): median ${fmt(median(underTsx.rounds))}/s ` +
    `(rounds ${underTsx.rounds.map(fmt).join(', ')})`,
);

const full = await measureEntry(`export * from './sdk/index.ts';`);
const assessOnly = await measureEntry(`export { assess } from './sdk/index.ts';`);
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
console.log('SDK entry as an app bundles it (esbuild, minified, ESM, widget left lazy), gzip -9:');
console.log(
  `  import * from 'iso-readiness':        ${kb(full.gzip)} gzip (${kb(full.raw)} min) (target ≤ 20 kB)`,
);
console.log(
  `  import { assess } from 'iso-readiness': ${kb(assessOnly.gzip)} gzip (${kb(assessOnly.raw)} min)`,
);

// Full gap assessment: every clause requirement and Annex A control of both standards answered.

/** A deterministic full assessment: the quick answers of `seed`, most entries answered, some excluded. */
function fullSet(seed: number): FullAnswers {
  let state = (seed * 7919) >>> 0 || 1;
  const rand = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const entries: NonNullable<FullAnswers['entries']> = {};
  for (const entry of ENTRY_BY_REF.values()) {
    const roll = rand();
    if (roll < 0.1) continue;
    if (entry.kind === 'control' && roll < 0.18)
      entries[entry.ref] = { applicable: false, justification: 'Not used' };
    else
      entries[entry.ref] = {
        status: STATUSES[Math.floor(rand() * STATUSES.length)],
        owner: 'Owner',
        targetDate: '2027-03-31',
      };
  }
  return { quick: sets[seed % sets.length], scoping: { premises: 'none', development: 'in-house' }, entries };
}

const fullSets = Array.from({ length: 100 }, (_, i) => fullSet(i + 1));
const fullRun = throughput(assessFull, fullSets, 20);
console.log(
  `assessFull() throughput (${ENTRY_BY_REF.size} requirements and controls, ~90 % answered, validation included):`,
);
console.log(
  `  median ${fmt(median(fullRun.rounds))} full assessments/s wall clock, ` +
    `${fmt(median(fullRun.perCpu))} per CPU second, over 5 × 1 s rounds (target ≥ 2,000)`,
);

// The full assessment's chunks as the CDN module fetches them for `depth="full"`: engine with screens, and text.
const { buildCdnEsm } = await import('../scripts/cdn.js');
const { gzipSync } = await import('node:zlib');
const cdn = await buildCdnEsm({ write: false });
const chunkWith = (module: string) => cdn.find((f) => f.modules.includes(module));
const sizeOf = (file: { code: string }) => ({
  raw: file.code.length,
  gzip: gzipSync(file.code, { level: 9 }).length,
});
console.log('Full gap assessment chunks of the CDN module, loaded on demand (Rollup, minified, gzip -9):');
const screens = chunkWith('widget/full-assessment/full-assessment.ts') ?? chunkWith('src/full/assess.ts');
if (screens) {
  const size = sizeOf(screens);
  console.log(`  engine and screens: ${kb(size.gzip)} gzip (${kb(size.raw)} min)`);
} else console.log('  engine and screens: not in the CDN module');
for (const locale of ['en', 'de', 'fr']) {
  const text = chunkWith(`src/i18n/${locale}/full.ts`);
  if (text) {
    const size = sizeOf(text);
    console.log(`  ${locale} text: ${kb(size.gzip)} gzip (${kb(size.raw)} min)`);
  } else console.log(`  ${locale} text: not in the CDN module`);
}
