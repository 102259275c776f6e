// The types of the label tables (content/labels/, generated into src/generated/labels/): a module of its own, so the
// generated modules and the display modules that re-export them both import it without a cycle.
import type { LocalizedText } from "../schema/primitives.js";

/** Labels for every value of an enum. */
export type Labels<K extends string> = Readonly<Record<K, LocalizedText>>;

/** Labels for some fields of a record type `R`. */
export type FieldLabels<R> = Readonly<Partial<Record<keyof R & string, LocalizedText>>>;
