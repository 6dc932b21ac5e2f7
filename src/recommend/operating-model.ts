import { sizeBandOf } from '../figures.js';
import { reasonOf } from '../say.js';
import type { EngineKey } from '../say.js';
import type { Recommendation } from '../schemas/result.js';
import { alternative, sizeText } from './situation.js';
import type { Situation } from './situation.js';
import { factsOf, firstRule } from './table.js';
import type { DecisionRule } from './table.js';

type Model = NonNullable<Recommendation['operatingModel']>;
interface ModelRule extends DecisionRule<Situation, Model> {
  /** The other model, named as an alternative when this row decides. */
  alternative?: EngineKey;
}

const builds = (s: Situation): boolean =>
  s.ctx.profile.aiRole === 'feature' || s.ctx.profile.aiRole === 'core';
const highRiskEu = (s: Situation): boolean =>
  s.ctx.profile.euAiActHighRisk === 'yes' &&
  s.ctx.profile.aiRole !== 'none' &&
  s.ctx.profile.markets.includes('eu');
const large = (s: Situation): boolean =>
  sizeBandOf(s.ctx.profile.employees, s.ctx.figures.sizeBands) === 'large';

/**
 * One management system or two. One by default (seed 003). A separate AI management system only where AI is
 * built, and so carries provider duties: an AI team that works apart from the product and whose AI is the
 * product, affects people or may be high-risk (the review's Y6 narrows seed 003 here: one maintenance model that
 * affects nobody does not need a system of its own; federated stays the alternative), or a large organisation providing EU high-risk AI (seed 003 names the provider's evidence
 * burden; the size threshold is the engine's call). Buyers and in-house users of AI keep one system.
 */
export const OPERATING_MODEL_RULES: readonly ModelRule[] = [
  {
    id: 'operating-model.federated.separate-ai',
    outcome: 'federated',
    source: ['seed=003'],
    why: 'A separate AI team building the product, or AI that affects people or may be high-risk, runs its own system.',
    when: (s) =>
      s.ctx.profile.aiFunction === 'separate' &&
      builds(s) &&
      (s.ctx.profile.aiRole === 'core' ||
        s.ctx.profile.aiAffectsPeople ||
        s.ctx.profile.euAiActHighRisk !== 'no'),
    facts: (s) => ['aiFunction=separate', `aiRole=${s.ctx.profile.aiRole}`],
    alternative: 'alternative.unified',
  },
  {
    id: 'operating-model.federated.high-risk',
    outcome: 'federated',
    source: ['seed=003', 'seed=engine'],
    why: 'A large provider of EU high-risk AI carries an evidence burden that justifies a dedicated AIMS.',
    when: (s) => builds(s) && highRiskEu(s) && large(s),
    facts: (s) => [
      `aiRole=${s.ctx.profile.aiRole}`,
      'euAiActHighRisk=yes',
      'markets=eu',
      `employees=${s.ctx.profile.employees}`,
      'sizeBand=large',
    ],
    alternative: 'alternative.unified',
  },
  {
    id: 'operating-model.unified',
    outcome: 'unified',
    source: ['seed=003'],
    why: 'One scope, risk method, audit and review, each control tagged to the standard it serves.',
    when: () => true,
    facts: (s) => [`aiFunction=${s.ctx.profile.aiFunction}`, `standards=${s.standards.join('+')}`],
  },
];

/** Runs the table; with a single standard there is no model to choose. */
export function chooseOperatingModel(s: Situation): Recommendation['operatingModel'] {
  if (s.standards.length < 2) return null;
  const rule = firstRule(OPERATING_MODEL_RULES, s) as ModelRule;
  const params: Record<string, string> =
    rule.id === 'operating-model.federated.high-risk' ? { size: sizeText(s.ctx) } : {};
  s.rationale.push(reasonOf(s.ctx, rule.id, params, factsOf(rule, s)));
  if (rule.alternative) alternative(s, rule.alternative, ['seed=003']);
  else if (highRiskEu(s) || s.ctx.profile.aiFunction === 'separate')
    alternative(s, 'alternative.federated', [`euAiActHighRisk=${s.ctx.profile.euAiActHighRisk}`, 'seed=003']);
  return rule.outcome;
}
