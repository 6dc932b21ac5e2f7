import * as z from './zod.js';
import { parseWith } from './errors.js';

// Figures are shapes without refinements so a deep-partial overrides schema can be derived from them;
// `min <= max` and the band order are checked once, on the merged result.
const amount = z.number().check(z.minimum(0));
const range = z.strictObject({ min: amount, max: amount });
const percent = z.number().check(z.minimum(0), z.maximum(100));
const employees = z.number().check(z.int(), z.minimum(1));
const band = z.strictObject({ certificationFees: range, internalEffort: range });

const FiguresShape = z.strictObject({
  /** Phase durations in weeks. */
  weeks: z.strictObject({
    /** Aligning with ISO/IEC 27001 from scratch. */
    align27001: range,
    /** Adding ISO/IEC 42001 alignment on top of an aligned or certified 27001 system. */
    align42001OnTop27001: range,
    /** Aligning with ISO/IEC 42001 with no 27001 system underneath. */
    align42001Standalone: range,
    /** The ISO/IEC 27001 work left after a standalone 42001 alignment built the security foundations. */
    align27001After42001: range,
    /** From an aligned system to a certificate: Stage 1, fixes, Stage 2, decision. */
    certify: range,
    /** Designing one control catalogue tagged to both standards (or mapping 42001 onto an ISMS). */
    unifiedDesign: range,
  }),
  /** Published kickoff-to-certificate ranges, kept to explain why they differ from the phase sums. */
  endToEnd: z.strictObject({
    /** ISO/IEC 42001 certification when 27001 is already in place. */
    iso42001With27001: range,
    /** ISO/IEC 42001 certification without a 27001 system. */
    iso42001Without27001: range,
  }),
  /**
   * Which part of each alignment range an organisation of each size band plans with, as fractions 0–1 of the
   * range: small organisations at the short end, large ones at the long end.
   */
  weekSpan: z.strictObject({ small: range, medium: range, large: range }),
  /** Organisation size bands by head count; `large` is everything above `mediumMaxEmployees`. */
  sizeBands: z.strictObject({ smallMaxEmployees: employees, mediumMaxEmployees: employees }),
  /** Certification cost ranges per standard and size band, in `currency`. */
  costs: z.strictObject({ small: band, medium: band, large: band }),
  /** Shares (0–1) of the cost bands that apply in cheaper cases. */
  shares: z.strictObject({
    /** Internal effort still needed to certify a system that is already aligned, or to move it to an accredited body. */
    alignedEffort: z.number().check(z.minimum(0), z.maximum(1)),
    /** Fees and internal effort of the second standard certified in the same integrated audit. */
    secondStandard: z.number().check(z.minimum(0), z.maximum(1)),
  }),
  /** How much ISO/IEC 27001 work carries over to ISO/IEC 42001, percent. */
  reuse: z.strictObject({
    /** The overall range quoted to visitors. */
    quoted: range,
    /** Share of the 42001 documentation burden removed by a well-structured ISMS. */
    documentation: range,
    /** Share of documentation, policies and processes a 27001-certified organisation reuses. */
    documentsPoliciesProcesses: range,
    /** Share of 42001's foundational controls a 27001-certified organisation already has. */
    foundationalControls: range,
  }),
  /** Thresholds the classification and the timeline use. */
  readiness: z.strictObject({
    /** Minimum readiness (0–100) for an honest `aligned` claim, on top of every required milestone. */
    alignedThreshold: percent,
    /** Domains scoring below this (0–100) are named as blockers. */
    lowDomain: percent,
    /** Share (0–1) of an align phase that remains even at full readiness: evidence, audit, review. */
    alignFloor: z.number().check(z.minimum(0), z.maximum(1)),
    /** Security-control readiness (0–100) below which answers read as low maturity. */
    maturityLow: percent,
    /** Security-control readiness (0–100) from which answers read as high maturity. */
    maturityHigh: percent,
  }),
  /** ISO 4217 code the cost figures are in. Changing it does not convert the amounts. */
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
});

