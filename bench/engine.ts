// `npm run bench`: assess() throughput in Node (validation included) and the SDK entry's bundle size.
import { assess } from '../src/assess.js';
import { ITEMS } from '../src/bank/items.js';
import type { Answers } from '../src/schemas/result.js';
import { measureEntry } from '../scripts/sizes.js';

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

// Warm up the JIT, then time fixed-duration rounds and report the median.
for (let i = 0; i < 2000; i++) assess(sets[i % sets.length]);
const rounds: number[] = [];
for (let r = 0; r < 5; r++) {
  let count = 0;
  const start = performance.now();
  while (performance.now() - start < 1000) {
    for (let i = 0; i < 100; i++) assess(sets[(count + i) % sets.length]);
    count += 100;
  }
  rounds.push((count * 1000) / (performance.now() - start));
}
rounds.sort((a, b) => a - b);
const median = rounds[Math.floor(rounds.length / 2)] ?? 0;
console.log(`assess() throughput (Node ${process.version}, validation included, ${ITEMS.length}-item bank):`);
console.log(
  `  median ${Math.round(median).toLocaleString('en')} assessments/s over 5 × 1 s rounds (target ≥ 20,000)`,
);
console.log(`  rounds: ${rounds.map((r) => Math.round(r).toLocaleString('en')).join(', ')}`);

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
