// Display names for remedies and FAQs (the kind of a remedy, the headings of their fields), in both languages, from
// content/labels/remedies.yaml. Apart from labels.ts and field-labels.ts so that a bundle showing only contacts does
// not carry them.
export * from "../generated/labels/remedies.js";
