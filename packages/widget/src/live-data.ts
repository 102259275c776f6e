// Live data from the netstalker-help API. Loaded with a dynamic import only when `api-base` is set, because it
// brings the record schemas with it.
import type { ContactLocalized, FaqLocalized, Lang, RemedyLocalized } from "@netstalker/data";
import contactSchema from "@netstalker/data/schemas/contact.schema.json" with { type: "json" };
import faqSchema from "@netstalker/data/schemas/faq.schema.json" with { type: "json" };
import remedySchema from "@netstalker/data/schemas/remedy.schema.json" with { type: "json" };
import { compileJsonSchema, type JsonSchemaDocument } from "./json-schema-check.js";
import type { WidgetData } from "./widget-data.js";

// The API serves records localized to one language: the published (bilingual) schemas with every LocalizedText
// replaced by one non-empty string, exactly how @netstalker/data derives its single-language variants.
const localizedText = { LocalizedText: (v: unknown) => typeof v === "string" && v.trim() !== "" };
const checks = {
  contacts: compileJsonSchema(contactSchema as JsonSchemaDocument, localizedText),
  remedies: compileJsonSchema(remedySchema as JsonSchemaDocument, localizedText),
  faqs: compileJsonSchema(faqSchema as JsonSchemaDocument, localizedText),
};

/** Checks that `data` is a list of valid records, or throws a shape error naming the first problem. */
function validList<T>(name: keyof typeof checks, data: unknown): T[] {
  if (!Array.isArray(data)) throw new LiveDataError("shape", `${name}: "data" is not a list`);
  for (const [i, record] of data.entries()) {
    const problem = checks[name](record);
    if (problem) throw new LiveDataError("shape", `${name}[${i}] ${problem.replace(/^\$/, "")}`);
  }
  // Every record was just checked against the published schema of this type.
  return data as T[];
}

/** Why live data could not be used. */
export type LiveDataFailure = "config" | "network" | "timeout" | "http" | "json" | "shape";

/** A failure to get usable live data; the widget then keeps the bundled data. */
export class LiveDataError extends Error {
  override name = "LiveDataError";
  constructor(
    readonly reason: LiveDataFailure,
    message: string,
  ) {
    super(message);
  }
}

/** Options for {@link fetchLiveData}. */
export interface LiveDataOptions {
  /** Give up after this many milliseconds. */
  timeoutMs: number;
  /** Aborts the requests early (e.g. the element left the page). */
  signal?: AbortSignal;
}

/** The API's list endpoints' base URL, or a config error for anything but an absolute http(s) URL. */
export function apiRoot(apiBase: string, baseUrl: string): URL {
  let url: URL;
  try {
    url = new URL(apiBase, baseUrl);
  } catch {
    throw new LiveDataError("config", `api-base "${apiBase}" is not a URL`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new LiveDataError("config", `api-base "${apiBase}" must be an http(s) URL`);
  }
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  url.search = "";
  url.hash = "";
  return url;
}

/** Fetches contacts, remedies and FAQs in `lang` from the API, validates them, or throws a {@link LiveDataError}. */
export async function fetchLiveData(
  apiBase: string,
  lang: Lang,
  { timeoutMs, signal }: LiveDataOptions,
): Promise<WidgetData> {
  const root = apiRoot(apiBase, document.baseURI);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  signal?.addEventListener("abort", onAbort, { once: true });

  async function list(path: string): Promise<{ data: unknown; dataVersion: unknown }> {
    const url = new URL(`v1/${path}`, root);
    url.searchParams.set("lang", lang);
    let response: Response;
    try {
      // No cookies, no referrer: the API must not learn which page a person is reading.
      response = await fetch(url, {
        signal: controller.signal,
        credentials: "omit",
        referrerPolicy: "no-referrer",
        headers: { accept: "application/json" },
      });
    } catch (error) {
      if (timedOut) throw new LiveDataError("timeout", `no answer from ${url.origin} within ${timeoutMs} ms`);
      throw new LiveDataError("network", `could not reach ${url.href}: ${String(error)}`);
    }
    if (!response.ok) throw new LiveDataError("http", `${url.href} answered ${response.status}`);
    let body: unknown;
    try {
      body = await response.json();
    } catch (error) {
      if (timedOut) throw new LiveDataError("timeout", `${url.href} did not finish within ${timeoutMs} ms`);
      throw new LiveDataError("json", `${url.href} did not return JSON: ${String(error)}`);
    }
    if (typeof body !== "object" || body === null || !("data" in body)) {
      throw new LiveDataError("shape", `${url.href} returned no "data" list`);
    }
    const meta = "meta" in body && typeof body.meta === "object" && body.meta !== null ? body.meta : {};
    return { data: body.data, dataVersion: "dataVersion" in meta ? meta.dataVersion : undefined };
  }

  try {
    const [contacts, remedies, faqs] = await Promise.all([list("contacts"), list("remedies"), list("faqs")]);
    return {
      lang,
      contacts: validList<ContactLocalized>("contacts", contacts.data),
      remedies: validList<RemedyLocalized>("remedies", remedies.data),
      faqs: validList<FaqLocalized>("faqs", faqs.data),
      source: "api",
      dataVersion: typeof contacts.dataVersion === "string" ? contacts.dataVersion : "unknown",
    };
  } finally {
    clearTimeout(timer);
    // Stops the sibling requests when one of them failed.
    controller.abort();
    signal?.removeEventListener("abort", onAbort);
  }
}
