import { SECONDS_PER_QUESTION } from './bank/questions.js';
import { flowState } from './flow.js';
import type { ResultTranslation } from './i18n/translation.js';
import type { BankItem } from './schemas/bank.js';
import type { Answers, Precision, StandardReadiness } from './schemas/result.js';
import type { StandardId } from './schemas/standard.js';
import { readinessOf } from './scoring.js';
import { SHORT_PATH } from './steps.js';

const whole = (score: number | null | undefined): number | null =>
  score === null || score === undefined ? null : Math.round(score);

/**
 * What sharper answers would change for answers taken on the short path. A coarse item (a practice left
 * unticked) counts as not in place, so the result never claims more than precise answers would; the range
 * shows how far readiness could move if each of those practices is in fact partly in place.
 */
export function precisionOf(
  items: readonly BankItem[],
  answers: Answers,
  scope: readonly StandardId[],
  coarse: readonly string[],
  readiness: Partial<Record<StandardId, StandardReadiness>>,
  t: Pick<ResultTranslation, 'domains'>,
): Precision {
  const { shown } = flowState(items, answers, scope);
  const open = new Set(items.filter((_, i) => shown[i]).map((item) => item.id));
  const still = coarse.filter((id) => open.has(id) && answers[id] !== 'yes');
  const sharper: Answers = { ...answers };
  for (const id of still) sharper[id] = 'partly';
  const standards = Object.keys(readiness) as StandardId[];
  const upper = readinessOf(items, flowState(items, sharper, scope), standards, t);
  const questions =
    still.length + SHORT_PATH.deferred.filter((id) => open.has(id) && answers[id] === undefined).length;
  return {
    coarse: still,
    questions,
    minutes: Math.max(1, Math.round((questions * SECONDS_PER_QUESTION) / 60)),
    readiness: Object.fromEntries(
      standards.map((s) => [s, { now: whole(readiness[s]?.score), ifPartly: whole(upper[s]?.score) }]),
    ),
  };
}