const isRange = (value: unknown): value is { min: number; max: number } =>
  typeof value === 'object' && value !== null && 'min' in value && 'max' in value;

function checkRanges(value: unknown, path: string[], issues: { path: string[]; message: string }[]): void {
  if (isRange(value)) {
    if (value.min > value.max)
      issues.push({ path, message: `min (${value.min}) exceeds max (${value.max})` });
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, child] of Object.entries(value)) checkRanges(child, [...path, key], issues);
}

/** Every figure the rules use: durations, costs, reuse, thresholds. Ranges must have `min <= max`. */
export const FiguresSchema = FiguresShape.check(
  z.superRefine((figures, ctx) => {
    const issues: { path: string[]; message: string }[] = [];
    checkRanges(figures, [], issues);
    for (const issue of issues) ctx.addIssue({ code: 'custom', input: figures, ...issue });
    if (figures.sizeBands.smallMaxEmployees >= figures.sizeBands.mediumMaxEmployees)
      ctx.addIssue({
        code: 'custom',
        input: figures.sizeBands,
        path: ['sizeBands', 'mediumMaxEmployees'],
        message: 'must be greater than smallMaxEmployees',
      });
  }),
);
/** Figures after the embedder's overrides. */
export type Figures = z.infer<typeof FiguresShape>;

/** A deep-partial version of `Figures`: what an embedder may override. */
export type FiguresOverrides = { [K in keyof Figures]?: DeepPartial<Figures[K]> };
type DeepPartial<T> = T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

// Every object level optional, unknown keys still rejected (strict objects stay strict).
function deepPartial(schema: z.ZodMiniType): z.ZodMiniType {
  if (!(schema instanceof z.ZodMiniObject)) return schema;
  const shape = Object.fromEntries(
    Object.entries(schema.shape as Record<string, z.ZodMiniType>).map(([key, child]) => [
      key,
      z.optional(deepPartial(child)),
    ]),
  );
  return z.strictObject(shape);
}

/** Validates figure overrides: every field optional, unknown fields rejected. */
export const FiguresOverridesSchema = deepPartial(FiguresShape) as z.ZodMiniType<FiguresOverrides>;

const MONTH = 52 / 12;
const weeksFromMonths = (min: number, max: number) => ({
  min: Math.round(min * MONTH),
  max: Math.round(max * MONTH),
});

