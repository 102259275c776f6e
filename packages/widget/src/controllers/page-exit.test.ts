import { afterEach, describe, expect, it } from "vitest";
import { httpUrl, watchShiftExit } from "./page-exit.js";

function shift(init: KeyboardEventInit = {}) {
  document.dispatchEvent(new KeyboardEvent("keydown", { key: "Shift", bubbles: true, ...init }));
  document.dispatchEvent(new KeyboardEvent("keyup", { key: "Shift", bubbles: true, ...init }));
}

describe("watchShiftExit (the quick exit without the element)", () => {
  let watch: ReturnType<typeof watchShiftExit> | undefined;
  afterEach(() => watch?.stop());

  it("counts Shift presses on the document and leaves on the third", () => {
    const steps: (number | "exit")[] = [];
    watch = watchShiftExit(document, { onCount: (n) => steps.push(n), onExit: () => steps.push("exit") });
    shift();
    shift();
    shift();
    expect(steps).toEqual([2, 1, "exit"]);
  });

  it("ignores Shift while an IME composes, and Shift+key", () => {
    const steps: (number | "exit")[] = [];
    watch = watchShiftExit(document, { onCount: (n) => steps.push(n), onExit: () => steps.push("exit") });
    for (let i = 0; i < 3; i++) shift({ isComposing: true });
    for (let i = 0; i < 3; i++) shift({ keyCode: 229 });
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "Shift" }));
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "A" }));
    document.dispatchEvent(new KeyboardEvent("keyup", { key: "Shift" }));
    expect(steps).toEqual([]);
  });

  it("stops listening when told", () => {
    const steps: (number | "exit")[] = [];
    watch = watchShiftExit(document, { onCount: (n) => steps.push(n), onExit: () => steps.push("exit") });
    watch.stop();
    shift();
    expect(steps).toEqual([]);
  });

  it("accepts only http(s) destinations", () => {
    expect(httpUrl("https://tenki.jp/", "https://a.example/")).toBe("https://tenki.jp/");
    expect(httpUrl("/weather", "https://a.example/x/")).toBe("https://a.example/weather");
    expect(httpUrl("javascript:alert(1)", "https://a.example/")).toBeNull();
    expect(httpUrl("", "https://a.example/")).toBeNull();
  });
});
