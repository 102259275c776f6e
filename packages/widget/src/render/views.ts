// The panels other than the contact list (remedies, FAQ, triage with the removal path) and their styles. A lazy chunk
// of the CDN build (vite.config.ts LAZY_ENTRIES "views"): the first card does not wait for it. The element loads it
// right after the first card whatever tab is open, so that no request tells the CDN which tab a person opened.
import type { Lang } from "@netstalker/data";
import { html, nothing, type TemplateResult } from "lit";
import { forms } from "../styles/forms.js";
import { reachFold } from "../styles/reach.js";
import { removal } from "../styles/removal.js";
import { renderTriageForm, renderTriageResults, type Triage } from "../triage/render.js";
import { triage } from "../triage/styles.js";
import { renderEmergency } from "./contact.js";
import { renderContact } from "./contact-card.js";
import { renderFaq } from "./faq.js";
import { type RemedyRenderContext, renderRemedies, renderRemedy } from "./remedy.js";
import {
  cautionsNamedBy,
  REMOVAL_REMEDY_ID,
  type RemovalRenderContext,
  type RemovalRoute,
  renderRemovalPath,
} from "./removal.js";
import type { ViewContext } from "./view-context.js";

/** The styles of these panels, placed by the element before its safety and media styles (styles/index.ts). */
export const viewStyles = [forms, triage, removal, reachFold];

/** The platforms a triage ranked, best first, each with the reason of the rule that suggested it. */
export function routesFor(result: Triage, lang: Lang): RemovalRoute[] {
  return result.platforms.map((item) => ({ platform: item.record, reason: item.reason[lang] }));
}

function removalCtx(ctx: ViewContext): RemovalRenderContext {
  return {
    lang: ctx.lang,
    t: ctx.t,
    contactsById: ctx.remedy.contactsById,
    showContact: ctx.remedy.showContact,
  };
}

function remedyCtx(ctx: ViewContext): RemedyRenderContext {
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

function renderTriagePanel(ctx: ViewContext): TemplateResult | typeof nothing {
  const { triage, t, data } = ctx;
  if (!triage) return nothing;
  const form = renderTriageForm({
    lang: ctx.lang,
    t,
    state: triage.state,
    text: triage.text,
    reading: triage.reading,
    result: triage.result,
    askedWithNothing: triage.askedWithNothing,
    onChoose: (key, on) => triage.choose(key, on, data),
    onNoDanger: () => triage.chooseNoDanger(data),
    onAsk: (ask, yes) => triage.answerAsk(ask, yes, data),
    onText: (text) => void triage.setText(text, data),
    onSubmit: ctx.submitTriage,
    onReset: ctx.resetTriage,
    emergency: renderEmergency(data.contacts, t, ctx.lang),
  });
  if (triage.unavailable) {
    return html`${form}<p class="muted" id="triage-results" role="alert" tabindex="-1">${t.triageUnavailable}</p>`;
  }
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

/** The content of the remedies, FAQ or triage panel. */
export function renderView(panel: "remedies" | "faq" | "triage", ctx: ViewContext): TemplateResult | typeof nothing {
  switch (panel) {
    case "remedies":
      return renderRemedies(ctx.data.remedies, ctx.lang, remedyCtx(ctx));
    case "faq":
      return html`${ctx.data.faqs.map((f) => renderFaq(f, ctx.t, ctx.lang))}`;
    case "triage":
      return renderTriagePanel(ctx);
  }
}
export { TriageController } from "../triage/controller.js";
export { triageItems } from "../triage/render.js";
export { VIEW_TEXT } from "../view-text.js";
export { renderReachFold } from "./reach-fold.js";
