/** What the organisation's buyers, investors, sector or regulation ask of one standard, and why. */
import type { EngineContext } from '../context.js';
import { REQUIREMENT_RULES } from '../judgement.js';
import type { RequirementSource } from '../judgement.js';
import { reasonOf } from '../say.js';
import type { Reason } from '../schemas/result.js';
import { requirementRank } from '../schemas/claim.js';
import type { Requirement, StandardId } from '../schemas/standard.js';

/** The requirement, who asks for it (strongest source first) and why. */
export function requirementOf(
  ctx: EngineContext,
  standard: StandardId,
): { requirement: Requirement; sources: RequirementSource[]; reasons: Reason[] } {
  const p = ctx.profile;
  const params = { standard: ctx.t.standards[standard] };
  let requirement: Requirement = 'none';
  const sources: RequirementSource[] = [];
  const reasons: Reason[] = [];
  for (const rule of REQUIREMENT_RULES[standard]) {
    if (!rule.when(p)) continue;
    const { requirement: asked, from } = rule.outcome;
    // A row that asks for nothing is advice with its reason (the EU AI Act never requires ISO/IEC 42001).
    if (asked === 'none') {
      /* reason only */
    } else if (requirementRank(asked) > requirementRank(requirement)) {
      requirement = asked;
      // The source of the strongest requirement leads.
      const at = sources.indexOf(from);
      if (at >= 0) sources.splice(at, 1);
      sources.unshift(from);
    } else if (!sources.includes(from)) sources.push(from);
    const facts = rule.facts(p);
    for (const fact of rule.source) facts.push(fact);
    reasons.push(reasonOf(ctx, rule.id, params, facts));
  }
  if (reasons.length === 0)
    reasons.push(reasonOf(ctx, 'requirement.none', params, [`buyers=${p.buyers.length}`]));
  if (standard === 'iso42001') {
    reasons.push(reasonOf(ctx, 'requirement.iso42001.emerging', params, [`aiRole=${p.aiRole}`, 'seed=001']));
    if (p.euAiActHighRisk === 'unsure')
      reasons.push(
        reasonOf(ctx, 'requirement.iso42001.high-risk-unsure', params, ['euAiActHighRisk=unsure']),
      );
    if (p.markets.includes('eu'))
      reasons.push(reasonOf(ctx, 'requirement.iso42001.no-presumption', params, ['markets=eu', 'seed=003']));
  }
  return { requirement, sources, reasons };
}
