// fast-check arbitraries shared by the engine's property tests.
import fc from 'fast-check';
import { ITEMS } from '../../src/bank/items.js';
import type { Answers } from '../../src/schemas/result.js';
import type { StandardId } from '../../src/schemas/standard.js';
import { validValues } from './answers.js';

/** Any valid answer set: each item answered with one of its values, or left out. */
export const validAnswersArb: fc.Arbitrary<Answers> = fc
  .tuple(...ITEMS.map((item) => fc.option(fc.constantFrom(...validValues(item)), { nil: undefined })))
  .map((values) => {
    const answers: Answers = {};
    values.forEach((value, i) => {
      if (value !== undefined) answers[ITEMS[i]!.id] = value;
    });
    return answers;
  });

/** Scale answers on any items, as evidence beside a profile (not necessarily valid for profile items). */
export const scaleAnswersArb: fc.Arbitrary<Answers> = fc.dictionary(
  fc.constantFrom(...ITEMS.map((item) => item.id)),
  fc.constantFrom('yes', 'partly', 'no', 'unsure', 'n/a'),
);

/** Every scope a consultancy can set. */
export const scopeArb = fc.constantFrom<StandardId[]>(['iso27001', 'iso42001'], ['iso27001'], ['iso42001']);
