/**
 * `iso-readiness/react`: `<IsoReadiness>` for React 17–19, built with `@lit/react`. Registers `<iso-readiness>`;
 * `config` is set as a property and the `readiness-*` events are typed props (`onReadinessComplete`…).
 * Safe to import during server-side rendering.
 * @packageDocumentation
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import type { ReadinessEvent } from './attributes.js';
import { IsoReadiness as IsoReadinessElement } from './iso-readiness/iso-readiness.component.js';
import './iso-readiness/iso-readiness.js';

export type { IsoReadinessConfig } from './iso-readiness/iso-readiness.component.js';
export type { IsoReadinessProps, ReadinessEvent } from './attributes.js';

/** `<iso-readiness>` as a React component; `ref` gives the element (`reset()`, `forget()`, `open()`, `close()`). */
export const IsoReadiness = createComponent({
  tagName: 'iso-readiness',
  elementClass: IsoReadinessElement,
  react: React,
  events: {
    onReadinessStart: 'readiness-start' as EventName<ReadinessEvent<'readiness-start'>>,
    onReadinessStep: 'readiness-step' as EventName<ReadinessEvent<'readiness-step'>>,
    onReadinessComplete: 'readiness-complete' as EventName<ReadinessEvent<'readiness-complete'>>,
    onReadinessLead: 'readiness-lead' as EventName<ReadinessEvent<'readiness-lead'>>,
    onReadinessError: 'readiness-error' as EventName<ReadinessEvent<'readiness-error'>>,
  },
  displayName: 'IsoReadiness',
});
