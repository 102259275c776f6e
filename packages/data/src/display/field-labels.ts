// Headings for the fields of a record ("Hours", "Cost", ...), in both languages: the one place every surface takes
// them from. Each table `satisfies` a record over the schema's own keys, so renaming a field fails the typecheck
// here until its label follows.
import type { Contact } from "../schema/contact.js";
import type { Faq } from "../schema/faq.js";
import type { LocalizedText } from "../schema/primitives.js";
import type { Remedy } from "../schema/remedy.js";

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

/** Headings for remedy fields. */
export const REMEDY_FIELD_LABELS = {
  kind: { ja: "種類", en: "Kind" },
  steps: { ja: "手順", en: "Steps" },
  legalBasis: { ja: "法的根拠", en: "Legal basis" },
  timeLimit: { ja: "期限", en: "Time limit" },
  contacts: { ja: "手伝ってくれる窓口", en: "Who helps" },
  next: { ja: "次のステップ", en: "What often comes next" },
  caveat: CONTACT_FIELD_LABELS.caveat,
  sources: CONTACT_FIELD_LABELS.sources,
  verifiedAt: CONTACT_FIELD_LABELS.verifiedAt,
} as const satisfies FieldLabels<Remedy>;

/** Headings for FAQ fields. */
export const FAQ_FIELD_LABELS = {
  answer: { ja: "回答", en: "Answer" },
  related: { ja: "関連", en: "Related" },
  sources: CONTACT_FIELD_LABELS.sources,
  verifiedAt: CONTACT_FIELD_LABELS.verifiedAt,
} as const satisfies FieldLabels<Faq>;

/**
 * The heading over the emergency numbers, the first thing a person in danger reads. One text on every surface, so
 * the widget and the docs never word it differently.
 */
export const DANGER_NOW_HEADING: LocalizedText = { ja: "いま身の危険があるときは", en: "If you are in danger now" };
