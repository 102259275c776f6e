// The documents view: choose a document, read the warnings first, fill it in, and get it back as the standard form's
// sections (part="document", data-document=<id>) to print or copy. A lazy chunk of its own (vite.config.ts
// LAZY_CHUNKS "documents"), loaded when the panel is first shown. Nothing typed leaves the element:
// no request, no storage, no URL; the DocumentsController forgets it on pagehide and on a back/forward-cache restore.
import type { Lang } from "@netstalker/data";
import {
  type Document,
  type DocumentEntryValues,
  type DocumentField,
  type DocumentFieldValue,
  type DocumentValues,
  documents,
  documentText,
  fieldProblem,
  type RenderedDocument,
  renderDocument,
} from "@netstalker/data/documents";
import { type CSSResult, html, nothing, type ReactiveControllerHost, type TemplateResult } from "lit";
import { DocumentsController } from "../controllers/documents-controller.js";
import { DOCUMENTS_TEXT, type DocumentsText } from "../documents-text.js";
import { documentStyles } from "../styles/documents.js";
import { renderSources } from "./contact.js";
import { recordsOf, renderContactLinks } from "./contact-links.js";
import type { ViewContext } from "./view-context.js";

export { DocumentsController, documentStyles };

/** What the documents view needs from the element. */
export interface DocumentsRenderContext extends ViewContext {
  /** The documents' state. */
  documents: DocumentsController;
  /** Announces a message to screen readers (the element's live region). */
  announce: (message: string) => void;
}

/** A value that does not fit its field, by value path (posts[0].url). */
type Problems = Map<string, DocumentField["type"]>;

/** The values that fit, for rendering, and where the others are (shown next to their fields, never thrown). */
function splitValues(doc: Document, values: DocumentValues): { valid: DocumentValues; problems: Problems } {
  const problems: Problems = new Map();
  const keep = (field: DocumentField, value: DocumentFieldValue | undefined, path: string) => {
    if (value === undefined) return undefined;
    if (fieldProblem(field, value) === undefined) return value;
    problems.set(path, field.type);
    return undefined;
  };
  const valid: Record<string, DocumentFieldValue | DocumentEntryValues[]> = {};
  for (const section of doc.sections) {
    if (section.repeat) {
      const entries = (values[section.id] as readonly DocumentEntryValues[] | undefined) ?? [];
      valid[section.id] = entries.map((entry, i) => {
        const out: Record<string, DocumentFieldValue> = {};
        for (const field of section.fields) {
          const value = keep(field, entry[field.id], `${section.id}[${i}].${field.id}`);
          if (value !== undefined) out[field.id] = value;
        }
        return out;
      });
      continue;
    }
    for (const field of section.fields) {
      const value = keep(field, values[field.id] as DocumentFieldValue | undefined, field.id);
      if (value !== undefined) valid[field.id] = value;
    }
  }
  return { valid, problems };
}

const INPUT_TYPES: Partial<Record<DocumentField["type"], string>> = {
  text: "text",
  url: "url",
  date: "date",
  datetime: "datetime-local",
};

function problemText(type: DocumentField["type"], d: DocumentsText): string {
  return type === "url" || type === "date" || type === "datetime" ? d.badValue[type] : d.badValue.other;
}

interface FieldSlot {
  docId: string;
  field: DocumentField;
  value: DocumentFieldValue | undefined;
  path: string;
  problem: DocumentField["type"] | undefined;
  set: (value: DocumentFieldValue) => void;
}