/** Defaults, every one from the practitioner seeds unless the comment says how it was derived. */
export const DEFAULT_FIGURES: Figures = {
  weeks: {
    // Seed 000: aligning to 27001 is 6–12 months of mostly internal work (26–52 weeks).
    align27001: weeksFromMonths(6, 12),
    // Seeds 000 and 001: 10–16 weeks of AI-specific work on top of an aligned or mature 27001.
    align42001OnTop27001: { min: 10, max: 16 },
    // Derived: seed 002's 9–15 months to a 42001 certificate without 27001 (39–65 weeks) minus the
    // certification leg below (16–23 weeks), min from min and max from max: 23–42 weeks.
    align42001Standalone: { min: 23, max: 42 },
    // Derived, so the shared work counts once: a standalone 42001 alignment (23–42) exceeds the AI-specific
    // work (10–16) by the security foundations it builds (13–26 weeks); 27001 from scratch (26–52) minus those
    // foundations leaves 13–26 weeks.
    align27001After42001: { min: 13, max: 26 },
    // Derived: seed 002's 6–9 months to a 42001 certificate with 27001 in place (26–39 weeks) minus the
    // 10–16 weeks of alignment work (seeds 000, 001): 16–23 weeks for Stage 1, fixes, Stage 2, decision.
    certify: { min: 16, max: 23 },
    // Seed 003: 2–3 weeks of mapping design for a scale-up with an established ISMS.
    unifiedDesign: { min: 2, max: 3 },
  },
  endToEnd: {
    // Seed 002: 6–9 months to a 42001 certificate when 27001 is already in place (26–39 weeks).
    iso42001With27001: weeksFromMonths(6, 9),
    // Seed 002: 9–15 months to a 42001 certificate without prior 27001 (39–65 weeks).
    iso42001Without27001: weeksFromMonths(9, 15),
  },
  // Seed 002: the long end of a range applies where the estate is large or the baseline thin; seed 000 ties
  // effort to organisation size. Engine choice: small organisations plan with the first half of a range, large
  // ones with the second half, mid-sized ones with all of it.
  weekSpan: { small: { min: 0, max: 0.5 }, medium: { min: 0, max: 1 }, large: { min: 0.5, max: 1 } },
  // Derived: the EU SME size classes (small < 50, medium < 250 staff) split seed 000's "depending on
  // organisation size" into three bands.
  sizeBands: { smallMaxEmployees: 49, mediumMaxEmployees: 249 },
  // Seed 000: €15–60k certification-body fees and €60–300k internal effort by organisation size. Derived
  // split: each seed range cut into three contiguous bands, so the bands together span the seed range.
  costs: {
    small: { certificationFees: { min: 15_000, max: 25_000 }, internalEffort: { min: 60_000, max: 120_000 } },
    medium: {
      certificationFees: { min: 25_000, max: 40_000 },
      internalEffort: { min: 120_000, max: 200_000 },
    },
    large: {
      certificationFees: { min: 40_000, max: 60_000 },
      internalEffort: { min: 200_000, max: 300_000 },
    },
  },
  shares: {
    // Seed 000: with the alignment done properly, "much of that internal cost collapses". Engine choice: 40 %.
    alignedEffort: 0.4,
    // Seeds 001, 003: an integrated audit of two systems costs meaningfully less than two. Engine choice: half.
    secondStandard: 0.5,
  },
  reuse: {
    // Derived: the span of the three sources below (40–70 %).
    quoted: { min: 40, max: 70 },
    // Seed 003: 40–50 % of the 42001 documentation burden disappears with a well-structured ISMS.
    documentation: { min: 40, max: 50 },
    // Seed 000: 50–60 % of documentation, policies and processes reused by 27001-certified organisations.
    documentsPoliciesProcesses: { min: 50, max: 60 },
    // Seed 001: 60–70 % of the foundational controls 42001 needs are already there with 27001.
    foundationalControls: { min: 60, max: 70 },
  },
  readiness: {
    // Engine choice (no seed gives a number): most weighted items in place; the milestones (risk
    // assessment, SoA, internal audit, management review…) are checked separately and must all be met.
    alignedThreshold: 80,
    // Engine choice: a domain under half its weight in place is named as a blocker.
    lowDomain: 50,
    // Engine choice: even a fully prepared organisation spends a quarter of the phase on evidence,
    // an internal audit cycle and a management review (seed 000: the internal cost "collapses", not vanishes).
    alignFloor: 0.25,
    // Engine choice: self-rated maturity is checked against the security controls the answers show.
    maturityLow: 40,
    maturityHigh: 75,
  },
  // Seed 000 quotes euros.
  currency: 'EUR',
};

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
deepFreeze(DEFAULT_FIGURES);

/** An organisation's size band: `small` up to `smallMaxEmployees`, `medium` up to `mediumMaxEmployees`, else `large`. */
export type SizeBand = keyof Figures['costs'];
export const sizeBandOf = (employees: number, bands: Figures['sizeBands']): SizeBand =>
  employees <= bands.smallMaxEmployees ? 'small' : employees <= bands.mediumMaxEmployees ? 'medium' : 'large';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function merge(base: unknown, patch: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(patch)) return patch === undefined ? base : patch;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) out[key] = merge(base[key], value);
  return out;
}

/**
 * Applies an embedder's deep-partial overrides to the defaults. Unknown fields, wrong types, negative
 * amounts and ranges with `min > max` (after merging) throw `ReadinessError('invalid-options')` with the path.
 */
export function resolveFigures(overrides: unknown, root: (string | number)[] = ['figures']): Figures {
  if (overrides === undefined) return DEFAULT_FIGURES;
  const patch = parseWith(FiguresOverridesSchema, overrides, 'invalid-options', root);
  return parseWith(FiguresSchema, merge(DEFAULT_FIGURES, patch), 'invalid-options', root);
}
