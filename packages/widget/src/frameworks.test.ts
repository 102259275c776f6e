// The framework examples of the embed guide, run in Chromium: React 18 through @netstalker/widget/react, React 19
// with the element written directly (typed by @netstalker/widget/jsx), Vue 3 with a template, and Svelte 5 with the
// guide's own recipe (recipes/svelte.ts, compiled by vitest.config.ts).

import { Help as React18HelpEn } from "virtual:recipe/react18/en";
import { Help as React18HelpJa } from "virtual:recipe/react18/ja";
import { Help as React19HelpEn } from "virtual:recipe/react19/en";
import { Help as React19HelpJa } from "virtual:recipe/react19/ja";
import VueHelpEn from "virtual:recipe/vue/en";
import VueHelpJa from "virtual:recipe/vue/ja";
import SvelteHelpEn from "virtual:svelte-recipe/en";
import SvelteHelpJa from "virtual:svelte-recipe/ja";
import * as React19 from "react";
import { createRoot as createRoot19 } from "react-dom/client";
import { createRoot as createRoot18 } from "react-dom18/client";
import * as React18 from "react18";
import { mount as mountSvelte, unmount as unmountSvelte } from "svelte";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createApp as createVueRuntimeApp } from "vue";
import { createApp } from "vue/dist/vue.esm-bundler.js";
import type { StalkerHelpDataDetail } from "./controllers/data-controller.js";
import type {} from "./jsx.js";
import { createStalkerHelp } from "./react.js";
import type { StalkerHelpWidget } from "./stalker-help-widget.js";

afterEach(() => {
  document.body.replaceChildren();
});

function host(): HTMLElement {
  const div = document.createElement("div");
  document.body.append(div);
  return div;
}

