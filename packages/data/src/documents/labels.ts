// The words a rendered document adds around the person's answers, in both languages: shared by the widget, the docs
// and the plain-text copy, so no surface words a blank or a withheld field its own way.
import type { Lang } from "../schema/primitives.js";

/** The words renderDocument and documentText put around the person's answers. */
export const DOCUMENT_LABELS = {
  /** Shown where a required field was left empty. */
  blank: { ja: "(未記入)", en: "(not filled in)" },
  /** Shown where the copy for the poster withholds a field. */
  withheld: { ja: "(伏せています)", en: "(withheld)" },
  /** The heading of the copy the poster may be shown. */
  maskedCopy: {
    ja: "投稿者に見せてもよい控え(個人の情報を伏せたもの)",
    en: "Copy the poster may be shown (personal details withheld)",
  },
  /** The heading of the full copy. */
  fullCopy: { ja: "提出用", en: "Copy to send" },
} as const satisfies Record<string, Record<Lang, string>>;

/** An entry's heading: the section's item word and its number ("投稿 1" / "Post 1"). */
export function entryHeading(item: string, index: number): string {
  return `${item} ${index + 1}`;
}
