// What a person typed into a document, and the checks it must pass before it is rendered. Pure: no DOM, no I/O.
import type { Document, DocumentField } from "../schema/document.js";

/** One field's value: text for text-like fields and `choice`, a list of choice ids for `choices`. */
export type DocumentFieldValue = string | readonly string[];
/** One entry of a repeated section (one post, one incident): field id to value. */
export type DocumentEntryValues = Readonly<Record<string, DocumentFieldValue>>;
/** A document's values: field id to value, and a repeated section's id to its entries. */
export type DocumentValues = Readonly<Record<string, DocumentFieldValue | readonly DocumentEntryValues[]>>;

/** Longest text one field takes, in code points: room for a long post, not for a file pasted by mistake. */
export const MAX_FIELD_LENGTH = 20_000;

/** Values that do not fit the document: where (field path) and why. */
export class DocumentValueError extends Error {
  /** The document's id. */
  readonly document: string;
  /** The value's path, e.g. posts[0].url. */
  readonly field: string;
  /** The rule broken, in words. */
  readonly reason: string;
  constructor(document: string, field: string, reason: string) {
    super(`document "${document}", field ${field}: ${reason}`);
    this.name = "DocumentValueError";
    this.document = document;
    this.field = field;
    this.reason = reason;
  }
}

/** Whether `text` is an absolute http(s) address: the exact URL of a post, never a relative path or another scheme. */
export function isPostUrl(text: string): boolean {
  // A host with a dot, then an optional path, query or fragment; no spaces. (No URL parser: the package runs where
  // there is none, and the shape is all a request letter needs.)
  return /^https?:\/\/[^\s/?#@]+\.[^\s/?#@.][^\s/?#@]*(?:[/?#]\S*)?$/i.test(text);
}

function isDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function isDateTime(text: string): boolean {
  const m = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  return m !== null && isDate(m[1] as string);
}

/** Why `value` does not fit `field`, or undefined when it does. An empty value always fits (it is a blank). */
export function fieldProblem(field: DocumentField, value: DocumentFieldValue): string | undefined {
  if (field.type === "choices") {
    if (!Array.isArray(value)) return "must be a list of choice ids";
    const ids = new Set(field.choices?.map((c) => c.id));
    const unknown = value.find((v) => !ids.has(v));
    if (unknown !== undefined) return `"${unknown}" is not one of its choices`;
    if (new Set(value).size !== value.length) return "lists a choice twice";
    return undefined;
  }
  if (typeof value !== "string") return "must be text";
  if (value.trim() === "") return undefined;
  if ([...value].length > MAX_FIELD_LENGTH) return `is longer than ${MAX_FIELD_LENGTH} characters`;
  switch (field.type) {
    case "url":
      return isPostUrl(value.trim())
        ? undefined
        : "must be the full address of the post, starting with https:// or http://";
    case "date":
      return isDate(value) ? undefined : "must be a date written YYYY-MM-DD";
    case "datetime":
      return isDateTime(value) ? undefined : "must be a date and time written YYYY-MM-DDTHH:MM";
    case "choice":
      return field.choices?.some((c) => c.id === value) ? undefined : `"${value}" is not one of its choices`;
    default:
      return undefined;
  }
}

/** Throws DocumentValueError for the first value that does not fit `doc` (unknown keys included). */
export function checkValues(doc: Document, values: DocumentValues): void {
  if (typeof values !== "object" || values === null || Array.isArray(values)) {
    throw new DocumentValueError(doc.id, "(values)", "must be an object of field ids to values");
  }
  const known = new Set<string>();
  for (const section of doc.sections) {
    if (section.repeat) {
      known.add(section.id);
      const entries = values[section.id];
      if (entries === undefined) continue;
      if (!Array.isArray(entries)) throw new DocumentValueError(doc.id, section.id, "must be a list of entries");
      if (entries.length > section.repeat.max) {
        throw new DocumentValueError(doc.id, section.id, `takes at most ${section.repeat.max} entries`);
      }
      (entries as readonly unknown[]).forEach((entry, i) => {
        if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
          throw new DocumentValueError(doc.id, `${section.id}[${i}]`, "must be an object of field ids to values");
        }
        const own = new Set(section.fields.map((f) => f.id));
        for (const key of Object.keys(entry)) {
          if (!own.has(key))
            throw new DocumentValueError(doc.id, `${section.id}[${i}].${key}`, "is not a field of this section");
        }
        for (const field of section.fields) {
          const value = (entry as DocumentEntryValues)[field.id];
          const problem = value === undefined ? undefined : fieldProblem(field, value);
          if (problem) throw new DocumentValueError(doc.id, `${section.id}[${i}].${field.id}`, problem);
        }
      });
      continue;
    }
    for (const field of section.fields) {
      known.add(field.id);
      const value = values[field.id];
      if (value === undefined) continue;
      const problem = fieldProblem(field, value as DocumentFieldValue);
      if (problem) throw new DocumentValueError(doc.id, field.id, problem);
    }
  }
  for (const key of Object.keys(values)) {
    if (!known.has(key)) throw new DocumentValueError(doc.id, key, "is not a field of this document");
  }
}
