// Fills a document in: the person's values laid out in the standard form's sections, in one language, as plain
// structured data (no markup) that the widget, the docs and the copy-as-text share. Pure and synchronous.
import { joinList } from "../display/join-list.js";
import { documents } from "../generated/documents.js";
import type { Document, DocumentField, DocumentSection } from "../schema/document.js";
import type { Lang } from "../schema/primitives.js";
import { DOCUMENT_LABELS, entryHeading } from "./labels.js";
import {
  checkValues,
  type DocumentEntryValues,
  type DocumentFieldValue,
  DocumentValueError,
  type DocumentValues,
} from "./values.js";

/** One line of a rendered section: the field's heading and what was written. */
export interface RenderedLine {
  /** The field's id. */
  field: string;
  /** The field's heading. */
  label: string;
  /** What was written (choices as their labels); the blank or withheld marker otherwise. */
  text: string;
  /** A required field left empty. */
  missing: boolean;
  /** Withheld in the copy for the poster. */
  withheld: boolean;
}

/** One section as printed: its heading and body (one line per field). */
export interface RenderedSection {
  /** The section's id. */
  id: string;
  /** The heading, numbered for a repeated section's entries ("投稿 1"). */
  heading: string;
  /** The section's fixed opening text, if any (printed before the first entry only). */
  intro?: string;
  /** One line per field, in the form's order. */
  body: RenderedLine[];
}

/** A filled-in document. */
export interface RenderedDocument {
  /** The document's id. */
  id: string;
  lang: Lang;
  /** The document's title. */
  title: string;
  /** Which copy: the one to send, or the one the poster may be shown (masked fields withheld). */
  copy: "full" | "masked";
  /** The sections in the standard form's order; a repeated section gives one per entry (a timeline in date order). */
  sections: RenderedSection[];
  /** Required fields left empty, as value paths (posts[0].url). */
  missing: string[];
}

/** How to render. */
export interface RenderOptions {
  /** Withhold the fields marked `masked` (the copy the poster may be shown). Default: false. */
  masked?: boolean;
}

/** The document with this id, or undefined. */
export function documentById(id: string): Document | undefined {
  return documents.find((d) => d.id === id);
}

function isBlank(value: DocumentFieldValue | undefined): boolean {
  return value === undefined || (typeof value === "string" ? value.trim() === "" : value.length === 0);
}

function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split("-").map(Number);
  return lang === "ja" ? `${y}年${m}月${d}日` : iso;
}

function valueText(field: DocumentField, value: DocumentFieldValue, lang: Lang): string {
  if (field.type === "choices" || field.type === "choice") {
    const ids = typeof value === "string" ? [value] : value;
    const labels = ids.map((id) => field.choices?.find((c) => c.id === id)?.label[lang] ?? id);
    return joinList(labels, lang);
  }
  const text = (value as string).trim();
  if (field.type === "date") return formatDate(text, lang);
  if (field.type === "datetime") {
    const [date, time] = text.split("T");
    return `${formatDate(date as string, lang)} ${time}`;
  }
  return text;
}

function renderLines(
  fields: readonly DocumentField[],
  values: DocumentEntryValues,
  lang: Lang,
  masked: boolean,
  path: (field: string) => string,
  missing: string[],
): RenderedLine[] {
  return fields.map((field) => {
    const value = values[field.id];
    const blank = isBlank(value);
    if (blank && field.required) missing.push(path(field.id));
    const withheld = masked && field.masked === true;
    const text = withheld
      ? DOCUMENT_LABELS.withheld[lang]
      : blank
        ? DOCUMENT_LABELS.blank[lang]
        : valueText(field, value as DocumentFieldValue, lang);
    return { field: field.id, label: field.label[lang], text, missing: blank && field.required, withheld };
  });
}

/** A repeated section's entries with their original indexes, in the section's date order when it has one. */
function orderedEntries(section: DocumentSection, entries: readonly DocumentEntryValues[]) {
  const indexed = entries.map((values, index) => ({ values, index }));
  const key = section.repeat?.sortBy;
  if (!key) return indexed;
  const at = (e: { values: DocumentEntryValues }) => {
    const v = e.values[key];
    return typeof v === "string" && v.trim() !== "" ? v : "\uffff"; // undated entries go last
  };
  // ISO dates and datetimes sort as text; ties keep the order they were written in.
  return indexed.sort((a, b) => (at(a) < at(b) ? -1 : at(a) > at(b) ? 1 : a.index - b.index));
}

/**
 * Fills document `id` in with `values`, in `lang`: the standard form's sections with headings and one line per field,
 * required blanks listed in `missing`. Throws DocumentValueError for an unknown id or values that do not fit (an
 * unknown field, a URL that is not a full address, a choice that is not offered).
 */
export function renderDocument(
  id: string,
  values: DocumentValues,
  lang: Lang,
  options: RenderOptions = {},
): RenderedDocument {
  const doc = documentById(id);
  if (!doc)
    throw new DocumentValueError(
      id,
      "(id)",
      `no document has this id; known: ${documents.map((d) => d.id).join(", ")}`,
    );
  checkValues(doc, values);
  const masked = options.masked === true;
  const missing: string[] = [];
  const sections: RenderedSection[] = [];
  for (const section of doc.sections) {
    const intro = section.intro?.[lang];
    if (!section.repeat) {
      const lines = renderLines(section.fields, values as DocumentEntryValues, lang, masked, (f) => f, missing);
      sections.push({ id: section.id, heading: section.heading[lang], ...(intro ? { intro } : {}), body: lines });
      continue;
    }
    const entries = (values[section.id] as readonly DocumentEntryValues[] | undefined) ?? [];
    // A repeated section with no entry still prints once, blank: the form's table is there to be filled.
    const list = entries.length > 0 ? orderedEntries(section, entries) : [{ values: {}, index: 0 }];
    list.forEach((entry, position) => {
      const path = (f: string) => `${section.id}[${entry.index}].${f}`;
      sections.push({
        id: section.id,
        heading: `${section.heading[lang]}: ${entryHeading(section.repeat?.item[lang] ?? "", position)}`,
        ...(intro && position === 0 ? { intro } : {}),
        body: renderLines(section.fields, entry.values, lang, masked, path, missing),
      });
    });
  }
  return { id, lang, title: doc.title[lang], copy: masked ? "masked" : "full", sections, missing };
}

/** The rendered document as plain text, for copying: title, then each section's heading, opening text and lines. */
export function documentText(rendered: RenderedDocument): string {
  const lines = [rendered.title];
  if (rendered.copy === "masked") lines.push(DOCUMENT_LABELS.maskedCopy[rendered.lang]);
  for (const section of rendered.sections) {
    lines.push("", `■ ${section.heading}`);
    if (section.intro) lines.push(section.intro);
    for (const line of section.body) {
      lines.push(line.text.includes("\n") ? `${line.label}:\n${line.text}` : `${line.label}: ${line.text}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
