import type { ReactiveController, ReactiveControllerHost } from "lit";
import { DEFAULT_EXIT_URL, httpUrl, leavePage, restoreReferrer, watchShiftExit } from "./page-exit.js";

/** What the quick exit needs from its element. */
export interface QuickExitHost extends ReactiveControllerHost, HTMLElement {
  /** The `exit-url` attribute as given. */
  exitUrl: string;
  /** Announces a step of the Shift sequence ("press Shift twice more"); `remaining` 0 means it expired. */
  announceShift(remaining: number): void;
  /** Forgets every answer and typed text (page hidden, or restored from the back/forward cache). */
  clearAnswers(): void;
}

/**
 * The quick exit: the button, Shift pressed three times anywhere on the page, the cover while leaving, and the
 * clean-up when the page is hidden or comes back from the back/forward cache.
 */
export class QuickExitController implements ReactiveController {
  /** True from the moment the exit starts until the page comes back from the back/forward cache. */
  exiting = false;
  readonly #host: QuickExitHost;
  #shift?: ReturnType<typeof watchShiftExit>;

  constructor(host: QuickExitHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#shift = watchShiftExit(document, {
      onCount: (remaining) => this.#host.announceShift(remaining),
      onExit: () => this.exit(),
    });
    window.addEventListener("pageshow", this.#onPageshow);
    window.addEventListener("pagehide", this.#onPagehide);
  }

  hostDisconnected(): void {
    this.#shift?.stop();
    window.removeEventListener("pageshow", this.#onPageshow);
    window.removeEventListener("pagehide", this.#onPagehide);
  }

  /** Where the exit goes: `exit-url` if it is an http(s) URL, else {@link DEFAULT_EXIT_URL}. */
  get destination(): string {
    const url = httpUrl(this.#host.exitUrl, document.baseURI);
    if (url) return url;
    console.warn(
      `<stalker-help-widget>: exit-url="${this.#host.exitUrl}" is not an http(s) URL; using ${DEFAULT_EXIT_URL}.`,
    );
    return DEFAULT_EXIT_URL;
  }

  /** Leaves at once: covers the widget, then replaces the current history entry (of the whole tab if framed). */
  exit(): void {
    if (this.exiting) return;
    const url = this.destination;
    this.exiting = true;
    this.#host.requestUpdate();
    this.#host.dispatchEvent(new CustomEvent("stalker-help-exit", { detail: { url }, bubbles: true, composed: true }));
    leavePage(url);
  }

  #onPagehide = (): void => {
    // Whatever was answered or typed must not be there when someone else opens the page again.
    this.#shift?.reset();
    this.#host.clearAnswers();
  };

  #onPageshow = (event: PageTransitionEvent): void => {
    if (!event.persisted) return;
    // Back from the back/forward cache: the help again, not the blank cover, and nothing the person had answered.
    this.exiting = false;
    restoreReferrer();
    this.#shift?.reset();
    this.#host.clearAnswers();
    this.#host.requestUpdate();
  };
}
