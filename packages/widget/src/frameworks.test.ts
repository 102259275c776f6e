// The framework examples of the embed guide, run in Chromium: React 18 through @netstalker/widget/react, React 19
// with the element written directly (typed by @netstalker/widget/jsx), Vue 3 with a template, and the guide's own
// recipes (recipes/*.ts: React 19, React 18, Vue 3 and Svelte 5, compiled from the shown text by vitest.config.ts).

import { Help as React18HelpEn } from "virtual:recipe/react18/en";
import { Help as React18HelpJa } from "virtual:recipe/react18/ja";
import { Help as React19HelpEn } from "virtual:recipe/react19/en";
import { Help as React19HelpJa } from "virtual:recipe/react19/ja";
import SvelteHelpEn from "virtual:recipe/svelte/en";
import SvelteHelpJa from "virtual:recipe/svelte/ja";
import VueHelpEn from "virtual:recipe/vue/en";
import VueHelpJa from "virtual:recipe/vue/ja";
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

type OnExit = (event: CustomEvent<{ url: string }>) => void;
/** Mounts a compiled recipe with an exit handler into `container`; returns how to unmount it. */
type Mount = (container: HTMLElement, onExit: OnExit) => () => void;

const react19 =
  (Help: unknown): Mount =>
  (container, onExit) => {
    const root = createRoot19(container);
    root.render(React19.createElement(Help as React19.FC<{ onExit: OnExit }>, { onExit }));
    return () => root.unmount();
  };
const react18 =
  (Help: unknown): Mount =>
  (container, onExit) => {
    const root = createRoot18(container);
    root.render(React18.createElement(Help as React18.FC<{ onExit: OnExit }>, { onExit }));
    return () => root.unmount();
  };
const vue =
  (Help: Parameters<typeof createVueRuntimeApp>[0]): Mount =>
  (container, onExit) => {
    const app = createVueRuntimeApp(Help, { onExit });
    app.mount(container);
    return () => app.unmount();
  };

describe("the embed guide's React and Vue recipes (recipes/react.ts, recipes/vue.ts), compiled as shown", () => {
  it.each([
    ["React 19", "ja", react19(React19HelpJa), { exitUrl: "https://www.jma.go.jp/" }],
    ["React 19", "en", react19(React19HelpEn), { exitUrl: "https://www.jma.go.jp/" }],
    ["React 18", "ja", react18(React18HelpJa), { view: "contacts" }],
    ["React 18", "en", react18(React18HelpEn), { view: "contacts" }],
    ["Vue 3", "ja", vue(VueHelpJa), { view: "contacts" }],
    ["Vue 3", "en", vue(VueHelpEn), { view: "contacts" }],
  ] as const)(
    "%s, %s: renders the recipe's element and hands the quick exit to its handler",
    async (_, lang, mount, props) => {
      const exits: string[] = [];
      const container = host();
      const unmount = mount(container, (e) => exits.push(e.detail.url));
      const el = await shown(container);
      expect(el.resolvedLang).toBe(lang);
      for (const [key, value] of Object.entries(props)) expect(el[key as keyof typeof props]).toBe(value);
      // A listener, not an attribute that would do nothing.
      expect(el.hasAttribute("onstalker-help-exit")).toBe(false);
      expect(exits).toEqual([]);
      const url = exitFrom(el);
      expect(exits).toEqual([url]);
      unmount();
    },
  );
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
