import type { ReactiveController, ReactiveControllerHost } from "lit";
import { ShiftExitDetector } from "./shift-exit.js";

/**
 * Where the quick exit goes unless `exit-url` says otherwise: tenki.jp, the Japan Weather Association's forecast.
 * A weather page is what the GOV.UK pattern recommends: common, harmless to be seen on, and not personalised.
 */
export const DEFAULT_EXIT_URL = "https://tenki.jp/";

/** What the quick exit needs from its element. */
export interface QuickExitHost extends ReactiveControllerHost, HTMLElement {
  /** The `exit-url` attribute as given. */
  exitUrl: string;
  /** Announces a step of the Shift sequence ("press Shift twice more"); `remaining` 0 means it expired. */
  announceShift(remaining: number): void;
  /** Forgets every answer and typed text (page hidden, or restored from the back/forward cache). */
  clearAnswers(): void;
}

/** The validated exit destination: `value` if it is an http(s) URL (relative to `base`), else null. */
export function httpUrl(value: string | null | undefined, base: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, base);
    if (url.protocol === "https:" || url.protocol === "http:") return url.href;
  } catch {
    // not a URL
  }
  return null;
}

/** True for key events that belong to an IME composition (Japanese users press Shift to switch input modes). */
function composing(event: KeyboardEvent): boolean {
  return event.isComposing || event.keyCode === 229;
}

/**
 * The quick exit: the button, Shift pressed three times anywhere on the page, the cover while leaving, and the
 * clean-up when the page is hidden or comes back from the back/forward cache.
 */
export class QuickExitController implements ReactiveController {
  /** True from the moment the exit starts until the page comes back from the back/forward cache. */
  exiting = false;
  readonly #host: QuickExitHost;
  readonly #detector = new ShiftExitDetector();
  #expiry?: ReturnType<typeof setTimeout>;

  constructor(host: QuickExitHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener("keydown", this.#onKeydown, true);
    document.addEventListener("keyup", this.#onKeyup, true);
    window.addEventListener("pageshow", this.#onPageshow);
    window.addEventListener("pagehide", this.#onPagehide);
  }

  hostDisconnected(): void {
    document.removeEventListener("keydown", this.#onKeydown, true);
    document.removeEventListener("keyup", this.#onKeyup, true);
    window.removeEventListener("pageshow", this.#onPageshow);
    window.removeEventListener("pagehide", this.#onPagehide);
    clearTimeout(this.#expiry);
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
    leave(url);
  }

  #onKeydown = (event: KeyboardEvent): void => {
    // A key typed into an IME composition is text being written, never a step towards leaving.
    if (composing(event)) this.#detector.reset();
    else this.#detector.keydown(event.key, event.repeat);
  };

  #onKeyup = (event: KeyboardEvent): void => {
    if (composing(event)) {
      this.#detector.reset();
      return;
    }
    const step = this.#detector.keyup(event.key, performance.now());
    if (step.kind === "exit") {
      clearTimeout(this.#expiry);
      this.exit();
    } else if (step.kind === "counted") {
      this.#host.announceShift(step.remaining);
      clearTimeout(this.#expiry);
      this.#expiry = setTimeout(() => {
        if (!this.#detector.pending(performance.now())) {
          this.#detector.reset();
          this.#host.announceShift(0);
        }
      }, 5_100);
    }
  };

  #onPagehide = (): void => {
    // Whatever was answered or typed must not be there when someone else opens the page again.
    this.#detector.reset();
    this.#host.clearAnswers();
  };

  #onPageshow = (event: PageTransitionEvent): void => {
    if (!event.persisted) return;
    // Back from the back/forward cache: the help again, not the blank cover, and nothing the person had answered.
    this.exiting = false;
    this.#detector.reset();
    this.#host.clearAnswers();
    this.#host.requestUpdate();
  };
}

/**
 * Replaces the current history entry with `url`. Inside a frame it tries the whole tab first (browsers allow a
 * cross-origin frame to navigate the top window after a click or key press, or with the sandbox flag
 * allow-top-navigation-by-user-activation); when the embedding page forbids it, the frame itself leaves.
 */
function leave(url: string): void {
  if (window.top && window.top !== window) {
    try {
      // replace(), not assign(): the page being left is not kept as a history entry to come "back" to.
      window.top.location.replace(url);
      return;
    } catch {
      // Sandboxed without top navigation, or no user activation: leave the frame below.
    }
  }
  window.location.replace(url);
}
