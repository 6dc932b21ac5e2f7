import * as z from '../zod.js';

/** The two standards the assessment covers. */
export const StandardIdSchema = z.enum(['iso27001', 'iso42001']);
/** `iso27001` (information security) or `iso42001` (AI management). */
export type StandardId = z.infer<typeof StandardIdSchema>;
export const STANDARD_IDS: readonly StandardId[] = StandardIdSchema.options;

// Claims, requirements and ranges live in ./claim.ts: the first screen reads only which standards there are.
export type { Claim, Range, Requirement } from './claim.js';
