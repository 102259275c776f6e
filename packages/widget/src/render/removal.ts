// The removal path: the designated platforms' own removal-request routes (情報流通プラットフォーム対処法), always
// after the caution that what a person sends may reach the poster, and who can ask on their behalf instead.
import type { CautionLocalized, ContactLocalized, Lang, PlatformLocalized } from "@netstalker/data";
import { html, nothing, type TemplateResult } from "lit";
import type { UiText } from "../i18n.js";
import { renderSources } from "./card-parts.js";
import { recordsOf, renderContactLinks } from "./contact-links.js";

/** The remedy inside which the remedies view shows the routes. */
export const REMOVAL_REMEDY_ID = "deletion-request";

/** One platform on the removal path, with why the triage suggests it when a triage does. */
export interface RemovalRoute {
  platform: PlatformLocalized;
  /** The triage rule's reason, in the page's language; absent outside a triage result. */
  reason?: string;
}

/** What the removal path needs besides the platforms and cautions. */
export interface RemovalRenderContext {
  lang: Lang;
  t: UiText;
  contactsById: ReadonlyMap<string, ContactLocalized>;
  /** Shows a contact card; absent when contacts are not shown. */
  showContact?: (id: string) => void;
}

function paragraphs(text: string): TemplateResult[] {
  return text
    .split(/\n\s*\n/)
    .filter((p) => p.trim() !== "")
    .map((p) => html`<p>${p}</p>`);
}

function renderCaution(caution: CautionLocalized, ctx: RemovalRenderContext): TemplateResult {
  const helpers = recordsOf(caution.contacts, ctx.contactsById);
  return html`<aside class="caution" part="caution" role="note" data-caution-id=${caution.id}>
    <h4>${caution.title}</h4>
    ${paragraphs(caution.body)}
    ${
      helpers.length
        ? html`<p class="note"><strong>${ctx.t.removalActWithoutName}:</strong></p>
          <ul class="helpers">
            ${renderContactLinks(helpers, ctx.showContact)}
          </ul>`
        : nothing
    }
  </aside>`;
}

function renderPlatform({ platform, reason }: RemovalRoute, ctx: RemovalRenderContext): TemplateResult {
  const { t, lang } = ctx;
  const { designation } = platform;
  return html`<li class="platform" data-platform-id=${platform.id}>
    <h5>${platform.name}</h5>
    ${reason ? html`<p class="reason">${reason}</p>` : nothing}
    <p class="note">
      ${platform.operator.legalName}${
        designation.status === "designated" && designation.since
          ? html` · ${t.removalDesignated(designation.since)}`
          : nothing
      }
    </p>
    <p class="note">
      ${t.removalServices}:
      ${platform.services
        .map((s) => (s.designated || designation.status !== "designated" ? s.name : `${s.name}${t.removalNotCovered}`))
        .join(" / ")}
    </p>
    <ul class="routes">
      ${platform.routes.map((route) =>
        route.type === "web"
          ? html`<li><a href=${route.url} rel="noopener noreferrer">${route.title}</a> <span class="note">${route.description}</span></li>`
          : html`<li><strong>${t.removalInApp}: ${route.title}</strong> <span class="note">${route.description}</span></li>`,
      )}
    </ul>
    ${platform.notes.map((n) => html`<p class="note">${n}</p>`)}
    ${platform.caveat ? html`<p class="caveat"><strong>${t.caveat}:</strong> ${platform.caveat}</p>` : nothing}
    <details class="platform-more">
      <summary>${t.removalExpect}</summary>
      <ul>
        ${platform.expect.map((e) => html`<li>${e}</li>`)}
      </ul>
      <p class="meta">${t.verified(platform.verifiedAt)} · ${renderSources(platform.sources, lang)}</p>
    </details>
  </li>`;
}

/** The cautions these platforms name, in the order of `all` (the remedies view, where no triage ranked them). */
export function cautionsNamedBy(
  platforms: readonly PlatformLocalized[],
  all: readonly CautionLocalized[],
): CautionLocalized[] {
  const named = new Set(platforms.flatMap((p) => p.cautions));
  return all.filter((c) => named.has(c.id));
}

/**
 * The platforms' routes, with the cautions shown first: a person must read that a request can reach the poster
 * before they see where to send one. Nothing when there are no platforms (e.g. only emergency data loaded).
 */
export function renderRemovalPath(
  routes: readonly RemovalRoute[],
  cautions: readonly CautionLocalized[],
  ctx: RemovalRenderContext,
): TemplateResult | typeof nothing {
  if (routes.length === 0) return nothing;
  return html`<section class="removal" part="removal" aria-labelledby="removal-title">
    <h4 id="removal-title">${ctx.t.removalTitle}</h4>
    ${cautions.length ? html`<p class="note">${ctx.t.removalLead}</p>` : nothing}
    ${cautions.map((c) => renderCaution(c, ctx))}
    <h4>${ctx.t.removalRoutes}</h4>
    <ul class="platforms">
      ${routes.map((r) => renderPlatform(r, ctx))}
    </ul>
  </section>`;
}
