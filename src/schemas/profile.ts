import * as z from '../zod.js';
import { ClaimSchema } from './claim.js';

// Marked pure, like the result schemas, so a bundle that only calls `assess()` drops what it does not read.
export const AiRoleSchema = /* @__PURE__ */ z.enum(['none', 'procures', 'feature', 'core']);
export const MarketSchema = z.enum(['eu', 'uk', 'us', 'india', 'other']);
// `investor-growth` (Series B and C) sits apart from `investor-late` (pre-IPO, acquisition): seed 000 names only
// Series A and pre-IPO, and a growth round is not a pre-IPO one.
export const BuyerSchema = z.enum([
  'smb',
  'enterprise',
  'government',
  'investor-early',
  'investor-growth',
  'investor-late',
]);
/** How far a certificate's scope covers what buyers buy. */
export const CertificateScopeSchema = /* @__PURE__ */ z.enum(['yes', 'partly', 'unsure']);
export const MaturitySchema = /* @__PURE__ */ z.enum(['low', 'medium', 'high']);

/** The facts about an organisation that drive classification and recommendation. */
export const OrgProfileSchema = /* @__PURE__ */ z.strictObject({
  aiRole: AiRoleSchema,
  aiAffectsPeople: /* @__PURE__ */ z.boolean(),
  euAiActHighRisk: /* @__PURE__ */ z.enum(['yes', 'no', 'unsure']),
  handlesSensitiveData: /* @__PURE__ */ z.boolean(),
  regulatedSector: /* @__PURE__ */ z.boolean(),
  markets: /* @__PURE__ */ z.array(MarketSchema),
  buyers: /* @__PURE__ */ z.array(BuyerSchema),
  status: /* @__PURE__ */ z.strictObject({ iso27001: ClaimSchema, iso42001: ClaimSchema }),
  securityMaturity: MaturitySchema,
  aiFunction: /* @__PURE__ */ z.enum(['integrated', 'separate']),
  employees: /* @__PURE__ */ z
    .number()
    .check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.minimum(1), /* @__PURE__ */ z.maximum(10_000_000)),
  /** Who uses the AI the organisation builds: its customers (provider), itself (provider and deployer), or both. */
  aiDeployment: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.enum(['customers', 'in-house', 'both', 'research']),
  ),
  /** It develops or fine-tunes a general-purpose AI model others build on (EU AI Act Art. 53–55). */
  aiGeneralPurpose: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['no', 'yes', 'systemic', 'unsure'])),
  /** Its AI talks with people or generates content they see (EU AI Act Art. 50). */
  aiGeneratesContent: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** A customer or tender has asked for an ISO/IEC 42001 certificate. */
  aiCertificateAsked: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** Which regulated sectors it works in, where known (DORA for finance and payments, NIS2 for the others). */
  sectors: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.array(
      /* @__PURE__ */ z.enum(['finance', 'payments', 'health', 'public-sector', 'critical-infrastructure']),
    ),
  ),
  /** Which kinds of sensitive data it holds, where known. */
  dataKinds: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.array(
      /* @__PURE__ */ z.enum(['personal-data', 'special-category', 'financial', 'customer-confidential']),
    ),
  ),
  /** Whom its AI's decisions concern, where known (Art. 26(7) when staff). */
  aiAffects: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(['customers', 'staff', 'patients', 'citizens'])),
  ),
  /** For a certificate held: its edition and state (IAF MD 26 ended 2013-edition certificates on 31 Oct 2025). */
  certificateState: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.strictObject({
      iso27001: /* @__PURE__ */ z.optional(
        /* @__PURE__ */ z.enum(['current', '2013', 'suspended', 'expired', 'unsure']),
      ),
    }),
  ),
  /** For a certificate held: does its scope cover what buyers buy? */
  certificateScope: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.strictObject({
      iso27001: /* @__PURE__ */ z.optional(CertificateScopeSchema),
      iso42001: /* @__PURE__ */ z.optional(CertificateScopeSchema),
    }),
  ),
});

/** What the profile questions establish about an organisation (DESIGN.md). */
export type OrgProfile = z.infer<typeof OrgProfileSchema>;
/** How the organisation relates to AI: none, procures third-party AI, AI as a feature, AI as the product. */
export type AiRole = OrgProfile['aiRole'];
/** A market the organisation sells into. */
export type Market = z.infer<typeof MarketSchema>;
/** A kind of buyer or funder the organisation must satisfy. */
export type Buyer = z.infer<typeof BuyerSchema>;
/** Who uses the AI an organisation builds (`research`: solely for scientific research, EU AI Act Art. 2(6)). */
export type AiDeployment = NonNullable<OrgProfile['aiDeployment']>;
