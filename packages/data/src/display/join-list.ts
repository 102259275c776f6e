// Lists in running text, e.g. "IP phones, rotary-dial lines and prepaid mobiles" / "IP電話、ダイヤル回線、プリペイド携帯".
import type { Lang } from "../schema/primitives.js";

// British English, as the rest of our English text is written (no serial comma).
const LOCALE: Record<Lang, string> = { ja: "ja-JP", en: "en-GB" };
const formatters = new Map<string, Intl.ListFormat>();

function formatter(lang: Lang, type: "and" | "or"): Intl.ListFormat {
  const key = `${lang}:${type}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.ListFormat(LOCALE[lang], { type: type === "and" ? "conjunction" : "disjunction" });
    formatters.set(key, format);
  }
  return format;
}

/** Joins `items` as a reader of `lang` writes a list: "and" (conjunction) or "or" (disjunction). */
export function joinList(items: readonly string[], lang: Lang, type: "and" | "or" = "and"): string {
  return formatter(lang, type).format(items);
}

/** One piece of a list written out: one of the items, or the text between two of them. */
export type ListPart<T> = { item: T } | { literal: string };

/**
 * A list as `joinList` writes it, but in pieces, so a surface can render each item as markup (a link) and the text
 * between them as the language writes it: [{ item: a }, { literal: ", " }, { item: b }, { literal: " and " }, ...].
 */
export function listParts<T>(items: readonly T[], lang: Lang, type: "and" | "or" = "and"): ListPart<T>[] {
  // Format the positions, not the items: an item's text may itself contain a list separator.
  return formatter(lang, type)
    .formatToParts(items.map((_, i) => String(i)))
    .map((part) => (part.type === "element" ? { item: items[Number(part.value)] as T } : { literal: part.value }));
}
