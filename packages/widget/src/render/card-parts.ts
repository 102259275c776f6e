// Parts of the full cards and folds that the first screen's compact cards do not draw: the sources as links, traces
// and language lists. Only lazy modules (the views chunk) import this one.
import type { Lang } from "@netstalker/data";
import { joinList, languageName, listParts } from "@netstalker/data/query";
import { html, nothing, type TemplateResult } from "lit";

/** Links to the sources, joined as the language writes a list. */
export function renderSources(sources: readonly { url: string; title: string }[], lang: Lang): TemplateResult {
  return html`${listParts(sources, lang).map((part) =>
    "item" in part ? html`<a href=${part.item.url} rel="noopener noreferrer">${part.item.title}</a>` : part.literal,
  )}`;
}

/** What using a channel can leave behind on the device, under its heading; nothing when it leaves nothing. */
export function renderTraces(traces: readonly string[], heading: string): TemplateResult | typeof nothing {
  if (traces.length === 0) return nothing;
  return html`<div class="traces">
    <p class="note"><strong>${heading}:</strong></p>
    <ul>
      ${traces.map((tr) => html`<li>${tr}</li>`)}
    </ul>
  </div>`;
}

/** Language tags as a list of their names in the reader's language. */
export function languageList(tags: readonly string[], lang: Lang): string {
  return joinList(
    tags.map((l) => languageName(l, lang)),
    lang,
  );
}
