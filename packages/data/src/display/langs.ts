// The dataset's languages, zod-free so the query entry (which ships without zod) can give them to the widget; the
// Lang schema is built from this list.

/** Every dataset language, Japanese first. */
export const LANGS = ["ja", "en"] as const;
/** The language a surface uses when the reader has not chosen one: the help is in Japan, so Japanese. */
export const DEFAULT_LANG: (typeof LANGS)[number] = "ja";
