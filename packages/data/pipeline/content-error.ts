/** One thing wrong with one content record: where it is and why it is wrong. */
export interface ContentError {
  /** The file, relative to the content root's parent (e.g. content/contacts/police-emergency-110.yaml). */
  file: string;
  /** The record's id, or null when the file has none (or cannot be read). */
  id: string | null;
  /** The field path in the record, e.g. channels[0].number; empty for the record as a whole. */
  field: string;
  /** The rule that was broken, in words. */
  reason: string;
}

/** Formats a field path from zod-style segments: ["channels", 0, "number"] -> channels[0].number */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

/** One line a person can act on: file, record, field and reason. */
export function formatContentError(error: ContentError): string {
  const record = error.id === null ? "(no id)" : `record "${error.id}"`;
  const field = error.field === "" ? "" : `, field ${error.field}`;
  return `${error.file}: ${record}${field}: ${error.reason}`;
}

/** Thrown by the build when content is invalid; its message lists every error, one per line. */
export class ContentValidationError extends Error {
  readonly errors: readonly ContentError[];
  constructor(errors: readonly ContentError[]) {
    super(
      `${errors.length} content error${errors.length === 1 ? "" : "s"}:\n${errors.map((e) => `  - ${formatContentError(e)}`).join("\n")}`,
    );
    this.name = "ContentValidationError";
    this.errors = errors;
  }
}
