// The quick exit without an element: where it goes, how it leaves, and the Shift sequence on a document. The widget's
// QuickExitController and any page that wants the same exit (the docs site) use these, so the behaviour that a
// frightened person relies on is written once.
import { DEFAULT_EXIT_URL } from "./exit-destinations.js";
import { ShiftExitDetector } from "./shift-exit.js";

export { DEFAULT_EXIT_URL };

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

const NO_REFERRER = "data-quick-exit-no-referrer";

/**
 * Gives the page the referrer policy `no-referrer` before it leaves: a page embedding the widget may have none, and
 * the browser's default would tell the exit site which site the person was on. Undone by {@link restoreReferrer}.
 */
function dropReferrer(doc: Document): void {
  if (doc.head.querySelector(`meta[${NO_REFERRER}]`)) return;
  const meta = doc.createElement("meta");
  meta.name = "referrer";
  meta.content = "no-referrer";
  meta.setAttribute(NO_REFERRER, "");
  doc.head.append(meta);
}

/** Gives the page back its own referrer policy (it came back from the back/forward cache after an exit). */
export function restoreReferrer(doc: Document = document): void {
  for (const meta of doc.head.querySelectorAll(`meta[${NO_REFERRER}]`)) meta.remove();
}

/**
 * Replaces the current history entry with `url`, sending no Referer. Inside a frame it tries the whole tab first (browsers allow a
 * cross-origin frame to navigate the top window after a click or key press, or with the sandbox flag
 * allow-top-navigation-by-user-activation); when the embedding page forbids it, the frame itself leaves.
 */
export function leavePage(url: string): void {
  dropReferrer(document);
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

/** True for key events that belong to an IME composition (Japanese users press Shift to switch input modes). */
function composing(event: KeyboardEvent): boolean {
  return event.isComposing || event.keyCode === 229;
}

/** What {@link watchShiftExit} tells its page. */
export interface ShiftExitCallbacks {
  /** Shift was pressed on its own and `remaining` more presses will leave; 0 means the sequence expired. */
  onCount(remaining: number): void;
  /** The sequence is complete: leave now. */
  onExit(): void;
}

/**
 * Listens on `doc` for Shift pressed three times within 5 s (never while an IME composes, never as Shift+key) and
 * reports each step. Returns the function that stops listening.
 */
export function watchShiftExit(doc: Document, callbacks: ShiftExitCallbacks): { stop(): void; reset(): void } {
  const detector = new ShiftExitDetector();
  let expiry: ReturnType<typeof setTimeout> | undefined;
  const onKeydown = (event: KeyboardEvent): void => {
    // A key typed into an IME composition is text being written, never a step towards leaving.
    if (composing(event)) detector.reset();
    else detector.keydown(event.key, event.repeat);
  };
  const onKeyup = (event: KeyboardEvent): void => {
    if (composing(event)) {
      detector.reset();
      return;
    }
    const step = detector.keyup(event.key, performance.now());
    if (step.kind === "exit") {
      clearTimeout(expiry);
      callbacks.onExit();
    } else if (step.kind === "counted") {
      callbacks.onCount(step.remaining);
      clearTimeout(expiry);
      expiry = setTimeout(() => {
        if (!detector.pending(performance.now())) {
          detector.reset();
          callbacks.onCount(0);
        }
      }, 5_100);
    }
  };
  doc.addEventListener("keydown", onKeydown, true);
  doc.addEventListener("keyup", onKeyup, true);
  return {
    stop() {
      doc.removeEventListener("keydown", onKeydown, true);
      doc.removeEventListener("keyup", onKeyup, true);
      clearTimeout(expiry);
    },
    reset() {
      detector.reset();
    },
  };
}
