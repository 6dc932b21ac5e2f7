/** English templates for the engine's explanations: rationale, blockers, next steps, headlines. */
export const engine = {};
