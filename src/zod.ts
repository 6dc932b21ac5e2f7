// The one place the engine imports zod from. zod decides once whether it may compile object parsers with
// `new Function`; under a strict CSP that probe is reported as a `securitypolicyviolation` even though zod
// catches it. In browsers the engine therefore asks for zod's interpreter, unless the host already chose.
// This module must be evaluated before any schema is built, which importing zod only from here guarantees.
import { config } from 'zod/mini';

if (typeof document !== 'undefined' && config().jitless === undefined) config({ jitless: true });

export * from 'zod/mini';
