import { DEFAULT_LANG, LANGS, type Lang } from "@netstalker/data";

/** The URL prefix of a language: the default language (Japanese) lives at the site root, others under /<lang>. */
export function localePrefix(lang: Lang): string {
  return lang === DEFAULT_LANG ? "" : `/${lang}`;
}

/** The site path of a page in `lang`, e.g. pagePath("en", "contacts", "x") → "/en/contacts/x/". */
export function pagePath(lang: Lang, ...segments: string[]): string {
  const rest = segments.filter((s) => s.length > 0).join("/");
  return `${localePrefix(lang)}/${rest}${rest ? "/" : ""}`;
}

/** The `[...lang]` route parameter for a language (undefined = the root, the default language). */
export function langParam(lang: Lang): string | undefined {
  return lang === DEFAULT_LANG ? undefined : lang;
}

/** The language of a `[...lang]` route parameter; anything but a dataset language is refused so no stray locale is built. */
export function langFromParam(param: string | undefined): Lang {
  if (param === undefined) return DEFAULT_LANG;
  const lang = LANGS.find((l) => l === param && l !== DEFAULT_LANG);
  if (lang === undefined) {
    const others = LANGS.filter((l) => l !== DEFAULT_LANG).map((l) => `"${l}"`);
    throw new Error(`unknown locale segment "${param}": expected none (${DEFAULT_LANG}) or ${others.join(", ")}`);
  }
  return lang;
}

/** The languages the site is built in, the root's first. */
export const SITE_LANGS: readonly Lang[] = LANGS;

/** `getStaticPaths` for a page built once per language. */
export function langPaths(): { params: { lang: string | undefined } }[] {
  return SITE_LANGS.map((lang) => ({ params: { lang: langParam(lang) } }));
}

/** The props of a page built once per record and language. */
export interface RecordPageProps<R> {
  record: R;
  lang: Lang;
}

/** `getStaticPaths` for a page built once per record and language: `[...lang]/<kind>/[id]`. */
export function recordPaths<R extends { id: string }>(
  records: readonly R[],
): { params: { lang: string | undefined; id: string }; props: RecordPageProps<R> }[] {
  return SITE_LANGS.flatMap((lang) =>
    records.map((record) => ({ params: { lang: langParam(lang), id: record.id }, props: { record, lang } })),
  );
}
