// The shape of dist/stalker-help-widget.data.<lang>.json, the file the CDN build (dist/stalker-help-widget.js) reads
// next to itself: only what the widget shows, in one language.
// - In: contacts, remedies and FAQs, each record localized to `lang` (every `{ ja, en }` text replaced by one string),
//   so that the widget can check every record against the published localized JSON Schemas before showing it.
// - Out: everything else of dataset.json. The triage rules and lexicon ride in the lazy triage chunk (vite.config.ts),
//   where they are loaded only when a person asks for a triage; platforms and cautions are not shown by the widget.
//   A new list enters the data file here, together with the schema check the widget runs on it (the file is fresh
//   data: it may be newer than the pinned code, so the code must never trust it unchecked).
// Every field of a record stays: the localized schemas require all of them (additionalProperties: false, and the
// optional ones — costNote, prepare, caveat, timeLimit — are shown). See docs/decisions/0012-widget-size-budgets.md.
import type { ContactLocalized, Dataset, FaqLocalized, Lang, RemedyLocalized } from "@netstalker/data";
import { localize } from "@netstalker/data/query";

/** The content of one language's data file. */
export interface WidgetDataFile {
  /** The language of every text in the file. */
  lang: Lang;
  /** The @netstalker/data version the records come from. */
  dataVersion: string;
  /** Consultation windows, localized. */
  contacts: ContactLocalized[];
  /** Legal measures, coping and prevention, localized. */
  remedies: RemedyLocalized[];
  /** Questions and answers, localized. */
  faqs: FaqLocalized[];
}

/** The data file for `lang`, built from a validated dataset. */
export function dataFile(
  dataset: Pick<Dataset, "version" | "contacts" | "remedies" | "faqs">,
  lang: Lang,
): WidgetDataFile {
  return {
    lang,
    dataVersion: dataset.version,
    contacts: dataset.contacts.map((c) => localize(c, lang)),
    remedies: dataset.remedies.map((r) => localize(r, lang)),
    faqs: dataset.faqs.map((f) => localize(f, lang)),
  };
}
