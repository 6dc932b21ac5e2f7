import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/** The element focused deep inside shadow roots, so focus can go back exactly there. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/**
 * Popup mode: opens the host's native `<dialog>` modally (Esc and the close button close it), lets any host
 * element matching `trigger` open it, and returns focus to whatever opened it.
 */
export class PopupController implements ReactiveController {
  private selector: string | undefined;
  private returnTo: HTMLElement | null = null;

  constructor(
    private readonly host: Host,
    private readonly dialog: () => HTMLDialogElement | null,
  ) {
    host.addController(this);
  }

  /** Listens for clicks on elements matching `selector` anywhere in the document (added later too). */
  setTrigger(selector: string | undefined): void {
    this.selector = selector;
  }

  hostConnected(): void {
    document.addEventListener('click', this.handleDocumentClick);
  }

  hostDisconnected(): void {
    document.removeEventListener('click', this.handleDocumentClick);
  }

  /** Opens the dialog; `opener` gets focus back on close (default: what has focus now). */
  open(opener: HTMLElement | null = deepActiveElement()): void {
    const dialog = this.dialog();
    if (!dialog || dialog.open) return;
    this.returnTo = opener;
    dialog.showModal();
  }

  close(): void {
    this.dialog()?.close();
  }

  /** Wire to the dialog's `close` event (Esc, the close button, `close()`). */
  readonly handleClose = (): void => {
    const target = this.returnTo;
    this.returnTo = null;
    if (target?.isConnected) target.focus();
  };

  private readonly handleDocumentClick = (event: MouseEvent): void => {
    if (!this.selector || !(event.target instanceof Element)) return;
    let trigger: Element | null = null;
    try {
      trigger = event.target.closest(this.selector);
    } catch {
      return;
    }
    if (!trigger) return;
    event.preventDefault();
    this.open(trigger instanceof HTMLElement ? trigger : null);
  };
}
