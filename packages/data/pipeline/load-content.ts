import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { RECORD_KINDS, type RecordKind } from "../src/query/vocabulary.js";
import type { ContentError } from "./content-error.js";
import { loadTriage, type RawTriage } from "./load-triage.js";
import { readYaml } from "./yaml-file.js";

/** A record's id, when its YAML has one (for naming it in errors). */
const recordId = (data: unknown): string | null =>
  typeof data === "object" && data !== null && "id" in data && typeof data.id === "string" ? data.id : null;

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
      const read = readYaml(await readFile(path, "utf8"), file, errors, recordId);
      if (read) records.push({ kind, file, stem, data: read.data });
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
  const file = relative(base, path);
  const data = readYaml(text, file, errors)?.data;
  if (data === undefined) return null;
  if (typeof data !== "object" || data === null) {
    errors.push({
      file,
      id: null,
      field: "",
      reason: "order.yaml must be a YAML map of kind to ids",
    });
    return null;
  }
  return data as Partial<Record<RecordKind, unknown>>;
}
