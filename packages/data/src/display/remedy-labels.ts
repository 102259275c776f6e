// Display names for remedies and FAQs (the kind of a remedy, the headings of their fields), in both languages. Apart
// from labels.ts and field-labels.ts so that a bundle showing only contacts does not carry them.
import type { Faq } from "../schema/faq.js";
import type { Remedy } from "../schema/remedy.js";
import type { RemedyKind } from "../schema/taxonomy.js";
import { CONTACT_FIELD_LABELS, type FieldLabels } from "./field-labels.js";
import type { Labels } from "./labels.js";

export const REMEDY_KIND_LABELS: Labels<RemedyKind> = {
  "legal-action": { ja: "法的な手段", en: "Legal action" },
  coping: { ja: "いまできる対処", en: "Coping now" },
  prevention: { ja: "予防のために", en: "Prevention" },
};

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
