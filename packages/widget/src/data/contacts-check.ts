// The checks the first card needs: why records could not be used, and the contact check against the published
// contact-localized JSON Schema. The other record kinds' checks (records-check.ts) load with the rest of the records.
import type { ContactLocalized } from "@netstalker/data";
import contactSchema from "@netstalker/data/schemas/contact-localized.schema.json" with { type: "json" };
import { compileJsonSchema, type JsonSchemaDocument } from "./json-schema-check.js";

/** Why records could not be used. */
export type LiveDataFailure = "config" | "network" | "timeout" | "http" | "json" | "shape" | "integrity";

/** A failure to get usable records; the widget then keeps what it has (or the emergency numbers). */
export class LiveDataError extends Error {
  override name = "LiveDataError";
  constructor(
    readonly reason: LiveDataFailure,
    message: string,
  ) {
    super(message);
  }
}

/** A check of one record: null when valid, else the path and reason of the first problem. */
export type RecordCheck = (record: unknown) => string | null;

/** The contact check (contact-localized.schema.json). */
export const contactCheck: RecordCheck = compileJsonSchema(contactSchema as JsonSchemaDocument);

/** Work done between two yields to the page while a list is checked, in ms (a frame is about 16 ms). */
const SLICE_MS = 8;

/** Lets the page handle what is waiting (a tap on the quick exit above all) before the check goes on. */
const yieldToPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Checks that `data` is a list passing `check`, or throws a shape error naming `name[i]` and the first problem. Long
 * lists are checked in slices of about {@link SLICE_MS} ms: outside data never holds the main thread for longer, so
 * the quick exit answers at once even while a large or hostile file is being checked.
 */
export async function checkedList<T>(name: string, check: RecordCheck, data: unknown): Promise<T[]> {
  if (!Array.isArray(data)) throw new LiveDataError("shape", `${name}: "data" is not a list`);
  let sliceStart = performance.now();
  for (const [i, record] of data.entries()) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      sliceStart = performance.now();
    }
    const problem = check(record);
    if (problem) throw new LiveDataError("shape", `${name}[${i}] ${problem.replace(/^\$/, "")}`);
  }
  // Every record was just checked.
  return data as T[];
}

/** Checks a list of localized contacts. */
export function validContacts(data: unknown): Promise<ContactLocalized[]> {
  return checkedList("contacts", contactCheck, data);
}
