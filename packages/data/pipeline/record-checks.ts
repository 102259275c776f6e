// Pieces every record kind's integrity checks share (validate-content.ts, validate-platforms.ts).
import type { Confidence } from "../src/schema/primitives.js";
import type { ContentError } from "./content-error.js";

/** A record that passed its schema, with the file it came from. */
export interface Located<T> {
  file: string;
  record: T;
}

/**
 * A record below high confidence must carry the caveat its reader sees. `readerTask` words what the caveat tells the
 * reader to do ("confirm" for a contact's facts, "check" for a platform's routes).
 */
export function checkCaveat(
  file: string,
  record: { id: string; confidence: Confidence; caveat?: unknown },
  readerTask: "confirm" | "check",
  errors: ContentError[],
): void {
  if (record.confidence !== "high" && record.caveat === undefined) {
    errors.push({
      file,
      id: record.id,
      field: "caveat",
      reason: `confidence is ${record.confidence}, so a caveat telling the reader what to ${readerTask} is required`,
    });
  }
}
