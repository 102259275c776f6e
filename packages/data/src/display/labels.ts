// Display names for the dataset's enum values, in both languages: the one place the API, widget and docs take them
// from, so every surface calls a thing by the same name. The words are content (content/labels/contacts.yaml); the
// build checks each table against its vocabulary and generates it typed as Labels<Enum>, so a new enum value stops
// the build until it has a label. Contacts' values are here; remedies' and the triage's are in remedy-labels.ts and
// triage-labels.ts, so that a bundle showing only contacts (the widget's first card) does not carry them.
import type { Lang } from "../schema/primitives.js";
import type { Labels } from "./label-types.js";

export * from "../generated/labels/contacts.js";
export type { Labels } from "./label-types.js";

/** The label of `key` in `lang`. */
export function label<K extends string>(labels: Labels<K>, key: K, lang: Lang): string {
  return labels[key][lang];
}
