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
  // Candidates in the order they are listed when kept; pushed one by one rather than spread from mapped lists:
  // this runs on every assessment.
  const steps: StepCandidate[] = [];
  const add = (when: boolean, id: EngineKey, priority: number, params?: Params): void => {
    if (when) steps.push(params ? { id, priority, params } : { id, priority });
  };
  for (const standard of s.atRisk) add(true, 'step.restore', 1, { standard: names[standard] });
  add(
    s.standards.includes('iso42001') &&
      p.aiRole !== 'none' &&
      p.markets.includes('eu') &&
      p.aiDeployment !== 'research' &&
      p.euAiActHighRisk === 'unsure',
    'step.classify-ai-act',
    1,
  );
  add(choice.sequence === 'together' && (align27001 || align42001), 'step.unified-design', 2);
  // Mapping comes first only while the AI management system has not started.
  if (onTopNow && s.claims.iso42001 === 'none')
    add(true, 'step.map-42001', 2, rangeParams(ctx.figures.weeks.unifiedDesign));
  add(
    choice.sequence === 'iso42001-first' && align42001 && missing('iso42001', 'milestone.scope'),
    'step.ai-inventory',
    2,
  );
  add(
    choice.sequence === 'iso42001-first' && align42001 && missing('iso42001', 'milestone.impact-assessment'),
    'step.impact-assessment',
    3,
  );
  if (align27001 && missing('iso27001', 'milestone.scope', 'milestone.risk-assessment', 'milestone.soa'))
    add(true, 'step.gap-analysis-27001', 2, { standard: names.iso27001 });
  for (const standard of s.standards)
    if (building(standard) && blockerIds(s, standard).some((id) => id.startsWith('essential.')))
      add(true, 'step.essential', 3, { standard: names[standard] });
  add(onTopNow && missing('iso42001', 'milestone.risk-assessment'), 'step.extend-risk-register', 4);
  add(
    choice.sequence !== 'iso42001-first' && align42001 && missing('iso42001', 'milestone.scope'),
    'step.ai-inventory',
    3,
  );
  add(
    choice.sequence !== 'iso42001-first' && align42001 && missing('iso42001', 'milestone.impact-assessment'),
    'step.impact-assessment',
    4,
  );
  add(
    s.standards.some(
      (standard) =>
        building(standard) && missing(standard, 'milestone.internal-audit', 'milestone.management-review'),
    ),
    'step.internal-audit',
    4,
  );
  for (const standard of s.standards)
    if (plans[standard]?.recertify === true && plans[standard]?.certify != null)
      add(true, 'step.recertify', 2, { standard: names[standard] });
  for (const standard of s.standards) {
    const scope = p.certificateScope?.[standard];
    if (scope === 'partly' || scope === 'unsure')
      add(true, 'step.certificate-scope', 3, { standard: names[standard] });
  }
  if (plans.iso42001?.certify != null)
    add(true, 'step.check-accreditation-42001', 3, { standard: names.iso42001 });
  if (plans.iso27001?.certify != null && !plans.iso27001.recertify)
    add(true, 'step.check-accreditation-27001', 5, { standard: names.iso27001 });
  add(choice.sequence === 'maintain', 'step.maintain', 2);
  // Review O19: a high-risk provider on a 27001-first path starts the Act's risk work now, not after 27001.
  add(
    choice.sequence === 'iso27001-first' &&
      s.standards.includes('iso42001') &&
      p.markets.includes('eu') &&
      p.euAiActHighRisk === 'yes' &&
      (p.aiRole === 'feature' || p.aiRole === 'core') &&
      p.aiDeployment !== 'research',
    'step.ai-risk-early',
    2,
  );
  // Review X2: a suspended certificate is reinstated with the same body; a 2013 one moves to the 2022 edition.
  if (plans.iso27001?.reinstate === true) add(true, 'step.reinstate', 1, { standard: names.iso27001 });
  if (p.certificateState?.iso27001 === '2013' && p.status.iso27001 !== 'none')
    add(true, 'step.transition-2022', 1, { standard: names.iso27001 });
  add(euAi && !s.standards.includes('iso42001'), 'step.ai-literacy', 3);
  add(true, 'step.keep-evidence', 6);
  add(true, 'step.review-scope', 7);
  // The sort is stable: among equal priorities the earlier step is kept.
  let kept = steps;
  if (steps.length > 6) {
    const top = [...steps].sort((a, b) => a.priority - b.priority).slice(0, 6);
    kept = steps.filter((c) => top.includes(c));
  }
  return kept.map((c) => ({ id: c.id, text: say(ctx, c.id, c.params) }));
}
