// One panel of the widget from the records on screen and the element's state: the contact list here (what the first
// card needs), the other panels from the lazy views module (views.ts), shown once it has loaded.
import { byUrgency } from "@netstalker/data/query";
import { html, nothing, type TemplateResult } from "lit";
import type { Panel } from "../options.js";
import { filteredContacts, renderContact } from "./contact.js";
import type { ViewContext } from "./view-context.js";

/** What a panel needs from the element: what every view needs, and the lazy views module. */
export interface PanelContext extends ViewContext {
  /** The views module once loaded; undefined while loading; null when it could not be loaded. */
  views: ViewsModule | null | undefined;
  /** The details file (remedies, FAQs, removal routes) could not be used. */
  detailsUnavailable: boolean;
  /** The documents panel, once its lazy module has loaded (undefined while loading, null when it failed). */
  documents?: (() => TemplateResult) | null;
}

/** The lazy module with the other panels. */
export type ViewsModule = typeof import("./views.js");

/** The content of one panel. */
export function renderPanel(panel: Panel, ctx: PanelContext): TemplateResult | typeof nothing {
  const { t, data } = ctx;
  if (panel === "contacts") {
    const { list, fellBack } = filteredContacts(byUrgency(data.contacts), ctx.category, ctx.audience);
    return html`${fellBack ? html`<p class="muted">${t.noMatch}</p>` : nothing}
      <ul class="cards">${list.map((c) => renderContact(c, ctx.contact))}</ul>`;
  }
  if (panel === "documents") {
    if (ctx.documents === null) return html`<p class="muted" role="alert">${t.viewUnavailable}</p>`;
    return ctx.documents ? ctx.documents() : html`<p class="muted">${t.loadingView}</p>`;
  }
  // Never an empty tab: a person must see that this part failed, and that the contacts still work.
  const empty = panel === "remedies" ? data.remedies.length === 0 : panel === "faq" && data.faqs.length === 0;
  if (ctx.views === null || (ctx.detailsUnavailable && empty)) {
    return html`<p class="muted" role="alert">${t.viewUnavailable}</p>`;
  }
  if (ctx.views) return ctx.views.renderView(panel, ctx);
  return html`<p class="muted">${t.loadingView}</p>`;
}
