import * as z from 'zod/mini';
import { ClaimSchema } from './standard.js';

export const AiRoleSchema = z.enum(['none', 'procures', 'feature', 'core']);
export const MarketSchema = z.enum(['eu', 'uk', 'us', 'india', 'other']);
export const BuyerSchema = z.enum(['smb', 'enterprise', 'government', 'investor-early', 'investor-late']);
export const MaturitySchema = z.enum(['low', 'medium', 'high']);

/** The facts about an organisation that drive classification and recommendation. */
export const OrgProfileSchema = z.strictObject({
  aiRole: AiRoleSchema,
  aiAffectsPeople: z.boolean(),
  euAiActHighRisk: z.enum(['yes', 'no', 'unsure']),
  handlesSensitiveData: z.boolean(),
  regulatedSector: z.boolean(),
  markets: z.array(MarketSchema),
  buyers: z.array(BuyerSchema),
  status: z.strictObject({ iso27001: ClaimSchema, iso42001: ClaimSchema }),
  securityMaturity: MaturitySchema,
  aiFunction: z.enum(['integrated', 'separate']),
  employees: z.number().check(z.int(), z.minimum(1), z.maximum(10_000_000)),
});

/** What the profile questions establish about an organisation (DESIGN.md). */
export type OrgProfile = z.infer<typeof OrgProfileSchema>;
/** How the organisation relates to AI: none, procures third-party AI, AI as a feature, AI as the product. */
export type AiRole = OrgProfile['aiRole'];
/** A market the organisation sells into. */
export type Market = z.infer<typeof MarketSchema>;
/** A kind of buyer or funder the organisation must satisfy. */
export type Buyer = z.infer<typeof BuyerSchema>;
