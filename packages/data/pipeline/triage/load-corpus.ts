// Reads and checks the labelled training corpus (content/triage/corpus/*.yaml): each file a YAML map with `texts`.
// A bad label is a build error naming the file, the text's index and the field; so is a text written twice (the
// same words with two sets of labels would teach the model both, and a copy counts twice in cross-validation).
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import type { ContentError } from "../content-error.js";
import { formatPath } from "../content-error.js";
import { readYaml } from "../yaml-file.js";
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
  const firstSeen = new Map<string, string>();
  for (const name of names) {
    const path = join(dir, name);
    const file = relative(join(contentRoot, ".."), path);
    const read = readYaml(await readFile(path, "utf8"), file, errors);
    if (!read) continue;
    const texts = (read.data as { texts?: unknown } | null)?.texts;
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
      const key = parsed.data.text.normalize("NFKC").trim();
      const earlier = firstSeen.get(key);
      if (earlier !== undefined) {
        errors.push({
          file,
          id: `#${index}`,
          field: `texts[${index}].text`,
          reason: `written twice: ${earlier} has it too`,
        });
        return;
      }
      firstSeen.set(key, `${file} #${index}`);
      out.push({ ...parsed.data, file, index });
    });
  }
  return out;
}
