/**
 * The judgement calls behind the verdict, as tables a consultant can review: each row names the practitioner
 * seed it rests on (`000`–`004`, the articles in the project's domain sources) or says `engine` where no seed
 * gives the rule and the engine made the call. Reasons carry the seeds as `seed=000` facts, so a result can be
 * traced to its sources.
 */
import type { DecisionRule } from './recommend/table.js';
import type { OrgProfile } from './schemas/profile.js';
import type { Requirement, StandardId } from './schemas/standard.js';

/** A practitioner seed, or the engine's own call where the seeds are silent. */
export type Seed = '000' | '001' | '002' | '003' | '004' | 'engine';

/** Who a requirement comes from; the headline says "your buyers", "your investors", "your sector" or "regulation". */
export type RequirementSource = 'buyers' | 'investors' | 'sector' | 'regulation';

const isBuilt = (p: OrgProfile): boolean => p.aiRole === 'feature' || p.aiRole === 'core';
/**
 * No buyers, and either a public body or AI kept to research: no one to sell to, so no sales requirement. A bank
 * or insurer without listed buyers still answers to a supervisor that expects a certificate.
 */
const publicBodyOrLab = (p: OrgProfile): boolean =>
  p.buyers.length === 0 &&
  (p.aiDeployment === 'research' ||
    (p.sectors !== undefined && p.sectors.length > 0 && p.sectors.every((s) => s === 'public-sector')));
const sellsToEnterpriseOrPublic = (p: OrgProfile): boolean =>
  p.buyers.includes('enterprise') || p.buyers.includes('government');

/**
 * Does ISO/IEC 42001 apply at all? AI built, procured AI that feeds decisions about people or may be high-risk,
 * or a 42001 programme already under way (seeds 001, 004). Everyone else gets no 42001 claim, score or blocker.
 */
export const applies42001 = (p: OrgProfile): boolean =>
  p.status.iso42001 !== 'none' ||
  isBuilt(p) ||
  (p.aiRole === 'procures' && (p.aiAffectsPeople || p.euAiActHighRisk !== 'no'));

/** Does the standard apply to this organisation? ISO/IEC 27001 always can. */
export const appliesTo = (p: OrgProfile, standard: StandardId): boolean =>
  standard === 'iso27001' || applies42001(p);

/** What a requirement row decides: the tier asked for, and who asks (the headline names them). */
export interface RequirementOutcome {
  requirement: Requirement;
  from: RequirementSource;
}

/** One row of what is asked of an organisation, and by whom, in the shape of every decision table. */
export interface RequirementRule extends DecisionRule<OrgProfile, RequirementOutcome> {
  facts: (p: OrgProfile) => string[];
}

const buyer = (
  name: OrgProfile['buyers'][number],
  requirement: Requirement,
  from: RequirementSource,
  source: readonly string[],
  why: string,
): RequirementRule => ({
  id: `requirement.iso27001.${name}`,
  outcome: { requirement, from },
  source,
  why,
  when: (p) => p.buyers.includes(name),
  facts: () => [`buyers=${name}`],
});

/**
 * What buyers, investors, sector and regulation ask for, per standard; the strongest matching row wins and the
 * headline names who asks. A row whose requirement is `none` is advice: its reason is given, nothing is required.
 * 27001 follows seed 000's tiers. ISO/IEC 42001 demand is emerging: buyers ask for alignment they can check
 * (seeds 001, 004); a certificate counts as required only when the visitor says a customer or tender asked for
 * one (seed 000: certify when a deal demands it). AI used in-house never turns into a buyer requirement.
 */
