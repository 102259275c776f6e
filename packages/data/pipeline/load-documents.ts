// Reads content/documents/: one YAML file per document and order.yaml (the order people meet them in).
// Unreadable YAML becomes a ContentError, never an exception (the one content YAML reader, yaml-file.ts).
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import type { ContentError } from "./content-error.js";
import { readYaml } from "./yaml-file.js";

/** A document file read from disk, before validation. */
export interface RawDocument {
  /** Path shown in errors, relative to the content root's parent. */
  file: string;
  /** The file name without .yaml; must equal the document's id. */
  stem: string;
  data: unknown;
}

/** What content/documents/ holds: the documents, their order (null when order.yaml is absent) and read errors. */
export interface RawDocuments {
  documents: RawDocument[];
  order: unknown;
  orderFile: string;
  errors: ContentError[];
}

const ORDER_FILE = "order.yaml";

/** The record's own id, named in errors about it. */
const documentId = (data: unknown): string | null =>
  typeof data === "object" && data !== null && "id" in data && typeof data.id === "string" ? data.id : null;

/** Reads every document under `<root>/documents`; a content root without that folder has no documents. */
export async function loadDocuments(root: string): Promise<RawDocuments> {
  const dir = join(root, "documents");
  const base = join(root, "..");
  const errors: ContentError[] = [];
  const documents: RawDocument[] = [];
  const orderFile = relative(base, join(dir, ORDER_FILE));
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => !n.startsWith("."));
  } catch {
    return { documents, order: null, orderFile, errors };
  }
  let order: unknown = null;
  for (const name of names.sort()) {
    const file = relative(base, join(dir, name));
    if (!name.endsWith(".yaml")) {
      errors.push({ file, id: null, field: "", reason: "content files must end in .yaml" });
      continue;
    }
    const read = readYaml(await readFile(join(dir, name), "utf8"), file, errors, documentId);
    if (!read) continue;
    if (name === ORDER_FILE) order = read.data;
    else documents.push({ file, stem: name.slice(0, -".yaml".length), data: read.data });
  }
  return { documents, order, orderFile, errors };
}
