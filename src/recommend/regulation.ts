import { EU_AI_ACT_ARTICLES, NIST_AI_RMF_FUNCTIONS, aiActRoles } from '../regulatory.js';
import type { EuAiActArticle } from '../regulatory.js';
import { reasonOf, say } from '../say.js';
import type { EngineKey } from '../say.js';
import type { RegulatoryLink } from '../schemas/result.js';
import type { Situation } from './situation.js';
import { matchingRules } from './table.js';
import type { DecisionRule } from './table.js';

const ARTICLE_KEYS = Object.fromEntries(
  EU_AI_ACT_ARTICLES.map((article) => [article.id, `regulatory.eu-ai-act.${article.id}` as const]),
) as Record<EuAiActArticle['id'], EngineKey>;
const NIST_KEYS = Object.fromEntries(
  NIST_AI_RMF_FUNCTIONS.map((fn) => [fn.id, `regulatory.nist.${fn.id}` as const]),
) as Record<(typeof NIST_AI_RMF_FUNCTIONS)[number]['id'], EngineKey>;

/**
 * EU AI Act articles for the roles the organisation holds (AI built for others: provider; built and used
 * in-house: provider and deployer; bought: deployer), high-risk ones where the AI is or may be high-risk,
 * Art. 50 only for chatbots and generated content, Art. 4 AI literacy for everyone using AI in the EU; then what
 * lies outside ISO/IEC 42001 for high-risk providers, and the NIST AI RMF functions for the US market.
 */
export function regulatoryFor(s: Situation): RegulatoryLink[] {
  const links = aiActLinks(s);
  for (const rule of matchingRules(LINK_RULES, s))
    links.push({
      framework: rule.outcome.framework,
      ref: rule.outcome.ref,
      text: say(s.ctx, rule.id),
      refs: [...rule.outcome.refs],
    });
  if (s.standards.includes('iso27001') && links.some((l) => l.framework === 'dora' || l.framework === 'nis2'))
    s.rationale.push(
      reasonOf(
        s.ctx,
        'regulatory.sectors',
        {},
        (s.ctx.profile.sectors ?? []).map((x) => `sector=${x}`),
      ),
    );
  return links;
}

type Link = Pick<RegulatoryLink, 'framework' | 'ref' | 'refs'>;
const eu = (s: Situation): boolean => s.ctx.profile.markets.includes('eu');
const builds = (s: Situation): boolean =>
  (s.ctx.profile.aiRole === 'feature' || s.ctx.profile.aiRole === 'core') &&
  s.ctx.profile.aiDeployment !== 'research';
const gpai = (s: Situation): NonNullable<Situation['ctx']['profile']['aiGeneralPurpose']> =>
  builds(s) ? (s.ctx.profile.aiGeneralPurpose ?? 'no') : 'no';
const inSector = (s: Situation, ...sectors: string[]): boolean =>
  (s.ctx.profile.sectors ?? []).some((x) => sectors.includes(x));

/**
 * Links beyond the article table: the duties of general-purpose AI model providers (Art. 53–55, review X1), the
 * workers' information duty of employers deploying high-risk AI (Art. 26(7), Z8), the medical-device route and
 * the application dates (Z9), and the sector rules ISO/IEC 27001 supplies evidence for (DORA, NIS2; Z5).
 */
export const LINK_RULES: readonly DecisionRule<Situation, Link>[] = [
  {
    id: 'regulatory.eu-ai-act.art-53',
    outcome: {
      framework: 'eu-ai-act',
      ref: 'Art. 53',
      refs: ['42001:A.6.2.7', '42001:A.8.2', '42001:A.7.5'],
    },
    source: ['Art. 53', 'Art. 113(b)'],
    why: 'Every provider of a general-purpose AI model placed on the EU market, since 2 August 2025.',
    when: (s) => eu(s) && gpai(s) !== 'no',
  },
  {
    id: 'regulatory.eu-ai-act.art-54',
    outcome: { framework: 'eu-ai-act', ref: 'Art. 54', refs: [] },
    source: ['Art. 54'],
    why: 'Providers of general-purpose AI models established outside the EU.',
    when: (s) => eu(s) && (gpai(s) === 'yes' || gpai(s) === 'systemic'),
  },
  {
    id: 'regulatory.eu-ai-act.art-55',
    outcome: { framework: 'eu-ai-act', ref: 'Art. 55', refs: ['42001:6.1.2', '42001:A.8.4', '27001:A.5.24'] },
    source: ['Art. 51', 'Art. 55'],
    why: 'Models with systemic risk carry evaluation, risk, incident and cybersecurity duties on top.',
    when: (s) => eu(s) && gpai(s) === 'systemic',
  },
  {
    id: 'regulatory.eu-ai-act.art-26-7',
    outcome: { framework: 'eu-ai-act', ref: 'Art. 26(7)', refs: ['42001:7.4', '42001:A.8.3'] },
    source: ['Art. 26(7)'],
    why: 'An employer deploying high-risk AI at the workplace informs workers and their representatives first.',
    when: (s) =>
      eu(s) &&
      s.ctx.profile.aiRole !== 'none' &&
      s.ctx.profile.aiDeployment !== 'customers' &&
      s.ctx.profile.aiDeployment !== 'research' &&
      s.ctx.profile.euAiActHighRisk !== 'no' &&
      (s.ctx.profile.aiAffects ?? []).includes('staff'),
  },
  {
    id: 'regulatory.eu-ai-act.medical-device',
    outcome: { framework: 'eu-ai-act', ref: 'Art. 43(3)', refs: [] },
    source: ['Art. 6(1)', 'Art. 43(3)', 'Annex I'],
    why: 'AI in a medical device follows the MDR/IVDR notified-body route, with the Act checked in it.',
    when: (s) =>
      eu(s) &&
      builds(s) &&
      s.ctx.profile.euAiActHighRisk !== 'no' &&
      (inSector(s, 'health') || (s.ctx.profile.aiAffects ?? []).includes('patients')),
  },
  {
    id: 'regulatory.eu-ai-act.dates',
    outcome: { framework: 'eu-ai-act', ref: 'Art. 113', refs: [] },
    source: ['Art. 113'],
    why: 'High-risk duties start on fixed dates; planning needs them.',
    when: (s) =>
      eu(s) &&
      s.ctx.profile.aiRole !== 'none' &&
      s.ctx.profile.aiDeployment !== 'research' &&
      s.ctx.profile.euAiActHighRisk !== 'no' &&
      s.standards.includes('iso42001'),
  },
  {
    id: 'regulatory.dora',
    outcome: { framework: 'dora', ref: 'Art. 5–16', refs: ['27001:6.1.2', '27001:A.5.19', '27001:A.5.24'] },
    source: ['DORA (EU) 2022/2554'],
    why: 'Financial entities in the EU run an ICT risk-management framework that an ISMS evidences in part.',
    when: (s) => eu(s) && s.standards.includes('iso27001') && inSector(s, 'finance', 'payments'),
  },
  {
    id: 'regulatory.nis2',
    outcome: { framework: 'nis2', ref: 'Art. 21', refs: ['27001:6.1.2', '27001:A.5.24', '27001:A.5.30'] },
    source: ['NIS2 (EU) 2022/2555 Art. 21'],
    why: 'Essential and important entities take risk-management measures an ISMS evidences in large part.',
    when: (s) =>
      eu(s) &&
      s.standards.includes('iso27001') &&
      inSector(s, 'critical-infrastructure', 'public-sector', 'health'),
  },
];

