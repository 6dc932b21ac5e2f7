import { assess } from '../src/assess.js';
import { ITEMS } from '../src/bank/engine-items.js';
import { enEngine } from '../src/i18n/en/engine-translation.js';
import type { EngineTranslation } from '../src/i18n/translation.js';
import { openSession, type Session, type SessionConfig } from './session-core.js';

export {
  SessionConfigSchema,
  type Session,
  type SessionConfig,
  type SessionChange,
  type SessionEstimate,
  type SessionProgress,
  type SessionTranslation,
} from './session-core.js';

/**
 * Starts an assessment flow usable without a DOM. Bad config throws `ReadinessError('invalid-config')`;
 * a saved draft that is corrupt or from another bank version is discarded (`restored: 'discarded'`).
 */
export function createSession(config?: SessionConfig): Session {
  return openSession(config, { items: ITEMS, translation: enEngine }, (answers, options) =>
    // A session's translation is one `createSession` was given: a complete engine translation.
    assess(answers, { ...options, translation: options.translation as EngineTranslation }),
  );
}
