import * as z from '../zod.js';

// Apart from the result's schemas: the widget checks stored answers before the first question, and importing
// them from ./result.ts would bring the whole result schema into what loads up front.

/** Answers keyed by question id: a scale value, one option id, or a list of option ids. */
export const AnswersSchema = /* @__PURE__ */ z.record(
  /* @__PURE__ */ z.string(),
  /* @__PURE__ */ z.union([/* @__PURE__ */ z.string(), /* @__PURE__ */ z.array(/* @__PURE__ */ z.string())]),
);
/** A visitor's answers keyed by question id. */
export type Answers = z.infer<typeof AnswersSchema>;
