import {
  type Document,
  documents,
  documentText,
  type RenderedDocument,
  renderDocument,
} from "@netstalker/data/documents";
import { type CSSResult, html, nothing, type ReactiveControllerHost, type TemplateResult } from "lit";
import { DocumentsController } from "../controllers/documents-controller.js";
import { DOCUMENTS_TEXT, type DocumentsText } from "../documents-text.js";
import { documentStyles } from "../styles/documents.js";
import { renderSources } from "./contact.js";
import { recordsOf, renderContactLinks } from "./contact-links.js";
import { renderForm, splitValues } from "./document-form.js";
import type { ViewContext } from "./view-context.js";

export { DocumentsController, documentStyles };

/** What the documents view needs from the element. */
export interface DocumentsRenderContext extends ViewContext {
  /** The documents' state. */
  documents: DocumentsController;
  /** Announces a message to screen readers (the element's live region). */
  announce: (message: string) => void;
}

/** One filled-in copy, as the form lays it out: the element that is printed and copied. */
function renderCopy(rendered: RenderedDocument, d: DocumentsText): TemplateResult {
  const masked = rendered.copy === "masked";
  return html`<article
    class="doc-output"
    part="document"
    data-document=${rendered.id}
    data-copy=${rendered.copy}
    lang=${rendered.lang}
    aria-label=${masked ? `${rendered.title}: ${d.maskedCopy}` : rendered.title}
  >
    <h4 class="doc-title">${rendered.title}</h4>
    ${masked ? html`<p class="doc-copy-label">${d.maskedCopy}</p>` : nothing}
    ${rendered.sections.map(
      (section) => html`<section class="doc-out-section">
        <h5>${section.heading}</h5>
        ${section.intro ? html`<p class="doc-intro">${section.intro}</p>` : nothing}
        <dl>
          ${section.body.map(
            (
              line,
            ) => html`<div class=${line.missing ? "doc-line missing" : line.withheld ? "doc-line withheld" : "doc-line"}>
              <dt>${line.label}</dt>
              <dd>${line.text}</dd>
            </div>`,
          )}
        </dl>
      </section>`,
    )}
  </article>`;
}

async function copyText(text: string, ctx: DocumentsRenderContext, d: DocumentsText): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    ctx.announce(d.copied);
  } catch {
    ctx.announce(d.copyFailed);
  }
}

function renderGuidance(doc: Document, ctx: DocumentsRenderContext, d: DocumentsText): TemplateResult {
  const { lang, data } = ctx;
  const cautions = recordsOf(doc.cautions, new Map(data.cautions.map((c) => [c.id, c])));
  const helpers = recordsOf(doc.contacts, new Map(data.contacts.map((c) => [c.id, c])));
  const routes = doc.platformRoutes
    ? data.platforms.flatMap((p) => {
        const web = p.routes.find((r) => r.type === "web");
        return web && web.type === "web" ? [{ name: p.name, title: web.title, url: web.url }] : [];
      })
    : [];
  return html`<section class="doc-warnings" aria-labelledby="doc-warnings-title">
      <h4 id="doc-warnings-title">${d.warnings}</h4>
      <ul>${doc.warnings.map((w) => html`<li>${w[lang]}</li>`)}</ul>
      ${cautions.map(
        (c) => html`<div class="caution" part="caution">
          <p><strong>${c.title}</strong></p>
          ${c.body.split("\n\n").map((p) => html`<p>${p}</p>`)}
        </div>`,
      )}
    </section>
    ${
      doc.sendTo
        ? html`<section class="doc-send-to" aria-labelledby="doc-send-to-title">
            <h4 id="doc-send-to-title">${d.sendTo}</h4>
            ${doc.sendTo[lang].split("\n\n").map((p) => html`<p>${p}</p>`)}
            ${
              routes.length > 0
                ? // A new tab: leaving this page would forget everything written here (pagehide clears it).
                  html`<p class="doc-subhead">${d.platformRoutes}</p>
                    <ul class="doc-routes">
                      ${routes.map(
                        (r) =>
                          html`<li><a href=${r.url} target="_blank" rel="noopener noreferrer">${r.name}: ${r.title}</a></li>`,
                      )}
                    </ul>`
                : nothing
            }
            ${
              helpers.length > 0
                ? html`<p class="doc-subhead">${d.whoHelps}</p>
                    <ul class="doc-helpers">${renderContactLinks(helpers, ctx.remedy.showContact)}</ul>`
                : nothing
            }
          </section>`
        : nothing
    }`;
}

