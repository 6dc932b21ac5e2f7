import { ITEMS } from './bank/engine-items.js';
import { countedAnswers } from './flow.js';
import type { ProfileItem } from './schemas/bank.js';
import { BuyerSchema, MarketSchema, type Buyer, type Market, type OrgProfile } from './schemas/profile.js';
import type { Answers } from './schemas/result.js';
import type { Claim, StandardId } from './schemas/standard.js';

/**
 * Representative headcount for each `org_size` band: roughly the middle of the band on a logarithmic scale,
 * rounded, so rules with thresholds at band edges (10, 50, 250, 1,000) place the organisation in its band.
 */
export const EMPLOYEES_BY_BAND: Readonly<Record<string, number>> = {
  '1-9': 5,
  '10-49': 25,
  '50-249': 120,
  '250-999': 500,
  '1000-plus': 2000,
};

/** Headcount assumed when the size question is unanswered: a small company, the most common visitor. */
export const DEFAULT_EMPLOYEES = 25;

// Profile questions branch only on earlier profile questions, so their visibility can be worked out alone.
const PROFILE_ITEMS = ITEMS.filter((item): item is ProfileItem => item.kind === 'profile');
const PROFILE_BY_ID = new Map(PROFILE_ITEMS.map((item) => [item.id, item]));

const MATURITIES = ['low', 'medium', 'high'] as const;
const AI_ROLES = ['none', 'procures', 'feature', 'core'] as const;

/**
 * Builds the `OrgProfile` from the profile answers. Only answers to questions that are visible for these answers
 * and this scope count, so a stale answer to a hidden question (say, AI follow-ups after switching to "no AI")
 * never leaks into the profile. Defaults for questions not shown or not answered:
 *
 * - `employees`: 25 (the `10-49` band); `markets`, `buyers`: none; `regulatedSector`, `handlesSensitiveData`:
 *   false (nothing is assumed that the visitor did not say); `securityMaturity`: `low` (no controls assumed).
 * - `aiRole`: `none`. Without AI: `aiAffectsPeople` false, `euAiActHighRisk` `no`, `aiFunction` `integrated`.
 *   With AI but unanswered: `aiAffectsPeople` false, `euAiActHighRisk` `unsure` (not known is not "no"),
 *   `aiFunction` `integrated` (also where it is not asked: AI only procured, or ISO 42001 out of scope).
 * - `status`: `none` when not asked or unanswered (27001 status is always asked: it shapes the 42001 path too). `certified` becomes `certified-accredited` only
 *   when the visitor confirms accreditation; `no`, `unsure` or no answer give `certified-non-accredited`.
 *
 * Pure; trusts its input types (`assess` validates answers before calling it).
 */
export const deriveProfile = (answers: Answers, scope: readonly StandardId[]): OrgProfile =>
  profileOf(countedAnswers(PROFILE_ITEMS, answers, scope));

/**
 * `deriveProfile` for answers that already count (`flowState(...).counted`): every answer in them belongs to a
 * visible question, so only the options are checked. @internal
 */
export function profileOf(counted: Answers): OrgProfile {
  const aiRole = pick(counted, 'ai_role', AI_ROLES, 'none');
  const usesAi = aiRole !== 'none';
  const euAiActHighRisk = usesAi
    ? pick(counted, 'eu_ai_act_high_risk', ['yes', 'no', 'unsure'] as const, 'unsure')
    : 'no';

  const profile: OrgProfile = {
    aiRole,
    aiAffectsPeople: usesAi && anyBut(counted, 'ai_affects_people', 'none'),
    euAiActHighRisk,
    handlesSensitiveData: anyBut(counted, 'sensitive_data', 'none'),
    regulatedSector: anyBut(counted, 'regulated_sector', 'none'),
    markets: answer(counted, 'markets').filter((v): v is Market =>
      MarketSchema.options.includes(v as Market),
    ),
    buyers: answer(counted, 'buyers').filter((v): v is Buyer => BuyerSchema.options.includes(v as Buyer)),
    status: {
      iso27001: status(counted, 'status_27001', 'accreditation_27001'),
      iso42001: status(counted, 'status_42001', 'accreditation_42001'),
    },
    securityMaturity: pick(counted, 'security_maturity', MATURITIES, 'low'),
    aiFunction: usesAi
      ? pick(counted, 'ai_function', ['integrated', 'separate'] as const, 'integrated')
      : 'integrated',
    employees: EMPLOYEES_BY_BAND[single(counted, 'org_size') ?? ''] ?? DEFAULT_EMPLOYEES,
  };
  // The optional facts are set on the profile in this order rather than spread from objects of their own: this
  // runs on every assessment.
  aiDetails(counted, aiRole, profile);
  details(counted, usesAi, profile);
  certificateScope(counted, profile);
  return profile;
}

