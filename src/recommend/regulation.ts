import { EU_AI_ACT_ARTICLES, NIST_AI_RMF_FUNCTIONS, aiActRoles } from '../regulatory.js';
import type { EuAiActArticle } from '../regulatory.js';
import { reasonOf, say } from '../say.js';
import type { EngineKey } from '../say.js';
import type { RegulatoryLink } from '../schemas/result.js';
import type { Situation } from './situation.js';

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
  const { ctx } = s;
  const p = ctx.profile;
  const roles = aiActRoles(p);
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