/** The documents panel: the choice of document, then (for the chosen one) warnings, form and the filled-in copies. */
export function renderDocumentsView(ctx: DocumentsRenderContext): TemplateResult {
  const { lang, t, documents: state } = ctx;
  const d = DOCUMENTS_TEXT[lang];
  const doc = documents.find((x) => x.id === state.selected);
  const chooser = html`<fieldset class="doc-chooser">
    <legend>${d.choose}</legend>
    <p class="muted">${d.chooseHint}</p>
    <div class="choices">
      ${documents.map(
        (x) => html`<label class="choice">
          <input
            type="radio"
            name="document"
            value=${x.id}
            .checked=${x.id === state.selected}
            @change=${() => state.select(x.id)}
          />
          <span>${x.title[lang]}</span>
        </label>`,
      )}
    </div>
  </fieldset>`;
  if (!doc) return chooser;
  const { valid, problems } = splitValues(doc, state.values);
  const full = renderDocument(doc.id, valid, lang);
  // The copy for the poster only where the request can reach them (a caution says so).
  const masked = doc.cautions.length > 0 ? renderDocument(doc.id, valid, lang, { masked: true }) : undefined;
  // The count of empty required fields is not a live region: it changes with every key pressed.
  return html`${chooser}
    <p class="doc-summary">${doc.summary[lang]}</p>
    ${renderGuidance(doc, ctx, d)} ${renderForm(doc, state, lang, problems, d)}
    <section class="doc-result" aria-labelledby="doc-result-title">
      <h4 id="doc-result-title">${d.result}</h4>
      <p class="muted">${full.missing.length > 0 ? d.missing(full.missing.length) : d.complete}</p>
      <p class="muted">${d.traces}</p>
      <div class="actions" data-screen-only>
        <button type="button" class="primary" @click=${() => window.print()}>${d.print}</button>
        <button type="button" class="secondary" @click=${() => void copyText(documentText(full), ctx, d)}>
          ${d.copy}
        </button>
        <button type="button" class="secondary" @click=${() => state.select(undefined)}>${d.clear}</button>
      </div>
      ${renderCopy(full, d)}
      ${
        masked
          ? html`<p class="muted" data-screen-only>${d.maskedLead}</p>
              <div class="actions" data-screen-only>
                <button type="button" class="secondary" @click=${() => void copyText(documentText(masked), ctx, d)}>
                  ${d.copy}: ${d.maskedCopy}
                </button>
              </div>
              ${renderCopy(masked, d)}`
          : nothing
      }
    </section>
    <details class="doc-about" data-screen-only>
      <summary>${d.notes}</summary>
      <div class="details-body">
        ${doc.notes ? html`<p>${doc.notes[lang]}</p>` : nothing}
        ${doc.caveat ? html`<p class="caveat"><strong>${t.caveat}:</strong> ${doc.caveat[lang]}</p>` : nothing}
        <p class="meta">${t.verified(doc.verifiedAt)} · ${renderSources(doc.sources, lang)}</p>
      </div>
    </details>`;
}

/** The documents panel as the element holds it: its renderer, its styles, and the clean-up of what was written. */
export interface DocumentsPanel {
  render: (ctx: ViewContext) => TemplateResult;
  styles: CSSResult;
  /** Forgets the chosen document and everything written (pagehide, back/forward-cache restore). */
  clear: () => void;
}

/** Creates the documents panel for an element; `announce` speaks a message through the element's live region. */
export function documentsPanel(host: ReactiveControllerHost, announce: (message: string) => void): DocumentsPanel {
  const state = new DocumentsController(host);
  return {
    render: (ctx) => renderDocumentsView({ ...ctx, documents: state, announce }),
    styles: documentStyles,
    clear: () => state.clear(),
  };
}
