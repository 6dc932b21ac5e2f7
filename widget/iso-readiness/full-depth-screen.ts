import type { TemplateResult } from 'lit';
import type { ReadinessEventMap } from '../../sdk/events.js';
import type { Session } from '../../sdk/session-core.js';
import type { FirstScreenConfig } from '../../src/schemas/first-screen-config.js';
import type { LocalizeController } from '../internal/localize-controller.js';
import type { QuickFlow } from './flow-rules.js';
import type { ResultsLoader } from './results-loader.js';
import { renderPreparing } from './screens.js';

/** What the `depth="full"` screen is drawn from. */
export interface FullDepthScreen {
  /** The element's language: the translation in force, and whether the questions' wording is here. */
  localize: LocalizeController;
  settings: FirstScreenConfig;
  /** The quick check's session, whose answers pre-fill the gap assessment. */
  session: Session | null;
  loader: ResultsLoader;
  /** This instance's storage name. */
  instance: string;
  /** Reports an event on the element's channels. */
  report: <K extends keyof ReadinessEventMap>(name: K, detail: ReadinessEventMap[K]) => void;
  /** Loads the scored items' questions. */
  questions: () => void;
  /** Draws again once the gap assessment's chunk has arrived. */
  loaded: () => void;
  /** The flow's Retry, should the chunk fail to load. */
  flow: Pick<QuickFlow, 'retry'>;
}

/**
 * `depth="full"`: the gap assessment, pre-filled from the quick check's answers. Until its chunk and the questions'
 * wording are here (they load first), the line that says the report is being prepared.
 */
export function renderFullDepth(s: FullDepthScreen): TemplateResult {
  const { localize, settings, loader } = s;
  const full = loader.full;
  if (full && localize.has('questions'))
    return full.renderFullScreen(localize.t, settings, {
      lang: localize.lang,
      session: s.session,
      instance: s.instance,
      report: s.report,
      results: loader.part,
      lead: loader.part?.fullLead(localize, settings),
    });
  void loader.loadFull().then(s.loaded);
  s.questions();
  return renderPreparing(localize.t, loader.failure, s.flow.retry);
}
