// What the throughput benchmarks call, built by `bench/built-engine.ts` as the package ships it.
export { assess } from '../src/assess.js';
export { ITEMS } from '../src/bank/items.js';
export { assessFull } from '../src/full/assess.js';
export { ENTRY_BY_REF } from '../src/full/catalogue.js';
export { STATUSES } from '../src/full/rules.js';