async function shown(container: HTMLElement): Promise<StalkerHelpWidget> {
  for (let i = 0; i < 200; i++) {
    const el = container.querySelector("stalker-help-widget");
    if (el?.shadowRoot?.querySelector("[part~=card]")) {
      await el.updateComplete;
      return el;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error("the widget did not render");
}

describe("React 18 with @netstalker/widget/react", () => {
  it("renders with props and reports data through onData", async () => {
    expect(React18.version).toMatch(/^18\./);
    const StalkerHelp = createStalkerHelp(React18 as unknown as typeof React19);
    const details: StalkerHelpDataDetail[] = [];
    const container = host();
    const root = createRoot18(container);
    root.render(
      React18.createElement(StalkerHelp as unknown as React18.ElementType, {
        lang: "en",
        view: "contacts",
        compact: true,
        onData: (e: CustomEvent<StalkerHelpDataDetail>) => details.push(e.detail),
      }),
    );
    const el = await shown(container);
    expect(el.view).toBe("contacts");
    expect(el.compact).toBe(true);
    expect(el.resolvedLang).toBe("en");
    // The event comes once every record is on screen (right after the first card).
    await vi.waitFor(() => expect(details[0]?.lang).toBe("en"));
    root.unmount();
  });
});

describe("React 19 with the element in JSX", () => {
  it("passes attributes and listens to the widget's events", async () => {
    expect(React19.version).toMatch(/^19\./);
    const details: StalkerHelpDataDetail[] = [];
    const container = host();
    const root = createRoot19(container);
    await import("./define.js");
    root.render(
      React19.createElement("stalker-help-widget", {
        lang: "ja",
        view: "faq",
        theme: "dark",
        "onstalker-help-data": (e: CustomEvent<StalkerHelpDataDetail>) => details.push(e.detail),
      }),
    );
    for (let i = 0; i < 200 && details.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    const el = container.querySelector("stalker-help-widget");
    await el?.updateComplete;
    expect(el?.view).toBe("faq");
    expect(el?.theme).toBe("dark");
    expect(el?.shadowRoot?.querySelectorAll("[part~=faq]").length).toBeGreaterThan(0);
    expect(details[0]?.lang).toBe("ja");
    root.unmount();
  });
});

describe("Vue 3 with a template", () => {
  it("renders the element with bound attributes and an event listener", async () => {
    await import("./define.js");
    const details: StalkerHelpDataDetail[] = [];
    const container = host();
    const app = createApp({
      template: `<stalker-help-widget :lang="lang" view="contacts" category="police" @stalker-help-data="onData"></stalker-help-widget>`,
      data: () => ({ lang: "en" }),
      methods: { onData: (e: CustomEvent<StalkerHelpDataDetail>) => details.push(e.detail) },
    });
    app.config.compilerOptions.isCustomElement = (tag: string) => tag === "stalker-help-widget";
    app.mount(container);
    const el = await shown(container);
    expect(el.resolvedLang).toBe("en");
    expect(el.category).toBe("police");
    await vi.waitFor(() => expect(details[0]?.lang).toBe("en"));
    app.unmount();
  });
});

/**
 * The real quick exit replaces the top window's location, which here is the test runner, so the event the widget sends
 * then is dispatched by hand (the e2e suites press the real button); the recipe's handler must receive it.
 */
function exitFrom(el: StalkerHelpWidget): string {
  const url = "https://tenki.jp/";
  el.dispatchEvent(new CustomEvent("stalker-help-exit", { detail: { url }, bubbles: true, composed: true }));
  return url;
}

describe("the embed guide's React and Vue recipes (recipes/react.ts, recipes/vue.ts), compiled as shown", () => {
  it.each([
    ["ja", React19HelpJa],
    ["en", React19HelpEn],
  ] as const)("React 19, %s: the element in JSX gets its attributes and the exit handler", async (lang, Help) => {
    const exits: string[] = [];
    const container = host();
    const root = createRoot19(container);
    root.render(
      React19.createElement(Help as React19.FC<{ onExit: (e: CustomEvent<{ url: string }>) => void }>, {
        onExit: (e) => exits.push(e.detail.url),
      }),
    );
    const el = await shown(container);
    expect(el.resolvedLang).toBe(lang);
    expect(el.exitUrl).toBe("https://www.jma.go.jp/");
    expect(el.hasAttribute("onstalker-help-exit")).toBe(false);
    expect(exits).toEqual([]);
    const url = exitFrom(el);
    expect(exits).toEqual([url]);
    root.unmount();
  });

  it.each([
    ["ja", React18HelpJa],
    ["en", React18HelpEn],
  ] as const)("React 18, %s: <StalkerHelp> gets its props and calls onExit", async (lang, Help) => {
    const exits: string[] = [];
    const container = host();
    const root = createRoot18(container);
    root.render(
      React18.createElement(Help as unknown as React18.FC<{ onExit: (e: CustomEvent<{ url: string }>) => void }>, {
        onExit: (e) => exits.push(e.detail.url),
      }),
    );
    const el = await shown(container);
    expect(el.resolvedLang).toBe(lang);
    expect(el.view).toBe("contacts");
    expect(exits).toEqual([]);
    const url = exitFrom(el);
    expect(exits).toEqual([url]);
    root.unmount();
  });

  it.each([
    ["ja", VueHelpJa],
    ["en", VueHelpEn],
  ] as const)("Vue 3, %s: the single-file component renders the element and emits exit", async (lang, Help) => {
    const exits: string[] = [];
    const container = host();
    const app = createVueRuntimeApp(Help, { onExit: (e: CustomEvent<{ url: string }>) => exits.push(e.detail.url) });
    app.mount(container);
    const el = await shown(container);
    expect(el.resolvedLang).toBe(lang);
    expect(el.view).toBe("contacts");
    expect(exits).toEqual([]);
    const url = exitFrom(el);
    expect(exits).toEqual([url]);
    app.unmount();
  });
});

describe("Svelte 5 with the embed guide's recipe", () => {
  // The guide shows the recipe on its Japanese and its English page; each compiles and runs.
  it.each([
    ["ja", SvelteHelpJa],
    ["en", SvelteHelpEn],
  ] as const)(
    "%s: renders the element with the recipe's attributes and calls its quick-exit handler",
    async (lang, Help) => {
      const exits: CustomEvent<{ url: string }>[] = [];
      const container = host();
      const app = mountSvelte(Help, { target: container, props: { onexit: (e) => exits.push(e) } });
      const el = await shown(container);
      expect(el.resolvedLang).toBe(lang);
      expect(el.view).toBe("contacts");
      expect(el.shadowRoot?.querySelectorAll("[part~=card]").length).toBeGreaterThan(1);
      // Svelte 5 reads on* as a listener; an older Svelte would have set it as an attribute that does nothing.
      expect(el.hasAttribute("onstalker-help-exit")).toBe(false);
      const url = exitFrom(el);
      expect(exits.map((e) => e.detail.url)).toEqual([url]);
      unmountSvelte(app);
      expect(container.querySelector("stalker-help-widget")).toBeNull();
    },
  );
});
