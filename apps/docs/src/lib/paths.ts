import type { Lang } from "@netstalker/data";

/** The URL prefix of a language: Japanese lives at the site root, English under /en. */
export function localePrefix(lang: Lang): string {
  return lang === "ja" ? "" : "/en";
}

/** The site path of a page in `lang`, e.g. pagePath("en", "contacts", "x") → "/en/contacts/x/". */
export function pagePath(lang: Lang, ...segments: string[]): string {
  const rest = segments.filter((s) => s.length > 0).join("/");
  return `${localePrefix(lang)}/${rest}${rest ? "/" : ""}`;
}

/** The `[...lang]` route parameter for a language (undefined = the root, Japanese). */
export function langParam(lang: Lang): string | undefined {
  return lang === "ja" ? undefined : "en";
}

/** The language of a `[...lang]` route parameter; anything but "en" is refused so no stray locale is built. */
export function langFromParam(param: string | undefined): Lang {
  if (param === undefined) return "ja";
  if (param === "en") return "en";
  throw new Error(`unknown locale segment "${param}": expected none (ja) or "en"`);
}

/** The languages the site is built in, root first. */
export const SITE_LANGS: readonly Lang[] = ["ja", "en"];
