import type { TemplateResult } from 'lit';
import type { Session } from '../../sdk/session-core.js';
import type { CoreTranslation } from '../../src/i18n/translation.js';
import type { FirstScreenConfig } from '../../src/schemas/first-screen-config.js';
import type { QuickFlow } from './flow-rules.js';
import type { ResultsLoader } from './results-loader.js';
import { renderIntro, renderPreparing, renderQuestion, renderResume } from './screens.js';
import type { Translation } from '../../src/i18n/translation.js';

/** What the quick check's screens are drawn from. */
export interface QuickScreen {
  t: CoreTranslation;
  /** The complete translation, once loaded. */
  full: Translation | null;
  lang: string;
  settings: FirstScreenConfig;
  session: Session;
  flow: QuickFlow;
  loader: ResultsLoader;
  host: HTMLElement;
  /** Help asked for before its text arrived. */
  help: () => void;
  forget: () => void;
}

const needsFullText = (session: Session): boolean =>
  session.step?.kind === 'checklist' || session.current?.kind === 'control';

/** The quick check's screen for the flow's view: intro, resume, a question, or the results once they can show. */
export function renderQuickScreen(s: QuickScreen): TemplateResult {
  const { t, settings, session, flow, loader } = s;
  switch (flow.view) {
    case 'intro':
      return renderIntro(t, settings, session, () => flow.begin(false));
    case 'resume':
      return renderResume(t, session, flow.resume, flow.startOver);
    case 'results': {
      const results = loader.part;
      if (!s.full || !results?.checked || session.status !== 'complete') {
        if (!loader.failure) void loader.loadChecked();
        return renderPreparing(t, loader.failure, flow.retry);
      }
      return results.render(s.full, s.lang, session, settings, s.host, {
        navigate: flow.navigate,
        forget: s.forget,
      });
    }
    case 'question':
      // Scored items' English (questions and checklist lines) comes with the results part, asked for when the
      // first question showed: should it still be on its way, say so rather than show a question without words.
      if (!s.full && needsFullText(session)) {
        if (!loader.failure) void loader.loadChecked();
        return renderPreparing(t, loader.failure, flow.retry);
      }
      // English help comes with the results part; other languages bring theirs with their chunk.
      return renderQuestion(t, session, !s.full && !loader.failure, {
        answer: flow.answer,
        navigate: flow.navigate,
        help: s.help,
      });
  }
}
