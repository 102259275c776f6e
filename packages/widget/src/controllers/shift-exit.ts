/** What happened after a key event, for the widget to announce or act on. */
export type ShiftExitStep = { kind: "ignored" } | { kind: "counted"; remaining: number } | { kind: "exit" };

/** Options for {@link ShiftExitDetector}. */
export interface ShiftExitOptions {
  /** Presses needed. Default 3 (as GOV.UK "Exit this page"). */
  presses?: number;
  /** All presses must fall within this many milliseconds of the first. Default 5000. */
  windowMs?: number;
}

/**
 * Counts presses of Shift on its own (not Shift+A, not auto-repeat) and says when the quick-exit sequence is complete.
 * Pure logic fed with key events and timestamps, so it can be tested without a page.
 */
export class ShiftExitDetector {
  readonly #presses: number;
  readonly #windowMs: number;
  #count = 0;
  #firstAt = 0;
  #shiftDown = false;
  #combined = false;

  constructor(options: ShiftExitOptions = {}) {
    this.#presses = options.presses ?? 3;
    this.#windowMs = options.windowMs ?? 5000;
  }

  /** Feeds a keydown; a key pressed while Shift is held turns that Shift press into a combination. */
  keydown(key: string, repeat: boolean): void {
    if (key === "Shift") {
      if (!repeat && !this.#shiftDown) {
        this.#shiftDown = true;
        this.#combined = false;
      }
      return;
    }
    // Any other key breaks the sequence: typing "A" (Shift+a) in a form must never count towards leaving.
    this.reset();
  }

  /**
   * Feeds a keyup at time `now` (ms) and reports whether the press counted or completes the sequence. Only a keyup
   * whose keydown was seen, as Shift pressed on its own, counts: a Shift pressed inside an IME composition (its
   * keydown reset the sequence) or before the page listened is never a step towards leaving.
   */
  keyup(key: string, now: number): ShiftExitStep {
    if (key !== "Shift") return { kind: "ignored" };
    const pressedAlone = this.#shiftDown && !this.#combined;
    this.#shiftDown = false;
    this.#combined = false;
    if (!pressedAlone) return { kind: "ignored" };
    if (this.#count === 0 || now - this.#firstAt > this.#windowMs) {
      this.#count = 0;
      this.#firstAt = now;
    }
    this.#count += 1;
    if (this.#count >= this.#presses) {
      this.reset();
      return { kind: "exit" };
    }
    return { kind: "counted", remaining: this.#presses - this.#count };
  }

  /** True while a started sequence can still complete at time `now`. */
  pending(now: number): boolean {
    return this.#count > 0 && now - this.#firstAt <= this.#windowMs;
  }

  /** Forgets any presses counted so far, and the Shift held now (its keyup will not count). */
  reset(): void {
    this.#count = 0;
    this.#firstAt = 0;
    this.#shiftDown = false;
    this.#combined = false;
  }
}
