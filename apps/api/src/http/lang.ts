// Which language to answer in: ?lang= first, then Accept-Language, then Japanese (hono/language, no cookie).
import { DEFAULT_LANG, LANGS, type Lang } from "@netstalker/data";
import type { Context, MiddlewareHandler } from "hono";
import { type DetectorOptions, detectFromHeader, languageDetector } from "hono/language";

/** The language served when neither ?lang= nor Accept-Language names one of ours (declared once, in the data). */
export { DEFAULT_LANG };

const OPTIONS: DetectorOptions = {
  // An invalid ?lang= falls through here; the route's validator answers it with a 400.
  order: ["querystring", "header"],
  lookupQueryString: "lang",
  lookupFromHeaderKey: "accept-language",
  lookupCookie: "language",
  lookupFromPathIndex: 0,
  // No cookie: a language cookie would be one more trace on a phone that someone else may look at.
  caches: false,
  ignoreCase: true,
  fallbackLanguage: DEFAULT_LANG,
  supportedLanguages: [...LANGS],
};

/** Middleware that sets `c.var.language` to the negotiated language. */
export const negotiatedLanguage: MiddlewareHandler = languageDetector(OPTIONS);

const known: ReadonlySet<string> = new Set(LANGS);

/** The language `negotiatedLanguage` chose for this request (the default where it did not run). */
export function requestLang(c: Context): Lang {
  const lang: unknown = c.get("language");
  return typeof lang === "string" && known.has(lang) ? (lang as Lang) : DEFAULT_LANG;
}

/** Picks the best of our languages from an Accept-Language header, by the middleware's own rules. */
export function langFromAcceptLanguage(header: string | undefined): Lang {
  // detectFromHeader reads nothing from the context but this one header.
  const request = { req: { header: () => header } } as unknown as Context;
  const lang = detectFromHeader(request, OPTIONS);
  return lang !== undefined && known.has(lang) ? (lang as Lang) : DEFAULT_LANG;
}
