/**
 * Writes the JSON Schemas of the Lead, the AssessmentResult, the full assessment's result and its draft
 * Statement of Applicability to `dist/`, for CRM and back-end teams
 * who validate what the widget sends without running TypeScript. Run: `npm run build:schema`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as z from 'zod/mini';
import { OrgProfileSchema } from '../src/schemas/profile.js';
import {
  ConsentRecordSchema,
  ContactSchema,
  LEAD_SCHEMA_VERSION,
  LeadContextSchema,
  LeadSchema,
  LeadSummarySchema,
} from '../src/schemas/lead.js';
import {
  AssessmentResultSchema,
  ClassificationSchema,
  DomainScoreSchema,
  PhaseSchema,
  ReasonSchema,
  RecommendationSchema,
  RESULT_SCHEMA_VERSION,
  StandardReadinessSchema,
} from '../src/schemas/result.js';
import { ClaimSchema, RangeSchema, RequirementSchema } from '../src/schemas/claim.js';
import { StandardIdSchema } from '../src/schemas/standard.js';
import {
  EntryResultSchema,
  FULL_RESULT_SCHEMA_VERSION,
  FullResultSchema,
  SOA_SCHEMA_VERSION,
  SoaRowSchema,
  SoaSchema,
} from '../src/full/schemas.js';

type JsonSchema = Record<string, unknown>;

// Shared types get readable names under `$defs`; the rest is inlined.
const NAMED: [z.ZodMiniType, string][] = [
  [ContactSchema, 'Contact'],
  [ConsentRecordSchema, 'ConsentRecord'],
  [LeadContextSchema, 'LeadContext'],
  [LeadSummarySchema, 'LeadSummary'],
  [OrgProfileSchema, 'OrgProfile'],
  [StandardReadinessSchema, 'StandardReadiness'],
  [DomainScoreSchema, 'DomainScore'],
  [ClassificationSchema, 'Classification'],
  [RecommendationSchema, 'Recommendation'],
  [PhaseSchema, 'Phase'],
  [ReasonSchema, 'Reason'],
  [RangeSchema, 'Range'],
  [StandardIdSchema, 'StandardId'],
  [ClaimSchema, 'Claim'],
  [RequirementSchema, 'Requirement'],
];

const generate = (
  root: z.ZodMiniType,
  named: [z.ZodMiniType, string][],
  id: string,
  title: string,
  description: string,
): JsonSchema => {
  // Names go into the global registry only while generating, next to the code-point limits it already holds.
  const saved = named.map(([schema]) => [schema, z.globalRegistry.get(schema)] as const);
  for (const [schema, name] of named) {
    if (schema !== root) z.globalRegistry.add(schema, { ...z.globalRegistry.get(schema), id: name });
  }
  let json: JsonSchema;
  try {
    json = z.toJSONSchema(root, { target: 'draft-2020-12', unrepresentable: 'throw' }) as JsonSchema;
  } finally {
    for (const [schema, meta] of saved) {
      z.globalRegistry.remove(schema);
      if (meta) z.globalRegistry.add(schema, meta);
    }
  }
  return { $schema: json.$schema, $id: id, title, description, ...json };
};

/** JSON Schema (2020-12) of a Lead, as the webhook receives it. */
export const leadJsonSchema = (): JsonSchema =>
  generate(
    LeadSchema,
    NAMED,
    `urn:iso-readiness:schema:lead:v${LEAD_SCHEMA_VERSION}`,
    'iso-readiness Lead',
    'A lead from the iso-readiness widget: contact, consent, context and the result scoped to what the visitor agreed to share. String lengths count Unicode code points.',
  );

/** JSON Schema (2020-12) of an AssessmentResult. */
export const resultJsonSchema = (): JsonSchema =>
  generate(
    AssessmentResultSchema,
    NAMED.filter(([schema]) => schema !== ContactSchema),
    `urn:iso-readiness:schema:result:v${RESULT_SCHEMA_VERSION}`,
    'iso-readiness AssessmentResult',
    'Everything assess() computes: profile, readiness per domain, classification per standard and the recommendation.',
  );

/** JSON Schema (2020-12) of a draft Statement of Applicability, as the full assessment exports it. */
export const soaJsonSchema = (): JsonSchema =>
  generate(
    SoaSchema,
    [
      [SoaRowSchema, 'SoaRow'],
      [StandardIdSchema, 'StandardId'],
    ],
    `urn:iso-readiness:schema:soa:v${SOA_SCHEMA_VERSION}`,
    'iso-readiness Statement of Applicability (draft)',
    'A draft Statement of Applicability for one standard from the full gap assessment: every Annex A control with applicability, reasons for inclusion or justification for exclusion, status, reference, owner, evidence and planned date.',
  );

/** JSON Schema (2020-12) of a full gap assessment's result. */
export const fullResultJsonSchema = (): JsonSchema =>
  generate(
    FullResultSchema,
    [...NAMED.filter(([schema]) => schema !== ContactSchema), [EntryResultSchema, 'EntryResult']],
    `urn:iso-readiness:schema:full-result:v${FULL_RESULT_SCHEMA_VERSION}`,
    'iso-readiness FullResult',
    'Everything assessFull() computes: every clause requirement and Annex A control assessed, readiness, classification, recommendation, gap register and documented information checklist.',
  );

/** Writes the schemas under `outDir`; returns the paths written. */
export function writeJsonSchemas(outDir: string): string[] {
  mkdirSync(outDir, { recursive: true });
  const files: [string, JsonSchema][] = [
    ['lead.schema.json', leadJsonSchema()],
    ['result.schema.json', resultJsonSchema()],
    ['soa.schema.json', soaJsonSchema()],
    ['full-result.schema.json', fullResultJsonSchema()],
  ];
  return files.map(([name, schema]) => {
    const path = resolve(outDir, name);
    writeFileSync(path, `${JSON.stringify(schema, null, 2)}\n`);
    return path;
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  for (const path of writeJsonSchemas(resolve(root, 'dist'))) process.stdout.write(`wrote ${path}\n`);
}
