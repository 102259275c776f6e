// State shared by the data routes: the one serialised-body cache, the problem helpers they return, and the one answer
// of `GET /<kind>` and of `GET /<kind>/{id}` (the routes recordListRoute and recordByIdRoute define).
import { dataVersion, type Lang, localize } from "@netstalker/data";
import type { Context, TypedResponse } from "hono";
import { requestLang } from "../http/lang.js";
import { type Problem, problemResponse } from "../http/problem.js";
import { CACHE_STATIC, type JsonOk, type NotModified, sendSerialised } from "../http/send.js";
import { SerialisedCache } from "../http/serialised.js";

/** Bodies that depend only on (route, lang, filter), serialised once per process or isolate. */
export const bodies = new SerialisedCache(2048);

/** A 404 problem for a record id that does not exist. */
export function recordNotFound(kind: string, id: string): TypedResponse<Problem, 404, "json"> {
  return problemResponse(404, `No ${kind} has the id "${id}".`) as unknown as TypedResponse<Problem, 404, "json">;
}

/** One record kind as `GET /<kind>/{id}` serves it. */
export interface RecordKind<R extends { id: string }> {
  /** The kind as the 404 detail names it (e.g. "FAQ"). */
  name: string;
  /** The kind in the body cache key (e.g. "faq"). */
  key: string;
  /** The records, by id. */
  byId: ReadonlyMap<string, R>;
  /** Fields the item envelope carries between `data` and `meta` (the platforms' cautions). */
  extra?: (record: R, lang: Lang) => object;
}

/** Declares a record kind for `GET /<kind>/{id}`. */
export function recordKind<R extends { id: string }>(
  name: string,
  key: string,
  records: readonly R[],
  extra?: (record: R, lang: Lang) => object,
): RecordKind<R> {
  return { name, key, byId: new Map(records.map((r) => [r.id, r])), ...(extra && { extra }) };
}

/**
 * Answers `GET /<kind>`: the list body `build` makes in the request's language, serialised once per `key` and language
 * (`key` names the kind and any filter, e.g. `remedies|legal`).
 */
export async function sendList<T>(
  c: Context,
  key: string,
  build: (lang: Lang) => object,
): Promise<JsonOk<T> | NotModified> {
  const lang = requestLang(c);
  const body = await bodies.get(`${key}|${lang}`, () => build(lang));
  return sendSerialised<T>(c, body, { cacheControl: CACHE_STATIC, lang });
}

/** Answers `GET /<kind>/{id}`: a 404 problem for an unknown id, else `{ data, ...extra, meta }` localized. */
export async function sendRecord<T, R extends { id: string }>(
  c: Context,
  kind: RecordKind<R>,
  id: string,
): Promise<JsonOk<T> | NotModified | TypedResponse<Problem, 404, "json">> {
  const lang = requestLang(c);
  const record = kind.byId.get(id);
  if (!record) return recordNotFound(kind.name, id);
  const body = await bodies.get(`${kind.key}|${lang}|${id}`, () => ({
    data: localize(record, lang),
    ...kind.extra?.(record, lang),
    meta: { lang, dataVersion },
  }));
  return sendSerialised<T>(c, body, { cacheControl: CACHE_STATIC, lang });
}
