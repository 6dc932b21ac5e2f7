import { say } from '../say.js';
import type { EngineKey } from '../say.js';
import type { Recommendation } from '../schemas/result.js';
import type { StandardId } from '../schemas/standard.js';
import { rangeParams } from './situation.js';
import type { Params, Plan, SequenceChoice, Situation } from './situation.js';

interface StepCandidate {
  id: EngineKey;
  /** Lower is more important; at most six steps are kept. */
  priority: number;
  params?: Params;
}

const blockerIds = (s: Situation, standard: StandardId): string[] => {
  let ids = s.blockerIds[standard];
  if (!ids) ids = s.blockerIds[standard] = (s.classification[standard]?.blockers ?? []).map((b) => b.id);
  return ids;
};

/**
 * Three to six concrete steps in the order to take them, the most important kept when there are more. With
 * answers, the steps follow what is missing (an organisation missing only its internal audit is not told to
 * write a Statement of Applicability); from a profile alone, the usual path.
 */
export function nextStepsFor(
  s: Situation,
  choice: SequenceChoice,
  plans: Partial<Record<StandardId, Plan>>,
): Recommendation['nextSteps'] {
  const { ctx, names } = s;
  const p = ctx.profile;
  const euAi = p.aiRole !== 'none' && p.markets.includes('eu');
  if (choice.sequence === 'none') {
    const ids: EngineKey[] = ['step.none.basics', 'step.none.revisit', 'step.none.ai-tools'];
    if (euAi) ids.push('step.ai-literacy');
    return ids.map((id) => ({ id, text: say(ctx, id) }));
  }
  const building = (standard: StandardId): boolean => {
    const plan = plans[standard];
    return plan?.align != null && !plan.restore;
  };
  const align27001 = building('iso27001');
  const align42001 = building('iso42001');
  const onTopNow = align42001 && !align27001 && s.has27001;
  // From a profile alone nothing is known to be in place, so every step of the path applies.
  const missing = (standard: StandardId, ...ids: string[]): boolean => {
    if (s.ctx.readiness[standard] === undefined || s.classification[standard]?.readiness == null) return true;
    const blockers = blockerIds(s, standard);
    return ids.some((id) => blockers.includes(id));
  };
  const candidates: (StepCandidate | false)[] = [
    ...s.atRisk.map((standard): StepCandidate => ({
      id: 'step.restore',
      priority: 1,
      params: { standard: names[standard] },
    })),
    s.standards.includes('iso42001') &&
      p.aiRole !== 'none' &&
      p.markets.includes('eu') &&
      p.aiDeployment !== 'research' &&
      p.euAiActHighRisk === 'unsure' && { id: 'step.classify-ai-act', priority: 1 },
    choice.sequence === 'together' &&
      (align27001 || align42001) && { id: 'step.unified-design', priority: 2 },
    // Mapping comes first only while the AI management system has not started.
    onTopNow &&
      s.claims.iso42001 === 'none' && {
        id: 'step.map-42001',
        priority: 2,
        params: rangeParams(ctx.figures.weeks.unifiedDesign),
      },
    choice.sequence === 'iso42001-first' &&
      align42001 &&
      missing('iso42001', 'milestone.scope') && { id: 'step.ai-inventory', priority: 2 },
    choice.sequence === 'iso42001-first' &&
      align42001 &&
      missing('iso42001', 'milestone.impact-assessment') && { id: 'step.impact-assessment', priority: 3 },
    align27001 &&
      missing('iso27001', 'milestone.scope', 'milestone.risk-assessment', 'milestone.soa') && {
        id: 'step.gap-analysis-27001',
        priority: 2,
        params: { standard: names.iso27001 },
      },
    ...s.standards.map(
      (standard): StepCandidate | false =>
        building(standard) &&
        blockerIds(s, standard).some((id) => id.startsWith('essential.')) && {
          id: 'step.essential',
          priority: 3,
          params: { standard: names[standard] },
        },
    ),
    onTopNow &&
      missing('iso42001', 'milestone.risk-assessment') && { id: 'step.extend-risk-register', priority: 4 },
    choice.sequence !== 'iso42001-first' &&
      align42001 &&
      missing('iso42001', 'milestone.scope') && { id: 'step.ai-inventory', priority: 3 },
    choice.sequence !== 'iso42001-first' &&
      align42001 &&
      missing('iso42001', 'milestone.impact-assessment') && { id: 'step.impact-assessment', priority: 4 },
    s.standards.some(
      (standard) =>
        building(standard) && missing(standard, 'milestone.internal-audit', 'milestone.management-review'),
    ) && { id: 'step.internal-audit', priority: 4 },
    ...s.standards.map(
      (standard): StepCandidate | false =>
        plans[standard]?.recertify === true &&
        plans[standard]?.certify != null && {
          id: 'step.recertify',
          priority: 2,
          params: { standard: names[standard] },
        },
    ),
    ...s.standards.map((standard): StepCandidate | false => {
      const scope = p.certificateScope?.[standard];
      return (
        (scope === 'partly' || scope === 'unsure') && {
          id: 'step.certificate-scope',
          priority: 3,
          params: { standard: names[standard] },
        }
      );
    }),
    plans.iso42001?.certify != null && {
      id: 'step.check-accreditation-42001',
      priority: 3,
      params: { standard: names.iso42001 },
    },
    plans.iso27001?.certify != null &&
      !plans.iso27001.recertify && {
        id: 'step.check-accreditation-27001',
        priority: 5,
        params: { standard: names.iso27001 },
      },
    choice.sequence === 'maintain' && { id: 'step.maintain', priority: 2 },
    // Review O19: a high-risk provider on a 27001-first path starts the Act's risk work now, not after 27001.
    choice.sequence === 'iso27001-first' &&
      s.standards.includes('iso42001') &&
      p.markets.includes('eu') &&
      p.euAiActHighRisk === 'yes' &&
      (p.aiRole === 'feature' || p.aiRole === 'core') &&
      p.aiDeployment !== 'research' && { id: 'step.ai-risk-early', priority: 2 },
    // Review X2: a suspended certificate is reinstated with the same body; a 2013 one moves to the 2022 edition.
    plans.iso27001?.reinstate === true && {
      id: 'step.reinstate',
      priority: 1,
      params: { standard: names.iso27001 },
    },
    p.certificateState?.iso27001 === '2013' &&
      p.status.iso27001 !== 'none' && {
        id: 'step.transition-2022',
        priority: 1,
        params: { standard: names.iso27001 },
      },
    euAi && !s.standards.includes('iso42001') && { id: 'step.ai-literacy', priority: 3 },
    { id: 'step.keep-evidence', priority: 6 },
    { id: 'step.review-scope', priority: 7 },
  ];
  const steps = candidates.filter((c): c is StepCandidate => c !== false);
  // The sort is stable: among equal priorities the earlier step is kept.
  const kept = steps.length <= 6 ? steps : [...steps].sort((a, b) => a.priority - b.priority).slice(0, 6);
  return steps.filter((c) => kept.includes(c)).map((c) => ({ id: c.id, text: say(ctx, c.id, c.params) }));
}