export const REQUIREMENT_RULES: Record<StandardId, readonly RequirementRule[]> = {
  iso27001: [
    buyer(
      'enterprise',
      'certified-accredited',
      'buyers',
      ['seed=000'],
      'Enterprise procurement asks for an accredited certificate.',
    ),
    buyer(
      'government',
      'certified-accredited',
      'buyers',
      ['seed=000'],
      'Public tenders ask for an accredited certificate.',
    ),
    buyer(
      'investor-late',
      'certified-accredited',
      'investors',
      ['seed=000'],
      'Pre-IPO due diligence expects an accredited certificate.',
    ),
    {
      id: 'requirement.iso27001.regulated',
      outcome: { requirement: 'certified-accredited', from: 'sector' },
      source: ['seed=000', 'seed=004'],
      why: 'Suppliers to regulated sectors are expected to hold an accredited certificate.',
      when: (p) => p.regulatedSector && !publicBodyOrLab(p),
      facts: () => ['regulatedSector=true'],
    },
    {
      id: 'requirement.iso27001.public-body',
      outcome: { requirement: 'aligned', from: 'sector' },
      source: ['seed=engine'],
      why: 'A public body or research lab with no buyers supplies no one: its national baseline (and NIS2 where it applies) is what alignment evidences (review Y7).',
      when: (p) => p.regulatedSector && publicBodyOrLab(p),
      facts: (p) => ['regulatedSector=true', 'buyers=none', ...(p.sectors ?? []).map((s) => `sector=${s}`)],
    },
    buyer('smb', 'aligned', 'buyers', ['seed=000'], 'Smaller buyers accept alignment they can check.'),
    buyer(
      'investor-growth',
      'aligned',
      'investors',
      ['seed=engine'],
      'Seed 000 names Series A (alignment) and pre-IPO (certificate) only; growth rounds are our call.',
    ),
    buyer('investor-early', 'aligned', 'investors', ['seed=000'], 'Series A diligence accepts alignment.'),
  ],
  iso42001: [
    {
      id: 'requirement.iso42001.certificate-asked',
      outcome: { requirement: 'certified-accredited', from: 'buyers' },
      source: ['seed=000'],
      why: 'A certificate is required only when a customer or tender has asked for one: certify when a deal demands it.',
      when: (p) => p.aiCertificateAsked === true,
      facts: () => ['aiCertificateAsked=true'],
    },
    {
      id: 'requirement.iso42001.high-risk-provider',
      outcome: { requirement: 'none', from: 'regulation' },
      source: ['seed=000', 'seed=004'],
      why: 'Advice, not a requirement (review Y1): the Act asks for risk and quality management (Art. 9, 17); ISO/IEC 42001 is voluntary (seed 001) and no proof of conformity (seed 003).',
      when: (p) => isBuilt(p) && p.euAiActHighRisk === 'yes' && p.markets.includes('eu'),
      facts: (p) => [`aiRole=${p.aiRole}`, 'euAiActHighRisk=yes', 'markets=eu'],
    },
    {
      id: 'requirement.iso42001.enterprise-ai',
      outcome: { requirement: 'aligned', from: 'buyers' },
      source: ['seed=001', 'seed=004'],
      why: 'Enterprise and public buyers ask how AI sold to them is governed; AI used only in-house is sold to no one (review O04).',
      when: (p) =>
        isBuilt(p) &&
        p.aiDeployment !== 'in-house' &&
        p.aiDeployment !== 'research' &&
        sellsToEnterpriseOrPublic(p) &&
        (p.aiRole === 'core' || p.aiAffectsPeople || p.markets.includes('eu')),
      facts: (p) => [
        ...p.buyers.filter((b) => b === 'enterprise' || b === 'government').map((b) => `buyers=${b}`),
        `aiRole=${p.aiRole}`,
        ...(p.aiAffectsPeople ? ['aiAffectsPeople=true'] : []),
        ...(p.markets.includes('eu') ? ['markets=eu'] : []),
      ],
    },
  ],
};

/** A control area that the risk profile makes essential: while it is `no`, not sure or unanswered, no aligned claim. */
export interface EssentialControl {
  /** Bank item id. */
  item: string;
  standard: StandardId;
  seeds: readonly Seed[];
  when: (p: OrgProfile) => boolean;
}

const always = (): boolean => true;

/**
 * Floors under the aligned claim. Seed 001 names the core security controls every ISMS needs (access
 * management, encryption, incident response, change management, vendor risk, business continuity); seeds
 * 000, 001 and 004 name what AI governance cannot do without (data governance, testing for bias and accuracy,
 * human oversight where people are affected, monitoring for drift, checks on AI bought in).
 */
