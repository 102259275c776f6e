// Validates the documents: each against its schema, then the rules a schema cannot state (ids unique within a
// document, choices only on choice fields, prompts only where a person writes, named cautions and contacts exist,
// every document listed once in order.yaml). Never throws: every problem is a ContentError.
import { type Document, DocumentSchema } from "../src/schema/document.js";
import { type ContentError, formatPath } from "./content-error.js";
import type { RawDocuments } from "./load-documents.js";
import { checkCaveat } from "./record-checks.js";

/** The ids other records give, for the documents' references. */
export interface DocumentRefs {
  contacts: ReadonlySet<string>;
  cautions: ReadonlySet<string>;
  /** Today's date in Japan (YYYY-MM-DD); verifiedAt may not be later. */
  today: string;
}

const CHOICE_TYPES = new Set(["choice", "choices"]);
const WRITTEN_TYPES = new Set(["text", "multiline"]);

function checkDocument(file: string, doc: Document, refs: DocumentRefs, errors: ContentError[]): void {
  const push = (field: string, reason: string) => errors.push({ file, id: doc.id, field, reason });
  const sectionIds = new Set<string>();
  const fieldIds = new Set<string>();
  doc.sections.forEach((section, s) => {
    if (sectionIds.has(section.id)) push(`sections[${s}].id`, `section id "${section.id}" is used twice`);
    sectionIds.add(section.id);
    section.fields.forEach((field, f) => {
      const at = `sections[${s}].fields[${f}]`;
      // Field and section ids share one namespace: a repeated section's entries are stored under its id.
      if (fieldIds.has(field.id) || sectionIds.has(field.id)) push(`${at}.id`, `id "${field.id}" is used twice`);
      fieldIds.add(field.id);
      if (CHOICE_TYPES.has(field.type) && !field.choices) push(`${at}.choices`, `a ${field.type} field needs choices`);
      if (!CHOICE_TYPES.has(field.type) && field.choices)
        push(`${at}.choices`, `a ${field.type} field takes no choices`);
      if (field.prompts && !WRITTEN_TYPES.has(field.type)) {
        push(`${at}.prompts`, "prompts help a person write: only text and multiline fields take them");
      }
      const choiceIds = new Set<string>();
      field.choices?.forEach((choice, c) => {
        if (choiceIds.has(choice.id)) push(`${at}.choices[${c}].id`, `choice id "${choice.id}" is used twice`);
        choiceIds.add(choice.id);
      });
    });
  });
  doc.sections.forEach((section, s) => {
    const sortBy = section.repeat?.sortBy;
    if (sortBy === undefined) return;
    const field = section.fields.find((f) => f.id === sortBy);
    if (!field || (field.type !== "date" && field.type !== "datetime")) {
      push(`sections[${s}].repeat.sortBy`, `"${sortBy}" must be a date or datetime field of this section`);
    }
  });
  doc.cautions.forEach((id, i) => {
    if (!refs.cautions.has(id)) push(`cautions[${i}]`, `no caution record has the id "${id}"`);
  });
  doc.contacts.forEach((id, i) => {
    if (!refs.contacts.has(id)) push(`contacts[${i}]`, `no contact record has the id "${id}"`);
  });
  if (doc.verifiedAt > refs.today) push("verifiedAt", `${doc.verifiedAt} is later than today (${refs.today})`);
  checkCaveat(file, doc, "check", errors);
}

function checkOrder(raw: RawDocuments, docs: readonly Document[], errors: ContentError[]): Document[] {
  const file = raw.orderFile;
  const order = raw.order;
  const ids =
    typeof order === "object" && order !== null && "documents" in order && Array.isArray(order.documents)
      ? (order.documents as unknown[])
      : null;
  if (ids === null || !ids.every((id): id is string => typeof id === "string")) {
    if (docs.length > 0)
      errors.push({ file, id: null, field: "documents", reason: "must list every document id, once, in order" });
    return [...docs];
  }
  const byId = new Map(docs.map((d) => [d.id, d]));
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) errors.push({ file, id: null, field: `documents[${i}]`, reason: `"${id}" is listed twice` });
    else if (!byId.has(id))
      errors.push({ file, id: null, field: `documents[${i}]`, reason: `no document has the id "${id}"` });
    seen.add(id);
  });
  for (const doc of docs) {
    if (!seen.has(doc.id)) errors.push({ file, id: null, field: "documents", reason: `"${doc.id}" is missing` });
  }
  return ids.flatMap((id) => byId.get(id) ?? []).filter((d, i, all) => all.indexOf(d) === i);
}

/** Parses and checks every document; returns the valid ones in order.yaml's order, and every problem found. */
export function validateDocuments(
  raw: RawDocuments,
  refs: DocumentRefs,
): { documents: Document[]; errors: ContentError[] } {
  const errors: ContentError[] = [...raw.errors];
  const valid: Document[] = [];
  for (const item of raw.documents) {
    const id = typeof item.data === "object" && item.data !== null && "id" in item.data ? String(item.data.id) : null;
    const result = DocumentSchema.safeParse(item.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        errors.push({ file: item.file, id, field: formatPath(issue.path), reason: issue.message });
      }
      continue;
    }
    if (result.data.id !== item.stem) {
      errors.push({
        file: item.file,
        id,
        field: "id",
        reason: `the file must be named after the id (${result.data.id}.yaml)`,
      });
    }
    checkDocument(item.file, result.data, refs, errors);
    valid.push(result.data);
  }
  return { documents: checkOrder(raw, valid, errors), errors };
}
