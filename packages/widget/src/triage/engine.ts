// The triage's engine, the lazy "triage" chunk, loaded only when a person types in or submits the triage: the
// ranking and the interpreter (with its model and readings) the first screen does not need. The rules and lexicon are
// content in @netstalker/data (dataset.json `triage`); the widget ranks with the bundled ones over whichever records
// are on screen, and reads the person's own words in the page, so nothing the person answers or types leaves it (not
// even with api-base: the API's POST /v1/triage is never called).
import type {
  CautionLocalized,
  ContactLocalized,
  Dataset,
  PlatformLocalized,
  RemedyLocalized,
  TriageContent,
  TriageInterpretation,
  TriageResult,
} from "@netstalker/data";
import datasetJson from "@netstalker/data/dataset.json" with { type: "json" };
import { createInterpreter, createTriage as createTriageOver, type TriageAnswers } from "@netstalker/data/query";
import type { WidgetData } from "../data/widget-data.js";

const bundled = (datasetJson as unknown as Dataset).triage;
const interpreters = new WeakMap<TriageContent, ReturnType<typeof createInterpreter>>();

/**
 * A triage over the records on screen (contacts, remedies, and the platforms' routes with their cautions), with the
 * data file's rules when it carries them, else the bundled ones.
 */
export function createTriage(
  data: Pick<WidgetData, "contacts" | "remedies" | "platforms" | "cautions" | "triage">,
): (answers: TriageAnswers) => TriageResult<ContactLocalized, RemedyLocalized, PlatformLocalized, CautionLocalized> {
  return createTriageOver({
    contacts: data.contacts,
    remedies: data.remedies,
    platforms: data.platforms,
    cautions: data.cautions,
    triage: data.triage ?? bundled,
  });
}

/** Reads a person's own words with the lexicon (the data file's, else the bundled one), in this page only. */
export function interpret(text: string, data?: Pick<WidgetData, "triage">): TriageInterpretation {
  const content = data?.triage ?? bundled;
  let read = interpreters.get(content);
  if (!read) {
    read = createInterpreter(content.lexicon);
    interpreters.set(content, read);
  }
  return read(text);
}
