// The one way content YAML is read: duplicate keys refused, the first syntax error reported on one line, and every
// ` #` that silently cut a value short reported as an error of its own. Used for records and triage files alike.
import { type Document, parseDocument } from "yaml";
import type { ContentError } from "./content-error.js";
import { inlineComments } from "./inline-comments.js";

/**
 * Parses `text` (the file `file`): the data and its YAML document (for its comments), or undefined after pushing a
 * "not valid YAML" error. Inline-comment problems are pushed too (naming the record `idOf(data)`, when there is one)
 * but the data is still returned.
 */
export function readYaml(
  text: string,
  file: string,
  errors: ContentError[],
  idOf: (data: unknown) => string | null = () => null,
): { data: unknown; document: Document } | undefined {
  try {
    const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length > 0) throw doc.errors[0];
    const data: unknown = doc.toJS();
    const id = idOf(data);
    for (const field of inlineComments(doc.contents, [])) {
      errors.push({
        file,
        id,
        field,
        reason: 'a " #" after a value starts a YAML comment and cuts the text short: quote the value',
      });
    }
    return { data, document: doc };
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    errors.push({ file, id: null, field: "", reason: `not valid YAML: ${message}` });
    return undefined;
  }
}
