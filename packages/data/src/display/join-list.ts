// Lists in running text, e.g. "IP phones, rotary-dial lines and prepaid mobiles" / "IP電話、ダイヤル回線、プリペイド携帯".
import type { Lang } from "../schema/primitives.js";

// British English, as the rest of our English text is written (no serial comma).
const LOCALE: Record<Lang, string> = { ja: "ja-JP", en: "en-GB" };
const formatters = new Map<string, Intl.ListFormat>();

/** Joins `items` as a reader of `lang` writes a list: "and" (conjunction) or "or" (disjunction). */
export function joinList(items: readonly string[], lang: Lang, type: "and" | "or" = "and"): string {
  const key = `${lang}:${type}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.ListFormat(LOCALE[lang], { type: type === "and" ? "conjunction" : "disjunction" });
    formatters.set(key, format);
  }
  return format.format(items);
}
