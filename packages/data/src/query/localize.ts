import type { Lang, LocalizedText } from "../schema/primitives.js";

/** A record with every `{ ja, en }` pair replaced by the string in one language. */
export type Localized<T> = T extends LocalizedText
  ? string
  : T extends readonly (infer U)[]
    ? Localized<U>[]
    : T extends object
      ? { [K in keyof T]: Localized<T[K]> }
      : T;

/** Whether a value is a `{ ja, en }` text (exactly those two string keys). */
export function isLocalizedText(value: unknown): value is LocalizedText {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const { ja, en } = value as Record<string, unknown>;
  return keys.length === 2 && typeof ja === "string" && typeof en === "string";
}

/** A text in one language, whether the record is bilingual or already localized. */
export function textIn(text: LocalizedText | string, lang: Lang): string {
  return typeof text === "string" ? text : text[lang];
}

function localizeValue(value: unknown, lang: Lang): unknown {
  if (isLocalizedText(value)) return value[lang];
  if (Array.isArray(value)) return value.map((item) => localizeValue(item, lang));
  if (typeof value === "object" && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = localizeValue(item, lang);
    return out;
  }
  return value;
}

/** Returns a copy of `record` with every localized text in `lang`. */
export function localize<T>(record: T, lang: Lang): Localized<T> {
  if (lang !== "ja" && lang !== "en") throw new RangeError(`lang must be "ja" or "en", got ${JSON.stringify(lang)}`);
  return localizeValue(record, lang) as Localized<T>;
}
