import type { Lang } from "../schema/primitives.js";

// "mul" (ISO 639 "multiple languages") marks windows that offer several languages the sources do not list.
// Browsers' Intl.DisplayNames often print the bare code for it, so it is named here.
const MULTIPLE: Record<Lang, string> = {
  ja: "複数の言語(詳しくは公式ページへ)",
  en: "Several languages (see the official page)",
};

const cache = new Map<Lang, Intl.DisplayNames>();

/** The name of a BCP 47 language tag in `lang` (ja → 日本語 / Japanese); the tag itself if the runtime has no name. */
export function languageName(tag: string, lang: Lang): string {
  if (tag === "mul") return MULTIPLE[lang];
  let names = cache.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([lang], { type: "language", fallback: "code" });
    cache.set(lang, names);
  }
  try {
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
}
