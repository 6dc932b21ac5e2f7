import * as z from '../zod.js';

/** What an organisation can honestly claim today, weakest first. */
export const ClaimSchema = z.enum([
  'none',
  'in-progress',
  'aligned',
  'certified-non-accredited',
  'certified-accredited',
]);
/** The claim an organisation can honestly make for one standard. */
export type Claim = z.infer<typeof ClaimSchema>;

/** What buyers, regulators or investors ask for, weakest first. */
export const RequirementSchema = z.enum(['none', 'aligned', 'certified-accredited']);
/** What an organisation's buyers require for one standard. */
export type Requirement = z.infer<typeof RequirementSchema>;

/** Rank of a claim on the 0–4 ladder (none … certified-accredited). */
export const claimRank = (claim: Claim): number => ClaimSchema.options.indexOf(claim);

/** Rank of a requirement on the same ladder as claims (none 0, aligned 2, certified-accredited 4). */
export const requirementRank = (requirement: Requirement): number => claimRank(requirement);

/** Does this claim satisfy that requirement? A non-accredited certificate never satisfies an accredited one. */
export const satisfies = (claim: Claim, requirement: Requirement): boolean =>
  requirement === 'certified-accredited'
    ? claim === 'certified-accredited'
    : claimRank(claim) >= requirementRank(requirement);

/** A `{ min, max }` range; `min <= max`. */
export const RangeSchema = z
  .object({ min: z.number().check(z.minimum(0)), max: z.number().check(z.minimum(0)) })
  .check(z.refine((r) => r.min <= r.max, 'min must not exceed max'));
/** An inclusive numeric range. */
export type Range = z.infer<typeof RangeSchema>;