export const ESSENTIAL_CONTROLS: readonly EssentialControl[] = [
  { item: 'access_control', standard: 'iso27001', seeds: ['001', '004'], when: always },
  { item: 'incident_management', standard: 'iso27001', seeds: ['001', '004'], when: always },
  { item: 'backup_continuity', standard: 'iso27001', seeds: ['001', '004'], when: always },
  { item: 'supplier_security', standard: 'iso27001', seeds: ['001', '004'], when: always },
  { item: 'change_management', standard: 'iso27001', seeds: ['001'], when: always },
  { item: 'cryptography', standard: 'iso27001', seeds: ['001', '004'], when: (p) => p.handlesSensitiveData },
  { item: 'ai_data', standard: 'iso42001', seeds: ['000', '001', '004'], when: isBuilt },
  { item: 'ai_verification', standard: 'iso42001', seeds: ['000', '001'], when: isBuilt },
  {
    item: 'ai_responsible_use',
    standard: 'iso42001',
    seeds: ['000', '001', '004'],
    when: (p) => p.aiAffectsPeople,
  },
  { item: 'ai_monitoring', standard: 'iso42001', seeds: ['001', '004'], when: (p) => p.aiRole === 'core' },
  { item: 'ai_suppliers', standard: 'iso42001', seeds: ['003', '004'], when: (p) => p.aiRole === 'procures' },
  // Review Z7: client or special-category data and AI tools in use make acceptable use of those tools essential.
  {
    item: 'data_protection',
    standard: 'iso27001',
    seeds: ['engine'],
    when: (p) =>
      p.aiRole !== 'none' &&
      (p.dataKinds ?? []).some((k) => k === 'customer-confidential' || k === 'special-category'),
  },
];

/**
 * How much of an AI-specific item an existing ISMS practice already carries (share 0–1 of the item's weight),
 * for the computed reuse. Shared items carry over in full; these carry a part, because the process is reused
 * and the content is new.
 */
export const CARRY_OVER: readonly { item: string; from: string; share: number; seeds: readonly Seed[] }[] = [
  // Seeds 003, 004: one audit function and one review cadence, scope widened to AI; the audit rhythm is the same.
  { item: 'ai_internal_audit', from: 'internal_audit', share: 0.75, seeds: ['003', '004'] },
  { item: 'ai_management_review', from: 'management_review', share: 0.75, seeds: ['003', '004'] },
  // Seeds 001, 004: extend the risk register and adapt the method rather than start a second one.
  { item: 'ai_risk_assessment', from: 'risk_assessment', share: 0.5, seeds: ['001', '004'] },
  // Seed 003: scope, context and policy are one document with two references; the AI content is new.
  { item: 'ai_scope', from: 'isms_scope', share: 0.5, seeds: ['003'] },
  { item: 'ai_policy', from: 'security_policy', share: 0.5, seeds: ['003'] },
  // Seed 004: the same pattern of registers and Statements of Applicability, with different artefacts.
  { item: 'ai_soa', from: 'soa', share: 0.5, seeds: ['004'] },
  // Seed 004: leadership commitment and the governance structure carry over; AI accountability is new.
  { item: 'ai_accountability', from: 'leadership', share: 0.5, seeds: ['003', '004'] },
  // Seed 003: the incident runbook and the vendor-onboarding workflow are shared; playbooks and content differ.
  { item: 'ai_incidents', from: 'incident_management', share: 0.5, seeds: ['003'] },
  { item: 'ai_suppliers', from: 'supplier_security', share: 0.5, seeds: ['003'] },
  // Seed 003: classification and handling rules are the foundation AI data governance extends.
  { item: 'ai_data', from: 'data_protection', share: 0.4, seeds: ['003'] },
  // Engine calls: the measurement process, the reporting channel and user notices are reused; what they
  // cover is new (seed 001: AI risks move faster than ISMS review cycles).
  { item: 'ai_monitoring', from: 'monitoring_measurement', share: 0.3, seeds: ['001', 'engine'] },
  { item: 'ai_concerns', from: 'incident_management', share: 0.3, seeds: ['engine'] },
  { item: 'ai_transparency', from: 'legal_privacy', share: 0.2, seeds: ['engine'] },
  // Seed 003: model changes are "different enough"; only the ticketing and approval carry.
  { item: 'ai_change', from: 'change_management', share: 0.3, seeds: ['003'] },
];

/** Seeds as reason facts. */
export const seedFacts = (seeds: readonly Seed[]): string[] => seeds.map((seed) => `seed=${seed}`);
