import type { TemplateResult } from 'lit';
import type { Session } from '../../sdk/session-core.js';
import type { FirstScreenConfig } from '../../src/schemas/first-screen-config.js';
import type { QuickFlow } from './flow-rules.js';
import type { ResultsLoader } from './results-loader.js';
import { renderIntro, renderPreparing, renderQuestion, renderResume } from './screens.js';
import type { LocalizeController } from '../internal/localize-controller.js';

/** What the quick check's screens are drawn from. */
export interface QuickScreen {
  /** The element's language: the translation in force, and which parts of the bank's text are here. */
  localize: LocalizeController;
  settings: FirstScreenConfig;
  session: Session;
  flow: QuickFlow;
  loader: ResultsLoader;
  host: HTMLElement;
  /** Help asked for before it arrived: loads it. */
  help: () => void;
  /** Loads the scored items' questions. */
  questions: () => void;
  forget: () => void;
}

/** The quick check's screen for the flow's view: intro, resume, a question, or the results once they can show. */
export function renderQuickScreen(s: QuickScreen): TemplateResult {
  const { settings, session, flow, loader, localize } = s;
  const { t, full, lang } = localize;
  switch (flow.view) {
    case 'intro':
      return renderIntro(t, settings, session, () => flow.begin(false));
    case 'resume':
      return renderResume(t, session, flow.resume, flow.startOver);
    case 'results': {
      const results = loader.part;
      if (!full || !results?.checked || session.status !== 'complete') {
        if (!loader.failure) void loader.loadChecked();
        return renderPreparing(t, loader.failure, flow.retry);
      }
      return results.render(full, lang, session, settings, s.host, {
        navigate: flow.navigate,
        forget: s.forget,
      });
    }
    case 'question': {
      // The checklists' lines come with the results part, asked for when the first question showed; a scored
      // item asked on its own (sharpening, the standard length) needs its question's wording, a part of its
      // own. Should either still be on its way, say so rather than show a question without its words.
      const checklist = session.step?.kind === 'checklist';
      const asked = !checklist && session.current?.kind === 'control';
      // The standard length asks scored items right after the profile: their wording loads from the start.
      if (session.length === 'standard' && !localize.has('questions') && !loader.failure) s.questions();
      if ((checklist && !full) || (asked && !localize.has('questions'))) {
        if (!loader.failure) void loader.loadChecked();
        if (asked && !loader.failure) s.questions();
        return renderPreparing(t, loader.failure, flow.retry);
      }
      // The help loads when a visitor first opens it.
      return renderQuestion(t, session, !localize.has('help') && !loader.failure, {
        answer: flow.answer,
        navigate: flow.navigate,
        help: s.help,
      });
    }
  }
}
