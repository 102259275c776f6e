// The element's layout and clock: phone or desktop cards by the element's own width (not the viewport's: a widget
// may sit in a narrow column), everything unfolded for print, and a re-render every minute for "open now".
import type { ReactiveController, ReactiveControllerHost } from "lit";

/** Below this width (px) each card shows name, number, open-now and cost, and folds the rest behind "詳しく". */
export const NARROW_PX = 560;

/** Tracks whether the element is phone-sized, and ticks once a minute. */
export class LayoutController implements ReactiveController {
  /** A phone-sized widget (and not printing). */
  narrow = false;
  readonly #host: ReactiveControllerHost & HTMLElement;
  #ticker?: ReturnType<typeof setInterval>;
  #frame = 0;
  #printing = false;
  // Next frame, not in the callback: the new layout would otherwise resize the host inside the same observation.
  #resize = new ResizeObserver(([entry]) => {
    const narrow = (entry?.contentRect.width ?? NARROW_PX) < NARROW_PX;
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => {
      // A removed element is not re-rendered (its width is then 0, which is no phone).
      if (this.#host.isConnected && !this.#printing) this.#set(narrow);
    });
  });

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#ticker = setInterval(() => this.#host.requestUpdate(), 60_000);
    this.#resize.observe(this.#host);
    // A printed list must show every detail, whatever the width.
    window.addEventListener("beforeprint", this.#unfold);
    window.addEventListener("afterprint", this.#refold);
  }

  hostDisconnected(): void {
    clearInterval(this.#ticker);
    this.#resize.disconnect();
    cancelAnimationFrame(this.#frame);
    window.removeEventListener("beforeprint", this.#unfold);
    window.removeEventListener("afterprint", this.#refold);
  }

  // Folds drawn while printing (the details file or the views chunk may arrive after beforeprint) print open too.
  hostUpdated(): void {
    if (this.#printing) this.#openFolds();
  }

  #set(narrow: boolean): void {
    if (narrow === this.narrow) return;
    this.narrow = narrow;
    this.#host.requestUpdate();
  }

  #unfold = () => {
    this.#printing = true;
    this.#set(false);
    this.#openFolds();
  };
  // The compact cards and the folds below the first screen are <details>: a printed list shows them open.
  #openFolds(): void {
    for (const fold of this.#host.shadowRoot?.querySelectorAll<HTMLDetailsElement>(".reach details") ?? [])
      fold.open = true;
  }
  #refold = () => {
    this.#printing = false;
    this.#set(this.#host.getBoundingClientRect().width < NARROW_PX);
  };
}
