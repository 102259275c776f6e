import "./define.js";
import { LANGS } from "@netstalker/data/query";
import axe from "axe-core";
import { afterEach, describe, expect, it, vi } from "vitest";
import { uiText } from "./i18n.js";
import { PANELS } from "./options.js";
import { DEFAULT_EXIT_URL, StalkerHelpWidget } from "./stalker-help-widget.js";
import { dataset, localized, mount, text } from "./test-support/fixtures.js";

afterEach(() => {
  document.body.replaceChildren();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

async function axeViolations(el: Element): Promise<string[]> {
  const result = await axe.run(el, { resultTypes: ["violations"] });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

describe.each(LANGS)("views in %s", (lang) => {
  const t = uiText(lang);
  const data = localized(lang);

  it("contacts: a card per contact with its localized name, a dial link per phone channel", async () => {
    const { root, detail } = await mount({ lang, view: "contacts" });
    expect(detail).toMatchObject({ source: "bundled", lang, dataVersion: dataset.version });
    const cards = [...root.querySelectorAll<HTMLElement>("[part~=card]")];
    expect(cards.map((c) => c.dataset.contactId).sort()).toEqual(data.contacts.map((c) => c.id).sort());
    for (const contact of data.contacts) {
      const card = root.querySelector(`[data-contact-id="${contact.id}"]`);
      expect(text(card?.querySelector("h3"))).toBe(contact.name);
      const dialable = contact.channels.filter((ch) => ch.type === "phone" || ch.type === "shortcode");
      // The card's one action and, in its fold, every other number: one tel: link per phone channel, none twice.
      const links = [...(card?.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]') ?? [])];
      expect(links.length).toBe(dialable.length);
      for (const link of links) expect(link.getAttribute("href")).toMatch(/^tel:/);
      if (contact.caveat) expect(text(card?.querySelector(".caveat"))).toContain(contact.caveat);
    }
    expect(root.querySelector(".root")?.getAttribute("lang")).toBe(lang);
    expect(text(root.querySelector("[part~=exit]"))).toBe(t.exit);
  });

  it("remedies: a disclosure per remedy with its steps", async () => {
    const { root } = await mount({ lang, view: "remedies" });
    const items = [...root.querySelectorAll<HTMLDetailsElement>("details[part~=remedy]")];
    expect(items.length).toBe(data.remedies.length);
    const first = data.remedies[0];
    if (!first) throw new Error("no remedies in the dataset");
    const details = root.querySelector<HTMLDetailsElement>(`[data-remedy-id="${first.id}"]`);
    expect(text(details?.querySelector("summary"))).toBe(first.title);
    details?.querySelector("summary")?.click();
    expect(details?.open).toBe(true);
    expect(details?.querySelectorAll("ol > li").length).toBe(first.steps.length);
  });

  it("faq: a native disclosure per question", async () => {
    const { root } = await mount({ lang, view: "faq" });
    const items = [...root.querySelectorAll<HTMLDetailsElement>("details[part~=faq]")];
    expect(items.map((d) => text(d.querySelector("summary")))).toEqual(data.faqs.map((f) => f.question));
  });

  it("triage: answers give ranked contacts with reasons, and stay in the element", async () => {
    const { root, el } = await mount({ lang, view: "triage" });
    const urlBefore = location.href;
    const boxes = [...root.querySelectorAll<HTMLInputElement>("input[type=checkbox]")];
    boxes[2]?.click();
    root.querySelector<HTMLButtonElement>("button[type=submit]")?.click();
    await vi.waitFor(() => expect(root.querySelector("#triage-results")).not.toBeNull(), { timeout: 15_000 });
    await el.updateComplete;
    const results = root.querySelector("#triage-results");
    const cards = root.querySelectorAll("[part~=card]");
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) expect(text(card.querySelector(".reason")).length).toBeGreaterThan(0);
    expect(text(root.querySelector("[role=status]"))).toBe(text(results));
    expect(location.href).toBe(urlBefore);
  });

  it("all: five tabs, switched by click and by arrow keys", async () => {
    const { root, el } = await mount({ lang });
    const tabs = [...root.querySelectorAll<HTMLButtonElement>("[role=tab]")];
    expect(tabs.map((tab) => text(tab))).toEqual([
      t.tabs.contacts,
      t.tabs.remedies,
      t.tabs.faq,
      t.tabs.triage,
      t.tabs.documents,
    ]);
    const changes: string[] = [];
    el.addEventListener("stalker-help-view-change", (e) => changes.push(e.detail.view));
    tabs[2]?.click();
    await el.updateComplete;
    expect(root.querySelector("#panel-faq")?.hasAttribute("hidden")).toBe(false);
    expect(root.querySelector("#panel-contacts")?.hasAttribute("hidden")).toBe(true);
    tabs[2]?.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
    await el.updateComplete;
    expect(root.querySelector("#tab-triage")?.getAttribute("aria-selected")).toBe("true");
    expect(root.activeElement?.id).toBe("tab-triage");
    expect(changes).toEqual(["faq", "triage"]);
  });

  it.each(["contacts", "remedies", "faq", "triage", "documents", "all"])(
    "axe finds no violations in the %s view",
    { timeout: 30_000 },
    async (view) => {
      {
        const { el, root } = await mount({ lang, view });
        for (const d of root.querySelectorAll("details")) d.open = true;
        if (view === "triage") {
          root.querySelector<HTMLInputElement>("input[type=radio]")?.click();
          root.querySelector<HTMLButtonElement>("button[type=submit]")?.click();
          await el.updateComplete;
        }
        if (view === "documents") {
          // The takedown request: warnings, cautions, form with choices and prompts, both copies.
          // The documents chunk loads when the tab opens: seconds on a loaded CI machine.
          await vi.waitFor(() => expect(root.querySelector(".doc-chooser input")).not.toBeNull(), { timeout: 15_000 });
          root.querySelector<HTMLInputElement>('.doc-chooser input[value="takedown-request"]')?.click();
          await el.updateComplete;
          expect(root.querySelectorAll("[part~=document]").length).toBe(2);
        }
        expect(await axeViolations(el), view).toEqual([]);
      }
    },
  );
});

describe("language", () => {
  it("follows the nearest ancestor's lang, then the document's", async () => {
    const wrapper = document.createElement("div");
    wrapper.lang = "en-GB";
    document.body.append(wrapper);
    const { el } = await mount({}, wrapper);
    expect(el.resolvedLang).toBe("en");
    const { el: other } = await mount();
    expect(other.resolvedLang).toBe(document.documentElement.lang.startsWith("en") ? "en" : "ja");
  });

  it("switches language when its lang attribute changes", async () => {
    const { el, root } = await mount({ lang: "ja", view: "faq" });
    const loaded = new Promise((resolve) => el.addEventListener("stalker-help-data", resolve, { once: true }));
    el.setAttribute("lang", "en");
    await loaded;
    await el.updateComplete;
    expect(text(root.querySelector("summary"))).toBe(localized("en").faqs[0]?.question);
  });
});

describe("filters", () => {
  it("category keeps matching contacts; emergency numbers stay visible", async () => {
    const police = localized("ja").contacts.filter((c) => c.categories.includes("human-rights"));
    const { root } = await mount({ view: "contacts", category: "human-rights" });
    const ids = [...root.querySelectorAll<HTMLElement>("[part~=card]")].map((c) => c.dataset.contactId);
    expect(ids.sort()).toEqual(police.map((c) => c.id).sort());
    const emergency = dataset.contacts.filter((c) => c.urgency === "emergency");
    expect(root.querySelectorAll("[part~=emergency] a.dial").length).toBe(emergency.length);
  });

  it("a filter nothing matches warns the partner and shows every contact", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { root } = await mount({ view: "contacts", audience: "no-such-audience" });
    expect(root.querySelectorAll("[part~=card]").length).toBe(dataset.contacts.length);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("no-such-audience"));
  });
});

describe("configuration errors never crash", () => {
  it("an exit-url that is not http(s) falls back to the default", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { el } = await mount({ "exit-url": "javascript:alert(1)" });
    expect(el.exitDestination).toBe(DEFAULT_EXIT_URL);
    // Our own warnings only: Lit's dev-mode notices may land in this test on a slow machine.
    const ours = warn.mock.calls.map((c) => String(c[0])).filter((m) => m.startsWith("<stalker-help-widget>"));
    expect(ours).toEqual([expect.stringContaining('exit-url="javascript:alert(1)"')]);
  });

  it("an unknown view warns and shows all", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { el, root } = await mount({ view: "bogus" });
    expect(el.view).toBe("all");
    expect(root.querySelectorAll("[role=tab]").length).toBe(PANELS.length);
    expect(warn).toHaveBeenCalled();
  });

  it("registering twice, or another version, warns and never throws", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { defineStalkerHelpWidget } = await import("./define.js");
    expect(() => defineStalkerHelpWidget()).not.toThrow();
    expect(warn).not.toHaveBeenCalled();
    const registry = {
      get: () => class Other extends HTMLElement {},
      define: () => {
        throw new Error("must not be called");
      },
    } as unknown as CustomElementRegistry;
    expect(() => defineStalkerHelpWidget(registry)).not.toThrow();
    expect(warn).toHaveBeenCalledOnce();
    expect(customElements.get("stalker-help-widget")).toBe(StalkerHelpWidget);
  });
});
