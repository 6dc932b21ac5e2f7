import type { ReactiveControllerHost } from 'lit';
import type { Notice } from './screens.js';

/** The notices above the screen: those raised, less those the visitor dismissed. */
export class NoticeBoard {
  private raised: Notice[] = [];
  private dismissed: Notice[] = [];

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Starts afresh with `raised` (a new session). */
  clear(raised: Notice[]): void {
    this.raised = raised;
    this.dismissed = [];
    this.host.requestUpdate();
  }

  /** Raises a notice; false when it was already raised. */
  add(notice: Notice): boolean {
    if (this.raised.includes(notice)) return false;
    this.raised = [...this.raised, notice];
    this.host.requestUpdate();
    return true;
  }

  /** Raises a notice again, also one the visitor dismissed before. */
  raise(notice: Notice): void {
    this.dismissed = this.dismissed.filter((n) => n !== notice);
    this.add(notice);
    this.host.requestUpdate();
  }

  remove(notice: Notice): void {
    this.raised = this.raised.filter((n) => n !== notice);
    this.host.requestUpdate();
  }

  dismiss(notice: Notice): void {
    this.dismissed = [...this.dismissed, notice];
    this.host.requestUpdate();
  }

  /** What to show; `unsaved`: progress is not being kept right now. */
  shown(unsaved: boolean): Notice[] {
    const wanted: Notice[] = unsaved ? [...new Set([...this.raised, 'unsaved' as const])] : this.raised;
    return wanted.filter((n) => !this.dismissed.includes(n));
  }
}
