import type { StandardId } from './schemas/standard.js';

const STANDARD_BY_PREFIX = { '27001': 'iso27001', '42001': 'iso42001' } as const;

/** Which standard a ref belongs to. */
export const standardOfRef = (ref: string): StandardId =>
  STANDARD_BY_PREFIX[ref.slice(0, 5) as keyof typeof STANDARD_BY_PREFIX];
