// Which language to answer in: ?lang= first, then Accept-Language, then Japanese.
import { LANGS, type Lang } from "@netstalker/data";

/** The language served when neither ?lang= nor Accept-Language names one of ours. */
export const DEFAULT_LANG: Lang = "ja";

const known = new Set<string>(LANGS);
// Accept-Language values repeat a lot (one per browser locale), so remember the few we have seen.
const memo = new Map<string, Lang>();
const MEMO_LIMIT = 256;

/** Picks the best of our languages from an Accept-Language header (RFC 9110 §12.5.4), or the default. */
export function langFromAcceptLanguage(header: string | undefined): Lang {
  if (!header) return DEFAULT_LANG;
  const cached = memo.get(header);
  if (cached) return cached;
  let best: Lang = DEFAULT_LANG;
  let bestQ = 0;
  for (const part of header.slice(0, 512).split(",")) {
    const [rangeRaw = "", ...params] = part.split(";");
    const range = rangeRaw.trim().toLowerCase();
    let q = 1;
    for (const param of params) {
      const [k, v] = param.split("=");
      if (k?.trim() === "q") {
        const parsed = Number(v?.trim());
        q = Number.isFinite(parsed) ? Math.min(Math.max(parsed, 0), 1) : 0;
      }
    }
    // Only the primary subtag matters: en-GB and en-US both get English.
    const primary = range.split("-")[0] ?? "";
    if (q > bestQ && known.has(primary)) {
      best = primary as Lang;
      bestQ = q;
    }
  }
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(header, best);
  return best;
}

/** The response language: the validated ?lang= if given, else from Accept-Language. */
export function negotiateLang(queryLang: Lang | undefined, acceptLanguage: string | undefined): Lang {
  return queryLang ?? langFromAcceptLanguage(acceptLanguage);
}
