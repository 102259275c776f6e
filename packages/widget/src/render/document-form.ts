// The form of the documents panel: one control per field (text, date, URL, choices with what they mean, prompts for
// the reasons), one fieldset per entry of a repeated section, and the values that do not fit shown next to their
// field instead of being thrown. Part of the lazy documents chunk.
import type { Lang } from "@netstalker/data";
import {
  type Document,
  type DocumentEntryValues,
  type DocumentField,
  type DocumentFieldValue,
  type DocumentValues,
  fieldProblem,
} from "@netstalker/data/documents";
import { html, nothing, type TemplateResult } from "lit";
import type { DocumentsController } from "../controllers/documents-controller.js";
import type { DocumentsText } from "../documents-text.js";

/** A value that does not fit its field, by value path (posts[0].url). */
export type Problems = Map<string, DocumentField["type"]>;

/** The values that fit, for rendering, and where the others are (shown next to their fields, never thrown). */
export function splitValues(doc: Document, values: DocumentValues): { valid: DocumentValues; problems: Problems } {
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

/** The form of one document, bound to its state: every section, every entry, with add and remove buttons. */
export function renderForm(
  doc: Document,
  state: DocumentsController,
  lang: Lang,
  problems: Problems,
  d: DocumentsText,
): TemplateResult {
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
