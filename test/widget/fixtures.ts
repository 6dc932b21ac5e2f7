import { createSession } from '../../sdk/session.js';
import type { AssessmentResult } from '../../src/schemas/result.js';

/** A finished result from the real engine: AI built in-house, enterprise buyers, mixed answers. */
export function sampleResult(): AssessmentResult {
  const session = createSession();
  const picks: Record<string, string | string[]> = {
    org_size: '50-249',
    markets: ['eu', 'us'],
    buyers: ['enterprise'],
    ai_role: 'core',
    status_27001: 'aligned',
  };
  for (let i = 0; session.current && i < 200; i++) {
    const item = session.current;
    const pick =
      picks[item.id] ??
      (item.kind === 'control'
        ? (['yes', 'partly', 'no', 'unsure'] as const)[i % 4]!
        : item.input === 'single'
          ? item.options[0]!
          : [item.options[0]!]);
    session.answer(item.id, pick);
    session.next();
  }
  return session.result!;
}
