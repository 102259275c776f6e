import "./define.js";
import { afterEach, describe, expect, it } from "vitest";
import { StalkerHelpWidget } from "./stalker-help-widget.js";

afterEach(() => {
  document.body.replaceChildren();
});

describe("smoke", () => {
  it("renders contact cards", async () => {
    const el = document.createElement("stalker-help-widget");
    document.body.append(el);
    await new Promise((r) => el.addEventListener("stalker-help-data", r, { once: true }));
    await el.updateComplete;
    expect(el).toBeInstanceOf(StalkerHelpWidget);
    expect(el.shadowRoot?.querySelectorAll("[part~=card]").length).toBeGreaterThan(0);
  });
});
