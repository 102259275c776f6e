import { describe, expect, it } from "vitest";
import { ShiftExitDetector } from "./shift-exit.js";

function press(d: ShiftExitDetector, at: number) {
  d.keydown("Shift", false);
  return d.keyup("Shift", at);
}

describe("ShiftExitDetector", () => {
  it("exits on the third Shift within 5 s and counts down before", () => {
    const d = new ShiftExitDetector();
    expect(press(d, 0)).toEqual({ kind: "counted", remaining: 2 });
    expect(press(d, 1000)).toEqual({ kind: "counted", remaining: 1 });
    expect(press(d, 4900)).toEqual({ kind: "exit" });
  });

  it("starts over when the presses take longer than 5 s", () => {
    const d = new ShiftExitDetector();
    press(d, 0);
    press(d, 2000);
    expect(press(d, 5001)).toEqual({ kind: "counted", remaining: 2 });
    expect(d.pending(5001)).toBe(true);
    expect(d.pending(10_002)).toBe(false);
  });

  it("ignores Shift used in a combination (Shift+A) and resets on other keys", () => {
    const d = new ShiftExitDetector();
    press(d, 0);
    press(d, 100);
    d.keydown("Shift", false);
    d.keydown("A", false);
    expect(d.keyup("Shift", 200)).toEqual({ kind: "ignored" });
    expect(press(d, 300)).toEqual({ kind: "counted", remaining: 2 });
  });

  it("ignores auto-repeat while Shift is held", () => {
    const d = new ShiftExitDetector();
    d.keydown("Shift", false);
    d.keydown("Shift", true);
    d.keydown("Shift", true);
    expect(d.keyup("Shift", 0)).toEqual({ kind: "counted", remaining: 2 });
  });

  it("counts a keyup only when its keydown was seen as Shift on its own", () => {
    const d = new ShiftExitDetector();
    // No keydown at all (pressed before the page listened, or swallowed by an IME).
    expect(d.keyup("Shift", 0)).toEqual({ kind: "ignored" });
    // A keydown inside a composition resets; its keyup outside the composition must not count.
    d.keydown("Shift", false);
    d.reset();
    expect(d.keyup("Shift", 100)).toEqual({ kind: "ignored" });
    expect(press(d, 200)).toEqual({ kind: "counted", remaining: 2 });
  });
});
