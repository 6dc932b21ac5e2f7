import type { OrgProfile } from './schemas/profile.js';

/** The EU AI Act's two main operator roles the profile can tell apart. */
export type AiActRole = 'provider' | 'deployer';

/** One EU AI Act article and the ISO/IEC 42001 refs that supply evidence towards it. */
export interface EuAiActArticle {
  /** Template key suffix, `regulatory.eu-ai-act.<id>`. */
  id:
    | 'art-4'
    | 'art-9'
    | 'art-10'
    | 'art-11'
    | 'art-12'
    | 'art-13'
    | 'art-14'
    | 'art-15'
    | 'art-17'
    | 'art-26'
    | 'art-27'
    | 'art-50'
    | 'art-72'
    | 'art-73';
  /** Article as cited in results. */
  ref: string;
  /** Roles the article binds. */
  roles: readonly AiActRole[];
  /** Only for high-risk systems (Art. 6 and Annex III). */
  highRisk: boolean;
  /** Only for deployers in a regulated or public setting (Art. 27's public bodies, credit and insurance). */
  regulatedOnly?: boolean;
  /** Only where AI talks with people or generates content they see (Art. 50). */
  contentOnly?: boolean;
  /** ISO/IEC 42001 clauses and Annex A controls that support it. */
  refs: readonly string[];
}

const both: readonly AiActRole[] = ['provider', 'deployer'];
const provider: readonly AiActRole[] = ['provider'];
const deployer: readonly AiActRole[] = ['deployer'];

/**
 * Analytical alignment of AI Act articles with ISO/IEC 42001 (standards-reference §4.2). Not an official
 * mapping: 42001 is not a harmonised standard, so it never presumes conformity with the Act.
 */
export const EU_AI_ACT_ARTICLES: readonly EuAiActArticle[] = [
  {
    id: 'art-4',
    ref: 'Art. 4',
    roles: both,
    highRisk: false,
    refs: ['42001:7.2', '42001:7.3', '42001:A.4.6'],
  },
  {
    id: 'art-9',
    ref: 'Art. 9',
    roles: provider,
    highRisk: true,
    refs: [
      '42001:6.1.1',
      '42001:6.1.2',
      '42001:6.1.3',
      '42001:8.2',
      '42001:8.3',
      '42001:A.5.2',
      '42001:A.5.3',
      '42001:A.5.4',
      '42001:A.5.5',
    ],
  },
  {
    id: 'art-10',
    ref: 'Art. 10',
    roles: provider,
    highRisk: true,
    refs: [
      '42001:8.1',
      '42001:A.4.3',
      '42001:A.7.2',
      '42001:A.7.3',
      '42001:A.7.4',
      '42001:A.7.5',
      '42001:A.7.6',
    ],
  },
  {
    id: 'art-11',
    ref: 'Art. 11',
    roles: provider,
    highRisk: true,
    refs: ['42001:7.5', '42001:A.4.2', '42001:A.6.2.3', '42001:A.6.2.7'],
  },
  { id: 'art-12', ref: 'Art. 12', roles: provider, highRisk: true, refs: ['42001:7.5', '42001:A.6.2.8'] },
  {
    id: 'art-13',
    ref: 'Art. 13',
    roles: provider,
    highRisk: true,
    refs: ['42001:7.4', '42001:A.8.2', '42001:A.8.5', '42001:A.9.4'],
  },
  {
    id: 'art-14',
    ref: 'Art. 14',
    roles: provider,
    highRisk: true,
    refs: ['42001:8.1', '42001:A.6.1.3', '42001:A.6.2.2', '42001:A.9.2', '42001:A.9.3', '42001:A.9.4'],
  },
  {
    id: 'art-15',
    ref: 'Art. 15',
    roles: provider,
    highRisk: true,
    refs: ['42001:9.1', '42001:A.6.2.4', '42001:A.6.2.6'],
  },
  {
    // Clauses 4–10 as a whole: the first requirement of each clause stands for it.
    id: 'art-17',
    ref: 'Art. 17',
    roles: provider,
    highRisk: true,
    refs: ['42001:4.1', '42001:5.1', '42001:6.1', '42001:7.1', '42001:8.1', '42001:9.1', '42001:10.1'],
  },
  {
    id: 'art-26',
    ref: 'Art. 26',
    roles: deployer,
    highRisk: true,
    refs: ['42001:8.1', '42001:A.6.2.6', '42001:A.9.2', '42001:A.9.3', '42001:A.9.4', '42001:A.10.3'],
  },
  {
    id: 'art-27',
    ref: 'Art. 27',
    roles: deployer,
    highRisk: true,
    regulatedOnly: true,
    refs: ['42001:6.1.4', '42001:8.4', '42001:A.5.2', '42001:A.5.3', '42001:A.5.4', '42001:A.5.5'],
  },
  {
    id: 'art-50',
    ref: 'Art. 50',
    roles: both,
    highRisk: false,
    contentOnly: true,
    refs: ['42001:7.4', '42001:A.8.2', '42001:A.8.5'],
  },
  {
    id: 'art-72',
    ref: 'Art. 72',
    roles: provider,
    highRisk: true,
    refs: ['42001:9.1', '42001:10.1', '42001:10.2', '42001:A.6.2.6'],
  },
  {
    id: 'art-73',
    ref: 'Art. 73',
    roles: both,
    highRisk: true,
    refs: ['42001:10.2', '42001:A.8.3', '42001:A.8.4'],
  },
];

/** NIST AI RMF 1.0 functions with the ISO/IEC 42001 items the NIST crosswalk cites most for each (§4.4–4.5). */
export const NIST_AI_RMF_FUNCTIONS: readonly {
  id: 'govern' | 'map' | 'measure' | 'manage';
  ref: string;
  refs: readonly string[];
}[] = [
  { id: 'govern', ref: 'GOVERN', refs: ['42001:5.2', '42001:7.2', '42001:A.6.1.3', '42001:A.10.3'] },
  {
    id: 'map',
    ref: 'MAP',
    refs: ['42001:4.1', '42001:6.1.4', '42001:A.5.2', '42001:A.5.4', '42001:A.6.2.7'],
  },
  { id: 'measure', ref: 'MEASURE', refs: ['42001:9.1', '42001:A.5.5', '42001:A.6.2.4', '42001:A.6.2.6'] },
  { id: 'manage', ref: 'MANAGE', refs: ['42001:6.1.3', '42001:9.3.3', '42001:A.6.1.3', '42001:A.6.2.6'] },
];

/**
 * The AI Act roles an organisation's AI puts it in: AI bought makes it a deployer; AI built makes it a provider,
 * and a deployer too where it uses that AI itself (a lender's own credit-scoring model).
 */
export function aiActRoles(p: Pick<OrgProfile, 'aiRole' | 'aiDeployment'>): AiActRole[] {
  if (p.aiRole === 'none') return [];
  if (p.aiRole === 'procures') return ['deployer'];
  // Art. 2(6): AI developed and put into service solely for scientific research is outside the Act.
  if (p.aiDeployment === 'research') return [];
  return p.aiDeployment === 'in-house' || p.aiDeployment === 'both' ? ['provider', 'deployer'] : ['provider'];
}