/**
 * The optional AI facts: who uses AI that is built (customers by default, the EU AI Act provider case), whether
 * it talks with people or generates content (`unsure` counts: the duty is checked, not assumed away), and
 * whether a 42001 certificate has been asked for.
 */
function aiDetails(counted: Answers, aiRole: OrgProfile['aiRole'], details: Partial<OrgProfile>): void {
  if (aiRole === 'none') return;
  details.aiGeneratesContent = ['yes', 'unsure'].includes(single(counted, 'ai_generates') ?? 'no');
  if (aiRole === 'feature' || aiRole === 'core') {
    details.aiDeployment = pick(
      counted,
      'ai_use',
      ['customers', 'in-house', 'both', 'research'] as const,
      'customers',
    );
    const gpai = single(counted, 'ai_gpai');
    if (gpai === 'yes' || gpai === 'systemic' || gpai === 'unsure') details.aiGeneralPurpose = gpai;
    details.aiCertificateAsked = single(counted, 'ai_certificate_asked') === 'yes';
  }
}

const SECTORS = ['finance', 'payments', 'health', 'public-sector', 'critical-infrastructure'] as const;
const DATA_KINDS = ['personal-data', 'special-category', 'financial', 'customer-confidential'] as const;
const AFFECTED = ['customers', 'staff', 'patients', 'citizens'] as const;

/** The detail behind the yes/no facts, where the visitor gave it: sectors, kinds of data, whom AI affects. */
function details(counted: Answers, usesAi: boolean, out: Partial<OrgProfile>): void {
  const sectors = answer(counted, 'regulated_sector').filter((v): v is (typeof SECTORS)[number] =>
    (SECTORS as readonly string[]).includes(v),
  );
  if (sectors.length > 0) out.sectors = sectors;
  const kinds = answer(counted, 'sensitive_data').filter((v): v is (typeof DATA_KINDS)[number] =>
    (DATA_KINDS as readonly string[]).includes(v),
  );
  if (kinds.length > 0) out.dataKinds = kinds;
  if (usesAi) {
    const affects = answer(counted, 'ai_affects_people').filter((v): v is (typeof AFFECTED)[number] =>
      (AFFECTED as readonly string[]).includes(v),
    );
    if (affects.length > 0) out.aiAffects = affects;
  }
}

/** Scope answers for certificates held; unanswered counts as `unsure`. */
function certificateScope(counted: Answers, out: Partial<OrgProfile>): void {
  const certified27001 = single(counted, 'status_27001') === 'certified';
  const certified42001 = single(counted, 'status_42001') === 'certified';
  if (!certified27001 && !certified42001) return;
  const scopes: NonNullable<OrgProfile['certificateScope']> = {};
  if (certified27001) scopes.iso27001 = pick(counted, 'scope_27001', SCOPES, 'unsure');
  if (certified42001) scopes.iso42001 = pick(counted, 'scope_42001', SCOPES, 'unsure');
  out.certificateScope = scopes;
  // Unanswered is not "valid": it is not assessed, and the result asks to check the certificate.
  if (certified27001) out.certificateState = { iso27001: pick(counted, 'edition_27001', STATES, 'unsure') };
}
const SCOPES = ['yes', 'partly', 'unsure'] as const;
const STATES = ['current', '2013', 'suspended', 'expired', 'unsure'] as const;

// Helpers at module level: they run once per assessment, and closures would be rebuilt on every call.

/** The first answer to a profile question that is one of its options. */
function single(counted: Answers, id: string): string | undefined {
  const value = counted[id];
  const options = PROFILE_BY_ID.get(id)?.options;
  if (value === undefined || !options) return undefined;
  if (typeof value === 'string') return options.includes(value) ? value : undefined;
  return value.find((v) => options.includes(v));
}

/** Every answer to a profile question that is one of its options. */
function answer(counted: Answers, id: string): string[] {
  const value = counted[id];
  const options = PROFILE_BY_ID.get(id)?.options;
  if (value === undefined || !options) return [];
  return (Array.isArray(value) ? value : [value]).filter((v) => options.includes(v));
}

const anyBut = (counted: Answers, id: string, none: string): boolean =>
  answer(counted, id).some((v) => v !== none);

function pick<T extends string>(counted: Answers, id: string, allowed: readonly T[], fallback: T): T {
  const value = single(counted, id);
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function status(counted: Answers, statusId: string, accreditationId: string): Claim {
  const declared = single(counted, statusId);
  if (declared === 'certified') {
    return single(counted, accreditationId) === 'yes' ? 'certified-accredited' : 'certified-non-accredited';
  }
  return declared === 'in-progress' || declared === 'aligned' ? declared : 'none';
}
