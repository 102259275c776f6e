// Display names for the triage's vocabulary (the questions it asks, needs, relationships, how strongly a result fits),
// in both languages, from content/labels/triage.yaml. Apart from labels.ts so that a bundle showing only contacts does
// not carry them.
export * from "../generated/labels/triage.js";