/** The EU AI Act articles and the NIST AI RMF functions, by the roles the organisation holds. */
function aiActLinks(s: Situation): RegulatoryLink[] {
  const { ctx } = s;
  const p = ctx.profile;
  const roles = aiActRoles(p);
  if (p.aiRole !== 'none' && p.aiDeployment === 'research' && p.markets.includes('eu')) {
    s.rationale.push(
      reasonOf(ctx, 'regulatory.eu-ai-act.research', {}, ['aiDeployment=research', 'Art. 2(6)']),
    );
    return [];
  }
  if (roles.length === 0) return [];
  const governs = s.standards.includes('iso42001');
  const links: RegulatoryLink[] = [];
  if (p.markets.includes('eu')) {
    const highRisk = p.euAiActHighRisk !== 'no';
    for (const article of EU_AI_ACT_ARTICLES) {
      if (!article.roles.some((role) => roles.includes(role)) || (article.highRisk && !highRisk)) continue;
      if (article.regulatedOnly && !(p.regulatedSector && roles.includes('deployer'))) continue;
      if (article.contentOnly && p.aiGeneratesContent !== true) continue;
      if (!governs && article.id !== 'art-4') continue;
      links.push({
        framework: 'eu-ai-act',
        ref: article.ref,
        text: say(ctx, ARTICLE_KEYS[article.id]),
        refs: [...article.refs],
      });
    }
    if (governs && highRisk && roles.includes('provider'))
      links.push({
        framework: 'eu-ai-act',
        ref: 'Art. 43, 47–49',
        text: say(ctx, 'regulatory.eu-ai-act.outside-42001'),
        refs: [],
      });
    const facts = ['markets=eu', `aiRole=${p.aiRole}`, `euAiActHighRisk=${p.euAiActHighRisk}`];
    if (p.aiDeployment) facts.push(`aiDeployment=${p.aiDeployment}`);
    const id: EngineKey = !governs
      ? 'regulatory.eu-ai-act.literacy'
      : roles.length === 2
        ? 'regulatory.eu-ai-act.provider-deployer'
        : roles[0] === 'provider'
          ? 'regulatory.eu-ai-act.provider'
          : 'regulatory.eu-ai-act.deployer';
    s.rationale.push(reasonOf(ctx, id, {}, facts));
    const model = roles.includes('provider') ? (p.aiGeneralPurpose ?? 'no') : 'no';
    if (model !== 'no')
      s.rationale.push(
        reasonOf(
          ctx,
          model === 'unsure' ? 'regulatory.eu-ai-act.gpai-unsure' : 'regulatory.eu-ai-act.gpai',
          {},
          [`aiGeneralPurpose=${model}`, 'markets=eu', 'Art. 53'],
        ),
      );
    if (governs && p.euAiActHighRisk === 'unsure')
      s.rationale.push(reasonOf(ctx, 'regulatory.high-risk-unsure', {}, ['euAiActHighRisk=unsure']));
  }
  if (governs && p.markets.includes('us')) {
    for (const fn of NIST_AI_RMF_FUNCTIONS)
      links.push({
        framework: 'nist-ai-rmf',
        ref: fn.ref,
        text: say(ctx, NIST_KEYS[fn.id]),
        refs: [...fn.refs],
      });
    s.rationale.push(reasonOf(ctx, 'regulatory.nist', {}, ['markets=us', `aiRole=${p.aiRole}`, 'seed=001']));
  }
  return links;
}
