// The shapes of the two files per language that the CDN build (dist/stalker-help-widget.js) reads next to itself:
// only what the widget shows, in one language, split so that the first card waits for the contacts alone:
// - dist/stalker-help-widget.data.<lang>.json: the contacts (all the contacts view and the first card need);
// - dist/stalker-help-widget.details.<lang>.json: remedies, FAQs, platforms and cautions, read right after the first
//   card by the lazy details chunk (src/data/details-file.ts).
// - In: contacts, remedies, FAQs, the platforms' removal routes and the cautions they name, each record localized to
//   `lang` (every `{ ja, en }` text replaced by one string), so that the widget can check every record against the
//   published localized JSON Schemas (contact-, remedy-, faq-, platform-, caution-localized) before showing it.
// - Out: everything else of dataset.json. The triage rules and lexicon ride in the lazy triage chunk (vite.config.ts),
//   where they are loaded only when a person asks for a triage.
//   A new list enters the data file here, together with the schema check the widget runs on it (the file is fresh
//   data: it may be newer than the pinned code, so the code must never trust it unchecked).
// Every field of a record stays: the localized schemas require all of them (additionalProperties: false, and the
// optional ones — costNote, prepare, caveat, timeLimit — are shown). See docs/decisions/0012-widget-size-budgets.md.
import type {
  CautionLocalized,
  ContactLocalized,
  Dataset,
  FaqLocalized,
  Lang,
  PlatformLocalized,
  RemedyLocalized,
} from "@netstalker/data";
import { localize } from "@netstalker/data/query";

/** The content of one language's contacts file (stalker-help-widget.data.<lang>.json). */
export interface WidgetDataFile {
  /** The language of every text in the file. */
  lang: Lang;
  /** The @netstalker/data version the records come from. */
  dataVersion: string;
  /** Consultation windows, localized. */
  contacts: ContactLocalized[];
}

/** The content of one language's details file (stalker-help-widget.details.<lang>.json). */
export interface WidgetDetailsFile {
  /** The language of every text in the file. */
  lang: Lang;
  /** The @netstalker/data version the records come from (the widget refuses a file of another version). */
  dataVersion: string;
  /** Legal measures, coping and prevention, localized. */
  remedies: RemedyLocalized[];
  /** Questions and answers, localized. */
  faqs: FaqLocalized[];
  /** The platforms' own removal-request routes (情報流通プラットフォーム対処法), localized. */
  platforms: PlatformLocalized[];
  /** The cautions the platforms and triage rules name (a request may reach the poster), localized. */
  cautions: CautionLocalized[];
}

/** The contacts file for `lang`, built from a validated dataset. */
export function dataFile(dataset: Pick<Dataset, "version" | "contacts">, lang: Lang): WidgetDataFile {
  return { lang, dataVersion: dataset.version, contacts: dataset.contacts.map((c) => localize(c, lang)) };
}

/** The details file for `lang`, built from a validated dataset. */
export function detailsFile(
  dataset: Pick<Dataset, "version" | "remedies" | "faqs" | "platforms" | "cautions">,
  lang: Lang,
): WidgetDetailsFile {
  return {
    lang,
    dataVersion: dataset.version,
    remedies: dataset.remedies.map((r) => localize(r, lang)),
    faqs: dataset.faqs.map((f) => localize(f, lang)),
    platforms: (dataset.platforms ?? []).map((p) => localize(p, lang)),
    cautions: (dataset.cautions ?? []).map((c) => localize(c, lang)),
  };
}
