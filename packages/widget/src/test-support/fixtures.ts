// Test helpers that run in the browser: mounting the widget and reading the bundled dataset the way the widget does.
import type { Dataset, Lang } from "@netstalker/data";
import datasetJson from "@netstalker/data/dataset.json" with { type: "json" };
import { localize } from "@netstalker/data/query";
import type { WidgetData } from "../data/widget-data.js";
import type { StalkerHelpDataDetail, StalkerHelpWidget } from "../stalker-help-widget.js";

/** The dataset the widget bundles (validated by @netstalker/data when it was written). */
export const dataset = datasetJson as unknown as Dataset;

/** The bundled records localized to `lang`, as the widget shows them. */
export function localized(lang: Lang): Omit<WidgetData, "lang" | "source" | "dataVersion"> {
  return {
    contacts: dataset.contacts.map((c) => localize(c, lang)),
    remedies: dataset.remedies.map((r) => localize(r, lang)),
    faqs: dataset.faqs.map((f) => localize(f, lang)),
    platforms: dataset.platforms.map((p) => localize(p, lang)),
    cautions: dataset.cautions.map((c) => localize(c, lang)),
  };
}

/** Adds `<stalker-help-widget>` with these attributes and waits until its data is on screen. */
export async function mount(
  attributes: Record<string, string> = {},
  parent: HTMLElement = document.body,
): Promise<{ el: StalkerHelpWidget; root: ShadowRoot; detail: StalkerHelpDataDetail }> {
  const el = document.createElement("stalker-help-widget");
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const loaded = new Promise<StalkerHelpDataDetail>((resolve) =>
    el.addEventListener("stalker-help-data", (e) => resolve(e.detail), { once: true }),
  );
  parent.append(el);
  const detail = await loaded;
  await el.updateComplete;
  const root = el.shadowRoot;
  if (!root) throw new Error("no shadow root");
  return { el, root, detail };
}

/** Text with whitespace collapsed. */
export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? "").replace(/\s+/g, " ").trim();
}
