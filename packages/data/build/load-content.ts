import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { parseDocument } from "yaml";
import { RECORD_KINDS, type RecordKind } from "../src/query/vocabulary.js";
import type { ContentError } from "./content-error.js";
import { inlineComments } from "./inline-comments.js";
import { loadTriage, type RawTriage } from "./load-triage.js";

/** The record kinds, each stored in a folder of its own name under the content root. */
export { RECORD_KINDS, type RecordKind };

/** A content file read from disk, before validation. */
export interface RawRecord {
  kind: RecordKind;
  /** Path shown in errors, relative to the content root's parent. */
  file: string;
  /** The file name without its extension; must equal the record's id. */
  stem: string;
  /** The parsed YAML. */
  data: unknown;
}

/** Reads every `<kind>/*.yaml` file under `root`. Unreadable YAML becomes an error, not an exception. */
/** The editorial order of each kind's records (content/order.yaml), or null when the content has none. */
export type ContentOrder = Partial<Record<RecordKind, unknown>> | null;

export async function loadContent(
  root: string,
): Promise<{ records: RawRecord[]; order: ContentOrder; triage: RawTriage; errors: ContentError[] }> {
  const records: RawRecord[] = [];
  const errors: ContentError[] = [];
  const base = join(root, "..");
  for (const kind of RECORD_KINDS) {
    const dir = join(root, kind);
    let names: string[];
    try {
      names = (await readdir(dir)).filter((n) => !n.startsWith("."));
    } catch {
      continue; // a fixture may hold only some kinds
    }
    for (const name of names.sort()) {
      const path = join(dir, name);
      const file = relative(base, path);
      if (!name.endsWith(".yaml")) {
        errors.push({ file, id: null, field: "", reason: "content files must end in .yaml" });
        continue;
      }
      const stem = name.slice(0, -".yaml".length);
      try {
        const text = await readFile(path, "utf8");
        const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
        if (doc.errors.length > 0) throw doc.errors[0];
        const data: unknown = doc.toJS();
        const id =
          typeof data === "object" && data !== null && "id" in data && typeof data.id === "string" ? data.id : null;
        for (const field of inlineComments(doc.contents, [])) {
          errors.push({
            file,
            id,
            field,
            reason: 'a " #" after a value starts a YAML comment and cuts the text short: quote the value',
          });
        }
        records.push({ kind, file, stem, data });
      } catch (error) {
        const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
        errors.push({ file, id: null, field: "", reason: `not valid YAML: ${message}` });
      }
    }
  }
  const order = await loadOrder(root, base, errors);
  const triage = await loadTriage(root, errors);
  return { records, order, triage, errors };
}

/** Reads content/order.yaml: for each kind, the ids in the order people should meet them. */
async function loadOrder(root: string, base: string, errors: ContentError[]): Promise<ContentOrder> {
  const path = join(root, "order.yaml");
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    return null;
  }
  const doc = parseDocument(text, { uniqueKeys: true });
  const data: unknown = doc.toJS();
  if (doc.errors.length > 0 || typeof data !== "object" || data === null) {
    errors.push({
      file: relative(base, path),
      id: null,
      field: "",
      reason: "order.yaml must be a YAML map of kind to ids",
    });
    return null;
  }
  return data as Partial<Record<RecordKind, unknown>>;
}
