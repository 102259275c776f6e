import type { ContactLocalized, Lang, RemedyLocalized } from "@netstalker/data";
import { groupInOrder, REMEDY_KIND_LABELS, REMEDY_KIND_ORDER } from "@netstalker/data/query";
import { html, nothing, type TemplateResult } from "lit";
import type { UiText } from "../i18n.js";
import { renderSources } from "./card-parts.js";
import { recordsOf, renderContactLinks } from "./contact-links.js";

/** What a remedy needs besides the record: names of what it links to, and how to jump there. */
export interface RemedyRenderContext {
  lang: Lang;
  t: UiText;
  contactsById: ReadonlyMap<string, ContactLocalized>;
  remediesById: ReadonlyMap<string, RemedyLocalized>;
  /** Shows a contact card (switches to the contacts view and focuses it); absent when contacts are not shown. */
  showContact?: (id: string) => void;
  /** Opens and focuses another remedy. */
  showRemedy: (id: string) => void;
  /** Whether the remedy with this id is expanded. */
  isOpen: (id: string) => boolean;
  /** Remembers that the remedy was expanded or collapsed. */
  onToggle: (id: string, open: boolean) => void;
  /** Extra content inside a remedy, after its steps (the platforms' removal routes inside deletion-request). */
  extra?: (remedy: RemedyLocalized) => TemplateResult | typeof nothing;
}

/** A remedy as an accessible disclosure: its steps, time limits, legal basis, who helps and what may come next. */
export function renderRemedy(remedy: RemedyLocalized, ctx: RemedyRenderContext): TemplateResult {
  const { t } = ctx;
  const helpers = recordsOf(remedy.contacts, ctx.contactsById);
  const next = recordsOf(remedy.next, ctx.remediesById);
  return html`<details
    part="remedy"
    data-remedy-id=${remedy.id}
    ?open=${ctx.isOpen(remedy.id)}
    @toggle=${(e: Event) => ctx.onToggle(remedy.id, (e.currentTarget as HTMLDetailsElement).open)}
  >
    <summary>${remedy.title}</summary>
    <div class="details-body" data-print>
      <p>${remedy.summary}</p>
      <h4>${t.steps}</h4>
      <ol>
        ${remedy.steps.map((s) => html`<li>${s}</li>`)}
      </ol>
      ${ctx.extra ? ctx.extra(remedy) : nothing}
      ${remedy.timeLimit ? html`<h4>${t.timeLimit}</h4><p>${remedy.timeLimit}</p>` : nothing}
      ${remedy.caveat ? html`<p class="caveat"><strong>${t.caveat}:</strong> ${remedy.caveat}</p>` : nothing}
      ${
        remedy.legalBasis.length
          ? html`<h4>${t.legalBasis}</h4>
            <ul>
              ${remedy.legalBasis.map(
                (b) =>
                  html`<li>
                    <a href=${b.url} rel="noopener noreferrer">${b.law}${b.article ? ` ${b.article}` : ""}</a>
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      ${
        helpers.length
          ? html`<h4>${t.whoHelps}</h4>
            <ul>
              ${renderContactLinks(helpers, ctx.showContact)}
            </ul>`
          : nothing
      }
      ${
        next.length
          ? html`<h4>${t.nextRemedies}</h4>
            <ul>
              ${next.map(
                (r) =>
                  html`<li>
                    <button type="button" class="link-button" @click=${() => ctx.showRemedy(r.id)}>${r.title}</button>
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      <p class="meta">${t.verified(remedy.verifiedAt)} · ${renderSources(remedy.sources, ctx.lang)}</p>
    </div>
  </details>`;
}

/** Remedies grouped by kind, in REMEDY_KIND_ORDER (from @netstalker/data), each group under its label from @netstalker/data. */
export function renderRemedies(
  remedies: readonly RemedyLocalized[],
  lang: Lang,
  ctx: RemedyRenderContext,
): TemplateResult {
  return html`${groupInOrder(remedies, REMEDY_KIND_ORDER, (r) => r.kind).map(
    ({ key, items }) =>
      html`<h3 class="kind-heading">${REMEDY_KIND_LABELS[key][lang]}</h3>
        ${items.map((r) => renderRemedy(r, ctx))}`,
  )}`;
}
