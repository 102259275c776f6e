// The shapes of the two files per language that the CDN build (dist/stalker-help-widget.js) reads next to itself:
// only what the widget shows, in one language, split so that the first card waits for the contacts alone:
// - dist/stalker-help-widget.data.<lang>.json: the contacts as the compact cards show them (all the first screen needs);
// - dist/stalker-help-widget.details.<lang>.json: each contact's details, remedies, FAQs, platforms and cautions, read
//   right after the first card by the lazy details chunk (src/data/details-file.ts).
// - In: contacts, remedies, FAQs, the platforms' removal routes and the cautions they name, each record localized to
//   `lang` (every `{ ja, en }` text replaced by one string), so that the widget can check every record against the
//   published localized JSON Schemas (contact-, remedy-, faq-, platform-, caution-localized) before showing it.
// - Out: everything else of dataset.json. The triage rules and lexicon ride in the lazy triage chunk (vite.config.ts),
//   where they are loaded only when a person asks for a triage.
//   A new list enters the data file here, together with the schema check the widget runs on it (the file is fresh
//   data: it may be newer than the pinned code, so the code must never trust it unchecked).
// Every field of a record is published: a contact is split between the two files (src/data/contact-details.ts names
// what goes to the details file: what only the folds and full cards show), and the widget checks the contacts file's
// records with those fields optional, then the merged records against the whole contact-localized schema. The other
// kinds are whole in the details file. See docs/decisions/0012-widget-size-budgets.md (issue #19, the trimmed file).
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
import { CHANNEL_DETAIL_FIELDS, CONTACT_DETAIL_FIELDS } from "../src/data/contact-details.js";

/** Field names of one contact that go to the details file (src/data/contact-details.ts). */
type ContactDetailField = (typeof CONTACT_DETAIL_FIELDS)[number];
type ChannelDetailField = (typeof CHANNEL_DETAIL_FIELDS)[number];

/** A contact as the contacts file carries it: what the compact card shows, without its details. */
export type CompactContact = Omit<ContactLocalized, ContactDetailField | "channels"> & {
  channels: Omit<ContactLocalized["channels"][number], ChannelDetailField>[];
};

/** The rest of one contact, in the details file: its detail fields, and its channels' in the same order. */
export type ContactDetails = { id: string } & Partial<Pick<ContactLocalized, ContactDetailField>> & {
    channels: Partial<Record<ChannelDetailField, unknown>>[];
  };

/** A copy of `record` without `fields`, and the removed fields apart. */
function split(record: object, fields: readonly string[]): [Record<string, unknown>, Record<string, unknown>] {
  const kept: Record<string, unknown> = { ...record };
  const moved: Record<string, unknown> = {};
  for (const key of fields) {
    if (key in kept) {
      moved[key] = kept[key];
      delete kept[key];
    }
  }
  return [kept, moved];
}

/** One localized contact split into its compact record and its details. */
export function splitContact(contact: ContactLocalized): { compact: CompactContact; details: ContactDetails } {
  const [kept, moved] = split(contact, CONTACT_DETAIL_FIELDS);
  const channels = contact.channels.map((ch) => split(ch, CHANNEL_DETAIL_FIELDS));
  return {
    compact: { ...kept, channels: channels.map(([c]) => c) } as CompactContact,
    details: { id: contact.id, ...moved, channels: channels.map(([, d]) => d) } as ContactDetails,
  };
}

/** The content of one language's contacts file (stalker-help-widget.data.<lang>.json). */
export interface WidgetDataFile {
  /** The language of every text in the file. */
  lang: Lang;
  /** The @netstalker/data version the records come from. */
  dataVersion: string;
  /** Consultation windows, localized, as the compact cards show them (their details are in the details file). */
  contacts: CompactContact[];
}

/** The content of one language's details file (stalker-help-widget.details.<lang>.json). */
export interface WidgetDetailsFile {
  /** The language of every text in the file. */
  lang: Lang;
  /** The @netstalker/data version the records come from (the widget refuses a file of another version). */
  dataVersion: string;
  /** The rest of every contact of the contacts file, by id (src/data/contact-details.ts names the fields). */
  contacts: ContactDetails[];
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
  return {
    lang,
    dataVersion: dataset.version,
    contacts: dataset.contacts.map((c) => splitContact(localize(c, lang)).compact),
  };
}

/** The details file for `lang`, built from a validated dataset. */
export function detailsFile(
  dataset: Pick<Dataset, "version" | "contacts" | "remedies" | "faqs" | "platforms" | "cautions">,
  lang: Lang,
): WidgetDetailsFile {
  return {
    lang,
    dataVersion: dataset.version,
    contacts: dataset.contacts.map((c) => splitContact(localize(c, lang)).details),
    remedies: dataset.remedies.map((r) => localize(r, lang)),
    faqs: dataset.faqs.map((f) => localize(f, lang)),
    platforms: (dataset.platforms ?? []).map((p) => localize(p, lang)),
    cautions: (dataset.cautions ?? []).map((c) => localize(c, lang)),
  };
}
