// The checks the first card needs: why records could not be used, and the contact check against the published
// contact-localized JSON Schema. The other record kinds' checks (records-check.ts) load with the rest of the records.
import type { ContactLocalized } from "@netstalker/data";
import contactSchema from "@netstalker/data/schemas/contact-localized.schema.json" with { type: "json" };
import { compileJsonSchema, type JsonSchemaDocument } from "./json-schema-check.js";

/** Why records could not be used. */
export type LiveDataFailure = "config" | "network" | "timeout" | "http" | "json" | "shape";

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

/** Checks that `data` is a list passing `check`, or throws a shape error naming `name[i]` and the first problem. */
export function checkedList<T>(name: string, check: RecordCheck, data: unknown): T[] {
  if (!Array.isArray(data)) throw new LiveDataError("shape", `${name}: "data" is not a list`);
  for (const [i, record] of data.entries()) {
    const problem = check(record);
    if (problem) throw new LiveDataError("shape", `${name}[${i}] ${problem.replace(/^\$/, "")}`);
  }
  // Every record was just checked.
  return data as T[];
}

/** Checks a list of localized contacts. */
export function validContacts(data: unknown): ContactLocalized[] {
  return checkedList("contacts", contactCheck, data);
}
