import type { ReadinessEventMap } from '../../sdk/events.js';
import { ReadinessError } from '../../src/errors.js';
import type { ReadinessElement } from '../internal/base-element.js';
import { report } from '../internal/reporter.js';
import type { NoticeBoard } from './notices.js';

/**
 * How the element tells the page what happened: each event on every channel (the DOM event, the config's callback,
 * the `dataLayer` when enabled), errors as `readiness-error`, and storage trouble once, with its notice.
 */
export class ElementChannels {
  constructor(
    private readonly host: ReadinessElement,
    private readonly channels: () => { callbacks: unknown; dataLayer: boolean },
    private readonly notices: NoticeBoard,
  ) {}

  /** Reports one occurrence; an arrow, so controllers and the full assessment can hold it. */
  readonly event = <K extends keyof ReadinessEventMap>(name: K, detail: ReadinessEventMap[K]): void =>
    report(this.host, this.channels(), name, detail);

  readonly error = ({ code, message, path }: ReadinessError): void =>
    this.event('readiness-error', { code, message, path });

  /** Progress cannot be saved: the notice, and one error event however often it is found. */
  readonly unsaved = (): void => {
    const message = 'Storage is unavailable: progress is not saved.';
    if (this.notices.add('unsaved'))
      this.error(new ReadinessError('storage-unavailable', message, ['storage']));
  };
}
