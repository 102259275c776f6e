// Headings for the fields of a record ("Hours", "Cost", ...), in both languages: the one place every surface takes
// them from (contacts here, remedies and FAQs in remedy-labels.ts). The words are content
// (content/labels/contact-fields.yaml); the build refuses a heading for a field the schema does not have, and types
// each table over the schema's own keys, so renaming a field fails until its label follows. Also the heading over the
// emergency numbers (DANGER_NOW_HEADING), the first thing a person in danger reads: one text on every surface.
export * from "../generated/labels/contact-fields.js";
export type { FieldLabels } from "./label-types.js";
