// Headings for the fields of a record ("Hours", "Cost", ...), in both languages: the one place every surface takes
// them from (contacts here, remedies and FAQs in remedy-labels.ts). Each table `satisfies` a record over the schema's
// own keys, so renaming a field fails the typecheck here until its label follows.
import type { Contact } from "../schema/contact.js";
import type { LocalizedText } from "../schema/primitives.js";

/** Labels for some fields of a record type `R`. */
export type FieldLabels<R> = Readonly<Partial<Record<keyof R & string, LocalizedText>>>;

/** Headings for contact fields. */
export const CONTACT_FIELD_LABELS = {
  channels: { ja: "連絡方法", en: "How to reach them" },
  schedule: { ja: "受付時間", en: "Hours" },
  cost: { ja: "費用", en: "Cost" },
  languages: { ja: "対応言語", en: "Languages" },
  audiences: { ja: "対象", en: "For" },
  description: { ja: "どんな窓口か", en: "What it is" },
  services: { ja: "この窓口が手伝えること", en: "What this window helps with" },
  caveat: { ja: "ご注意", en: "Please note" },
  sources: { ja: "情報源", en: "Sources" },
  verifiedAt: { ja: "確認日", en: "Checked on" },
} as const satisfies FieldLabels<Contact>;

/**
 * The heading over the emergency numbers, the first thing a person in danger reads. One text on every surface, so
 * the widget and the docs never word it differently.
 */
export const DANGER_NOW_HEADING: LocalizedText = { ja: "いま身の危険があるときは", en: "If you are in danger now" };
