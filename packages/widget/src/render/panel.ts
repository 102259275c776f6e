// One panel of the widget (contacts, remedies, FAQ, triage) from the records on screen and the element's state.
import type { Lang } from "@netstalker/data";
import { byUrgency } from "@netstalker/data/query";
import { html, nothing, type TemplateResult } from "lit";
import type { TriageController } from "../controllers/triage-controller.js";
import type { WidgetData } from "../data/widget-data.js";
import type { UiText } from "../i18n.js";
import { type ContactRenderContext, filteredContacts, renderContact, renderEmergency } from "./contact.js";
import { renderFaq } from "./faq.js";
import { type RemedyRenderContext, renderRemedies, renderRemedy } from "./remedy.js";
import {
  cautionsNamedBy,
  REMOVAL_REMEDY_ID,
  type RemovalRenderContext,
  type RemovalRoute,
  renderRemovalPath,
} from "./removal.js";
import type { Panel } from "./tabs.js";
import { renderTriageForm, renderTriageResults, type Triage } from "./triage.js";

/** What a panel needs from the element. */
export interface PanelContext {
  lang: Lang;
  t: UiText;
  data: WidgetData;
  contact: ContactRenderContext;
  remedy: Omit<RemedyRenderContext, "extra">;
  category?: string;
  audience?: string;
  triage: TriageController;
  /** Runs the triage (and announces and focuses the result). */
  submitTriage: () => void;
  /** Forgets every answer. */
  resetTriage: () => void;
}

/** The platforms a triage ranked, best first, each with the reason of the rule that suggested it. */
export function routesFor(result: Triage, lang: Lang): RemovalRoute[] {
  return result.platforms.map((item) => ({ platform: item.record, reason: item.reason[lang] }));
}

function removalCtx(ctx: PanelContext): RemovalRenderContext {
  return {
    lang: ctx.lang,
    t: ctx.t,
    contactsById: ctx.remedy.contactsById,
    showContact: ctx.remedy.showContact,
  };
}

function remedyCtx(ctx: PanelContext): RemedyRenderContext {
  return {
    ...ctx.remedy,
    // The remedies view's deletion request carries the platforms' own routes, after the caution.
    extra: (r) => {
      if (r.id !== REMOVAL_REMEDY_ID) return nothing;
      const { platforms, cautions } = ctx.data;
      return renderRemovalPath(
        platforms.map((platform) => ({ platform })),
        cautionsNamedBy(platforms, cautions),
        removalCtx(ctx),
      );
    },
  };
}

function renderTriagePanel(ctx: PanelContext): TemplateResult {
  const { triage, t, data } = ctx;
  const form = renderTriageForm({
    lang: ctx.lang,
    t,
    answers: triage.answers,
    text: triage.text,
    chips: triage.chips,
    onAnswers: (answers) => triage.setAnswers(answers),
    onText: (text) => void triage.setText(text, data),
    onRemoveChip: (key) => triage.removeChip(key, data),
    onSubmit: ctx.submitTriage,
    onReset: ctx.resetTriage,
    emergency: renderEmergency(data.contacts, t),
  });
  const result = triage.result;
  if (!result) return form;
  // The removal path is what the triage ranked (rule platform-removal-routes in @netstalker/data): its platforms with
  // their reasons, after the cautions the rules and those platforms name.
  const plain = { ...ctx.remedy, extra: undefined };
  return html`${form}${renderTriageResults(
    result,
    ctx.lang,
    t,
    (c, reason) => renderContact(c, ctx.contact, reason),
    (r) => renderRemedy(r, plain),
    renderRemovalPath(routesFor(result, ctx.lang), result.cautions, removalCtx(ctx)),
  )}`;
}

/** The content of one panel. */
export function renderPanel(panel: Panel, ctx: PanelContext): TemplateResult {
  const { t, data } = ctx;
  switch (panel) {
    case "contacts": {
      const { list, fellBack } = filteredContacts(byUrgency(data.contacts), ctx.category, ctx.audience);
      return html`${fellBack ? html`<p class="muted">${t.noMatch}</p>` : nothing}
        <ul class="cards">${list.map((c) => renderContact(c, ctx.contact))}</ul>`;
    }
    case "remedies":
      return renderRemedies(data.remedies, ctx.lang, remedyCtx(ctx));
    case "faq":
      return html`${data.faqs.map((f) => renderFaq(f, t, ctx.lang))}`;
    case "triage":
      return renderTriagePanel(ctx);
  }
}