function renderField(slot: FieldSlot, lang: Lang, d: DocumentsText): TemplateResult {
  const { field, value } = slot;
  const id = `doc-${slot.docId}-${slot.path.replace(/[^a-z0-9-]/gi, "-")}`;
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const describedBy = slot.problem ? `${helpId} ${errorId}` : helpId;
  const label = html`${field.label[lang]}${field.required ? html` <span class="required">(${d.required})</span>` : nothing}`;
  const help = html`<p class="field-help" id=${helpId}>${field.help[lang]}</p>`;
  const error = slot.problem ? html`<p class="field-error" id=${errorId}>${problemText(slot.problem, d)}</p>` : nothing;
  if (field.type === "choice" || field.type === "choices") {
    const many = field.type === "choices";
    const chosen = new Set(typeof value === "string" ? [value] : (value ?? []));
    const toggle = (choice: string, on: boolean) => {
      if (!many) return slot.set(choice);
      const next = field.choices?.map((c) => c.id).filter((c) => (c === choice ? on : chosen.has(c))) ?? [];
      slot.set(next);
    };
    return html`<fieldset class="doc-field" aria-describedby=${describedBy}>
      <legend>${label}</legend>
      ${help}
      <div class="doc-choices">
        ${field.choices?.map(
          (choice) =>
            html`<label class="doc-choice">
              <input
                type=${many ? "checkbox" : "radio"}
                name=${id}
                value=${choice.id}
                .checked=${chosen.has(choice.id)}
                @change=${(e: Event) => toggle(choice.id, (e.target as HTMLInputElement).checked)}
              />
              <span
                ><span class="choice-label">${choice.label[lang]}</span>${
                  choice.help ? html`<span class="choice-help">${choice.help[lang]}</span>` : nothing
                }</span
              >
            </label>`,
        )}
      </div>
      ${error}
    </fieldset>`;
  }
  const text = typeof value === "string" ? value : "";
  const onInput = (e: Event) => slot.set((e.target as HTMLInputElement | HTMLTextAreaElement).value);
  const prompts = field.prompts
    ? html`<div class="doc-prompts">
        <p class="prompts-title" id=${`${id}-prompts`}>${d.prompts}</p>
        <ul>${field.prompts.map((p) => html`<li>${p[lang]}</li>`)}</ul>
      </div>`
    : nothing;
  // autocomplete off: the browser must not keep what was typed as suggestions for the next person at this device.
  const control =
    field.type === "multiline"
      ? html`<textarea
          id=${id}
          rows="5"
          autocomplete="off"
          spellcheck="false"
          ?required=${field.required}
          aria-describedby=${field.prompts ? `${describedBy} ${id}-prompts` : describedBy}
          aria-invalid=${slot.problem ? "true" : "false"}
          .value=${text}
          @input=${onInput}
        ></textarea>`
      : html`<input
          id=${id}
          type=${INPUT_TYPES[field.type] ?? "text"}
          autocomplete="off"
          spellcheck="false"
          inputmode=${field.type === "url" ? "url" : nothing}
          ?required=${field.required}
          aria-describedby=${describedBy}
          aria-invalid=${slot.problem ? "true" : "false"}
          .value=${text}
          @input=${onInput}
          @change=${onInput}
        />`;
  return html`<div class="doc-field">
    <label for=${id}>${label}</label>
    ${help}${prompts}${control}${error}
  </div>`;
}

function renderForm(doc: Document, ctx: DocumentsRenderContext, problems: Problems, d: DocumentsText): TemplateResult {
  const { lang, documents: state } = ctx;
  const values = state.values;
  return html`<form class="doc-form" @submit=${(e: Event) => e.preventDefault()} novalidate>
    <h4>${d.form}</h4>
    ${doc.sections.map((section) => {
      if (!section.repeat) {
        return html`<fieldset class="doc-section">
          <legend>${section.heading[lang]}</legend>
          ${section.intro ? html`<p class="muted">${section.intro[lang]}</p>` : nothing}
          ${section.fields.map((field) =>
            renderField(
              {
                docId: doc.id,
                field,
                value: values[field.id] as DocumentFieldValue | undefined,
                path: field.id,
                problem: problems.get(field.id),
                set: (v) => state.set(field.id, v),
              },
              lang,
              d,
            ),
          )}
        </fieldset>`;
      }
      const item = section.repeat.item[lang];
      const entries = state.entries(section.id);
      return html`<div class="doc-section">
        ${section.intro ? html`<p class="muted">${section.intro[lang]}</p>` : nothing}
        ${entries.map(
          (entry, index) => html`<fieldset class="doc-entry">
            <legend>${section.heading[lang]}: ${item} ${index + 1}</legend>
            ${section.fields.map((field) => {
              const path = `${section.id}[${index}].${field.id}`;
              return renderField(
                {
                  docId: doc.id,
                  field,
                  value: entry[field.id],
                  path,
                  problem: problems.get(path),
                  set: (v) => state.set(field.id, v, section.id, index),
                },
                lang,
                d,
              );
            })}
            ${
              entries.length > 1
                ? html`<button type="button" class="secondary" @click=${() => state.removeEntry(section.id, index)}>
                    ${d.removeEntry(item, index + 1)}
                  </button>`
                : nothing
            }
          </fieldset>`,
        )}
        ${
          entries.length < section.repeat.max
            ? html`<button type="button" class="secondary" @click=${() => state.addEntry(section.id)}>
                ${d.addEntry(item)}
              </button>`
            : nothing
        }
      </div>`;
    })}
  </form>`;
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
    ${renderGuidance(doc, ctx, d)} ${renderForm(doc, ctx, problems, d)}
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
