// Field blocks several record schemas end with, built once here. Internal to the schemas: not re-exported by
// index.ts, so the package's public surface stays the schemas themselves.
import { z } from "zod";
import { ConfidenceSchema, IsoDateSchema, SourceSchema, type TextVariant } from "./primitives.js";

/** The fields that end every record: the official pages its facts were checked against, and when. */
export const SOURCED_FIELDS = {
  /** Official pages the facts were checked against. */
  sources: z.array(SourceSchema).min(1),
  /** The date the facts were last checked against the sources. */
  verifiedAt: IsoDateSchema,
};

/** The fields that end a record whose facts can be less than certain: how sure we are, the caveat, sources and date. */
export function assuredFields<T extends z.ZodType<unknown>>(v: TextVariant<T>) {
  return {
    /** How sure we are of these facts. */
    confidence: ConfidenceSchema,
    /** Shown to the reader whenever confidence is below high: what to confirm or check, and where. */
    caveat: v.text.optional(),
    ...SOURCED_FIELDS,
  };
}
