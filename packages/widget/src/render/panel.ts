// One panel of the widget from the records on screen and the element's state: the contact list here (what the first
// card needs), the other panels from the lazy views module (views.ts), shown once it has loaded.
import type { Lang } from "@netstalker/data";
import { byUrgency } from "@netstalker/data/query";
import { html, nothing, type TemplateResult } from "lit";
import type { TriageController } from "../controllers/triage-controller.js";
import type { WidgetData } from "../data/widget-data.js";
import type { UiText } from "../i18n.js";
import { type ContactRenderContext, filteredContacts, renderContact } from "./contact.js";
import type { RemedyRenderContext } from "./remedy.js";
import type { Panel } from "./tabs.js";

/** What a panel needs from the element. */
export interface PanelContext {
  lang: Lang;
  t: UiText;
  data: WidgetData;
  contact: ContactRenderContext;
  remedy: Omit<RemedyRenderContext, "extra">;
  category?: string;
  audience?: string;
  /** The triage state; created with the views module. */
  triage: TriageController | undefined;
  /** Runs the triage (and announces and focuses the result). */
  submitTriage: () => void;
  /** Forgets every answer. */
  resetTriage: () => void;
  /** The views module once loaded; undefined while loading; null when it could not be loaded. */
  views: ViewsModule | null | undefined;
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
  if (ctx.views) return ctx.views.renderView(panel, ctx);
  return ctx.views === null
    ? html`<p class="muted" role="alert">${t.viewUnavailable}</p>`
    : html`<p class="muted">${t.loadingView}</p>`;
}
