// Reads the triage content: content/triage/{rules,lexicon,scenarios}.yaml, each a YAML map with one list.
import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { parseDocument } from "yaml";
import type { ContentError } from "./content-error.js";
import { inlineComments } from "./inline-comments.js";

/** The triage files, by stem. */
export const TRIAGE_FILES = ["rules", "lexicon", "scenarios"] as const;
export type TriageFile = (typeof TRIAGE_FILES)[number];

/** One triage file read from disk, before validation. */
export interface RawTriageFile {
  /** Path shown in errors, relative to the content root's parent. */
  file: string;
  /** The parsed YAML. */
  data: unknown;
}
/** The triage files found; a content root (or a fixture) may have none of them. */
export type RawTriage = Partial<Record<TriageFile, RawTriageFile>>;

/** Reads whichever triage files exist under `root/triage`; unreadable YAML becomes an error, not an exception. */
export async function loadTriage(root: string, errors: ContentError[]): Promise<RawTriage> {
  const out: RawTriage = {};
  const base = join(root, "..");
  for (const stem of TRIAGE_FILES) {
    const path = join(root, "triage", `${stem}.yaml`);
    const file = relative(base, path);
    let text: string;
    try {
      text = await readFile(path, "utf8");
    } catch {
      continue;
    }
    try {
      const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
      if (doc.errors.length > 0) throw doc.errors[0];
      for (const field of inlineComments(doc.contents, [])) {
        errors.push({
          file,
          id: null,
          field,
          reason: 'a " #" after a value starts a YAML comment and cuts the text short: quote the value',
        });
      }
      out[stem] = { file, data: doc.toJS() };
    } catch (error) {
      const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
      errors.push({ file, id: null, field: "", reason: `not valid YAML: ${message}` });
    }
  }
  return out;
}
