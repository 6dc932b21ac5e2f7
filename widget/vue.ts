/**
 * `iso-readiness/vue`: types for `<iso-readiness>` in Vue 3 templates (`GlobalComponents`), checked by
 * `vue-tsc`. Types only: `import type {} from 'iso-readiness/vue'` once in the app. Tell Vue's compiler the tag is a
 * custom element: `compilerOptions.isCustomElement: (tag) => tag.startsWith('iso-readiness')`.
 * @packageDocumentation
 */
import type { IsoReadinessProps, ReadinessEvent } from './attributes.js';

export type { IsoReadinessConfig } from './iso-readiness/iso-readiness.component.js';
export type { IsoReadinessProps, ReadinessEvent } from './attributes.js';
import type { ReadinessEventName } from '../sdk/events.js';
import type {} from 'vue';

/** `readiness-complete` → `readinessComplete`, as Vue names props and listeners. */
type Camel<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<Camel<Tail>>}`
  : S;

/** The element's events as a Vue component declares them (`@readiness-complete="…"`). */
type IsoReadinessVueEvents = {
  [E in ReadinessEventName as `on${Capitalize<Camel<E>>}`]?: (event: ReadinessEvent<E>) => void;
};

/** The attributes under the camel-case names Vue matches kebab-case ones against (`storage-key` → `storageKey`). */
type IsoReadinessVueProps = {
  [K in keyof IsoReadinessProps as K extends string ? Camel<K> : K]: IsoReadinessProps[K];
};

/** `<iso-readiness>` as Vue's template type-checker sees it. */
export type IsoReadinessVueComponent = new () => {
  $props: IsoReadinessVueProps & IsoReadinessVueEvents;
};

declare module 'vue' {
  interface GlobalComponents {
    'iso-readiness': IsoReadinessVueComponent;
  }
}
