import type { ResultTranslation } from './i18n/translation.js';
import type { BankItem } from './schemas/bank.js';
import type { OrgProfile } from './schemas/profile.js';
import type { Answers, StandardReadiness } from './schemas/result.js';
import type { StandardId } from './schemas/standard.js';
import type { Figures } from './figures.js';
import type { FlowState } from './flow.js';

/**
 * Everything the rules read, already validated. Public functions build it once and hand it to the
 * internal `classifyWith` / `recommendWith`, so `assess()` validates and scores only once.
 */
export interface EngineContext {
  profile: OrgProfile;
  /** Validated answers; may be empty when only a profile is known. */
  answers: Answers;
  /** Standards in scope for this assessment. */
  scope: readonly StandardId[];
  /** The bank items (structure) the answers refer to. */
  items: readonly BankItem[];
  /**
   * Visibility and counted answers by position in `items`, worked out once by `assess()` (`answers` is then
   * `flow.counted`). Without it the rules evaluate each item's condition against `answers`.
   */
  flow?: Pick<FlowState, 'shown' | 'values'>;
  /**
   * True when `answers` are a visitor's whole answer set (`assess()`), so an unanswered question means "not said";
   * a profile given to `classify()` or `recommend()` states every fact.
   */
  fromAnswers?: boolean;
  /** Readiness per standard in scope that applies, or empty when no answers were given. */
  readiness: Partial<Record<StandardId, StandardReadiness>>;
  /** Figures (weeks, costs, reuse, thresholds) after the embedder's overrides. */
  figures: Figures;
  /** Translation the texts are rendered in. */
  t: ResultTranslation;
  /** ISO 4217 currency for cost ranges. */
  currency: string;
}
