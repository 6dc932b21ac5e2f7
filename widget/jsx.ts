/**
 * `iso-readiness/jsx`: types for writing `<iso-readiness>` directly in React's JSX (React 19 sets `config` as a
 * property and takes `onreadiness-complete` and the other events as lower-case props). Types only:
 * `import type {} from 'iso-readiness/jsx'` once in the app.
 * @packageDocumentation
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { IsoReadinessProps, ReadinessEvent } from './attributes.js';
import type { IsoReadiness } from './iso-readiness/iso-readiness.component.js';

export type { IsoReadinessConfig } from './iso-readiness/iso-readiness.component.js';
export type { IsoReadinessProps, ReadinessEvent } from './attributes.js';

/** The events as React 19 props: the event name after `on`, as the element dispatches it. */
export interface IsoReadinessJsxEvents {
  'onreadiness-start'?: (event: ReadinessEvent<'readiness-start'>) => void;
  'onreadiness-step'?: (event: ReadinessEvent<'readiness-step'>) => void;
  'onreadiness-complete'?: (event: ReadinessEvent<'readiness-complete'>) => void;
  'onreadiness-lead'?: (event: ReadinessEvent<'readiness-lead'>) => void;
  'onreadiness-error'?: (event: ReadinessEvent<'readiness-error'>) => void;
}

/** Everything `<iso-readiness>` takes in JSX besides React's own HTML attributes. */
export type IsoReadinessJsxProps = IsoReadinessProps & IsoReadinessJsxEvents;

/** React's HTML attributes, `ref` and `key` for the element, without the ones the element types itself. */
type ReactHtml = Omit<
  DetailedHTMLProps<HTMLAttributes<IsoReadiness>, IsoReadiness>,
  keyof IsoReadinessJsxProps
>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'iso-readiness': ReactHtml & IsoReadinessJsxProps;
    }
  }
}
