// Reads the triage content: content/triage/{rules,lexicon,scenarios}.yaml, each a YAML map with one list.
import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import type { ContentError } from "./content-error.js";
import { readYaml } from "./yaml-file.js";

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
    const read = readYaml(text, file, errors);
    if (read) out[stem] = { file, data: read.data };
  }
  return out;
}
