import { ITEMS } from './bank/items.js';
import { visibleItems } from './flow.js';
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
export function deriveProfile(answers: Answers, scope: readonly StandardId[]): OrgProfile {
  const shown = new Map(visibleItems(PROFILE_ITEMS, answers, scope).map((item) => [item.id, item]));
  const answer = (id: string): string[] => {
    const item = shown.get(id);
    const value = answers[id];
    if (!item || value === undefined) return [];
    const given = Array.isArray(value) ? value : [value];
    return given.filter((v) => item.options.includes(v));
  };
  const single = (id: string): string | undefined => answer(id)[0];
  const anyBut = (id: string, none: string): boolean => answer(id).some((v) => v !== none);
  const pick = <T extends string>(id: string, allowed: readonly T[], fallback: T): T => {
    const value = single(id);
    return allowed.includes(value as T) ? (value as T) : fallback;
  };

  const status = (statusId: string, accreditationId: string): Claim => {
    const declared = single(statusId);
    if (declared === 'certified') {
      return single(accreditationId) === 'yes' ? 'certified-accredited' : 'certified-non-accredited';
    }
    return declared === 'in-progress' || declared === 'aligned' ? declared : 'none';
  };

  const aiRole = pick('ai_role', AI_ROLES, 'none');
  const usesAi = aiRole !== 'none';
  const euAiActHighRisk = usesAi
    ? pick('eu_ai_act_high_risk', ['yes', 'no', 'unsure'] as const, 'unsure')
    : 'no';

  return {
    aiRole,
    aiAffectsPeople: usesAi && anyBut('ai_affects_people', 'none'),
    euAiActHighRisk,
    handlesSensitiveData: anyBut('sensitive_data', 'none'),
    regulatedSector: anyBut('regulated_sector', 'none'),
    markets: answer('markets').filter((v): v is Market => MarketSchema.options.includes(v as Market)),
    buyers: answer('buyers').filter((v): v is Buyer => BuyerSchema.options.includes(v as Buyer)),
    status: {
      iso27001: status('status_27001', 'accreditation_27001'),
      iso42001: status('status_42001', 'accreditation_42001'),
    },
    securityMaturity: pick('security_maturity', MATURITIES, 'low'),
    aiFunction: usesAi
      ? pick('ai_function', ['integrated', 'separate'] as const, 'integrated')
      : 'integrated',
    employees: EMPLOYEES_BY_BAND[single('org_size') ?? ''] ?? DEFAULT_EMPLOYEES,
  };
}
