// The triage's engine, the lazy "triage" chunk, loaded only when a person types in or submits the triage: the
// ranking and the interpreter (with its model and readings) the first screen does not need. The rules and lexicon are
// content in @netstalker/data (dataset.json `triage`); the widget ranks with the bundled ones over whichever records
// are on screen, and reads the person's own words in the page, so nothing the person answers or types leaves it (not
// even with api-base: the API's POST /v1/triage is never called). The bundled rules come without their reasons, which
// the page's language brings in a chunk of its own (reasons.ja.ts, reasons.en.ts; ADR 0012).
import type {
  CautionLocalized,
  ContactLocalized,
  Dataset,
  Lang,
  PlatformLocalized,
  RemedyLocalized,
  TriageContent,
  TriageInterpretation,
  TriageResult,
} from "@netstalker/data";
import datasetJson from "@netstalker/data/dataset.json" with { type: "json" };
import {
  createInterpreter,
  createTriage as createTriageOver,
  reasonTexts,
  type TriageAnswers,
  withReasons,
} from "@netstalker/data/query";
import type { WidgetData } from "../data/widget-data.js";

const bundled = (datasetJson as unknown as Dataset).triage;
const interpreters = new WeakMap<TriageContent, ReturnType<typeof createInterpreter>>();

const withReasonsByLang = new Map<Lang, Promise<TriageContent>>();

/**
 * The bundled rules with the reasons of one language, loaded once (the chunk of that language's reasons). The
 * widget asks for them with the engine, right after the first card: never when the person submits, for a request
 * at that moment would tell the CDN that someone is asking for help.
 */
export function bundledRules(lang: Lang): Promise<TriageContent> {
  let rules = withReasonsByLang.get(lang);
  // The single-file build's rules keep their reasons (vite.config.ts): nothing to load.
  if (!rules && bundled.rules[0]?.contacts[0]?.reason !== undefined) rules = Promise.resolve(bundled);
  if (!rules) {
    rules = (lang === "en" ? import("./reasons.en.js") : import("./reasons.ja.js")).then(({ RULES }) =>
      withReasons(bundled, reasonTexts(RULES, lang)),
    );
    // A failed load may be tried again later (a flaky connection), not remembered as failed.
    rules.catch(() => withReasonsByLang.delete(lang));
    withReasonsByLang.set(lang, rules);
  }
  return rules;
}

/**
 * A triage over the records on screen (contacts, remedies, and the platforms' routes with their cautions), with the
 * data file's rules when it carries them, else the bundled ones with the reasons of the records' language.
 */
export async function createTriage(
  data: Pick<WidgetData, "lang" | "contacts" | "remedies" | "platforms" | "cautions" | "triage">,
): Promise<
  (answers: TriageAnswers) => TriageResult<ContactLocalized, RemedyLocalized, PlatformLocalized, CautionLocalized>
> {
  return createTriageOver({
    contacts: data.contacts,
    remedies: data.remedies,
    platforms: data.platforms,
    cautions: data.cautions,
    triage: data.triage ?? (await bundledRules(data.lang)),
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
