// Triage, loaded only when a person asks for it: its rules are a few KB the first screen does not need.
// The rules and lexicon are content in @netstalker/data (dataset.json `triage`); the widget ranks with the bundled
// ones over whichever records are on screen, and reads the person's own words with the bundled lexicon, so nothing
// the person answers or types leaves the page (not even with api-base: the API's POST /v1/triage is never called).
import type { ContactLocalized, Dataset, RemedyLocalized, TriageResult } from "@netstalker/data";
import datasetJson from "@netstalker/data/dataset.json" with { type: "json" };
import { createInterpreter, createTriage as createTriageOver, type TriageAnswers } from "@netstalker/data/query";
import type { WidgetData } from "./widget-data.js";

const { triage } = datasetJson as unknown as Dataset;

/** A triage over the records on screen, with the bundled rules. */
export function createTriage(
  data: Pick<WidgetData, "contacts" | "remedies">,
): (answers: TriageAnswers) => TriageResult<ContactLocalized, RemedyLocalized> {
  return createTriageOver({ contacts: data.contacts, remedies: data.remedies, triage });
}

/** Reads a person's own words with the bundled lexicon, in this page only. */
export const interpret = createInterpreter(triage.lexicon);
