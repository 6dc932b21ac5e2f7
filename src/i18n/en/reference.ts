import type { Translation } from '../translation.js';
import { enCore } from './core.js';
import { engineShape, leadShape } from './shape.js';

/**
 * What every translation and override is checked against: English's keys and placeholders. The result and lead
 * texts are their generated shapes, so checking a config does not bundle those texts.
 */
export const enReference: Translation = { ...enCore, engine: engineShape, lead: leadShape };
