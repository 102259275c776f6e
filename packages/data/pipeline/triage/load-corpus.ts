// Reads and checks the labelled training corpus (content/triage/corpus/*.yaml): each file a YAML map with `texts`.
// A bad label is a build error naming the file, the text's index and the field.
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { parseDocument } from "yaml";
import type { ContentError } from "../content-error.js";
import { formatPath } from "../content-error.js";
import { type CorpusText, CorpusTextSchema } from "./labelled-text.js";

/** A corpus text with where it came from. */
export interface LoadedCorpusText extends CorpusText {
  file: string;
  index: number;
}

/** Reads every corpus file under `contentRoot/triage/corpus`, in file-name order; problems go to `errors`. */
export async function loadCorpus(contentRoot: string, errors: ContentError[]): Promise<LoadedCorpusText[]> {
  const dir = join(contentRoot, "triage", "corpus");
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith(".yaml")).sort();
  } catch {
    return [];
  }
  const out: LoadedCorpusText[] = [];
  for (const name of names) {
    const path = join(dir, name);
    const file = relative(join(contentRoot, ".."), path);
    let data: unknown;
    try {
      const doc = parseDocument(await readFile(path, "utf8"), { uniqueKeys: true });
      if (doc.errors.length > 0) throw doc.errors[0];
      data = doc.toJS();
    } catch (error) {
      const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
      errors.push({ file, id: null, field: "", reason: `not valid YAML: ${message}` });
      continue;
    }
    const texts = (data as { texts?: unknown } | null)?.texts;
    if (!Array.isArray(texts)) {
      errors.push({ file, id: null, field: "texts", reason: "a corpus file is a map with a list `texts`" });
      continue;
    }
    texts.forEach((raw, index) => {
      const parsed = CorpusTextSchema.safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const field = formatPath([`texts`, index, ...issue.path]);
          const keys = issue.code === "unrecognized_keys" ? ` (${issue.keys.join(", ")})` : "";
          errors.push({ file, id: `#${index}`, field, reason: `${issue.message}${keys}` });
        }
        return;
      }
      out.push({ ...parsed.data, file, index });
    });
  }
  return out;
}
