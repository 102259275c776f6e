// One panel of the widget from the records on screen and the element's state: the contact list here (what the first
// card needs), the other panels from the lazy views module (views.ts), shown once it has loaded.
import type { Prefecture } from "@netstalker/data";
import { byUrgency } from "@netstalker/data/query";
import { html, nothing, type TemplateResult } from "lit";
import type { Panel } from "../options.js";
import { filteredContacts } from "./contact.js";
import { type ReachRenderContext, renderReachable } from "./reachable.js";
import type { ViewContext } from "./view-context.js";

/** What a panel needs from the element: what every view needs, and the lazy views module. */
export interface PanelContext extends ViewContext {
  /** The views module once loaded; undefined while loading; null when it could not be loaded. */
  views: ViewsModule | null | undefined;
  /** The details file (remedies, FAQs, removal routes) could not be used. */
  detailsUnavailable: boolean;
  /** "I can't talk on the phone" and the person's region, for the contacts panel's first screen. */
  reach: { textOnly: boolean; setTextOnly: (on: boolean) => void; region: Prefecture | undefined };
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
    const views = ctx.views;
    const reachCtx: ReachRenderContext = {
      ...ctx.contact,
      ...ctx.reach,
      ...(views && {
        fold: (item) => views.renderReachFold(item, reachCtx),
      }),
      foldUnavailable: views === null,
    };
    return html`${fellBack ? html`<p class="muted">${t.noMatch}</p>` : nothing}
      ${renderReachable(list, reachCtx)}`;
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
