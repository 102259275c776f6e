// Parts of the full cards and folds that the first screen's compact cards do not draw: the open-now badge of a
// channel or a full card, and the sources as links. Only lazy modules (the views chunk) import this one.
import type { Lang } from "@netstalker/data";
import { formatJapanTime, joinList, languageName, listParts, type OpenStatus } from "@netstalker/data/query";
import { html, nothing, type TemplateResult } from "lit";
import type { ContactRenderContext } from "./contact.js";

/** Links to the sources, joined as the language writes a list. */
export function renderSources(sources: readonly { url: string; title: string }[], lang: Lang): TemplateResult {
  return html`${listParts(sources, lang).map((part) =>
    "item" in part ? html`<a href=${part.item.url} rel="noopener noreferrer">${part.item.title}</a>` : part.literal,
  )}`;
}

/**
 * The open-now badge: computed by @netstalker/data in Asia/Tokyo with Japanese holidays, never guessed here. A
 * channel that accepts at any time and is answered later (a form) is never "open": it says so instead.
 */
export function renderBadge(
  status: OpenStatus,
  ctx: ContactRenderContext,
  varies: boolean,
  deferred = false,
): TemplateResult {
  const { t, now, lang } = ctx;
  if (deferred) return html`<span class="badge deferred" part="badge badge-deferred">${t.deferred}</span>`;
  if (status.open === "unknown") {
    return html`<span class="badge unknown" part="badge">${varies ? t.hoursVary : t.openUnknown}</span>`;
  }
  if (status.open) {
    return html`<span class="badge open" part="badge badge-open"
      >${t.openNow}${
        status.closesAt
          ? html` <span class="when">${t.closesAt(formatJapanTime(status.closesAt, now, lang))}</span>`
          : nothing
      }</span
    >`;
  }
  return html`<span class="badge closed" part="badge badge-closed"
    >${t.closedNow}${
      status.opensAt
        ? html` <span class="when">${t.opensAt(formatJapanTime(status.opensAt, now, lang))}</span>`
        : nothing
    }</span
  >`;
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
