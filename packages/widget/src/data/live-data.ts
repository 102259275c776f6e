// Live data from the netstalker-help API, loaded only when `api-base` is set.
import type { Lang } from "@netstalker/data";
import { readBoundedJson } from "./read-body.js";
import { LiveDataError, validList } from "./records-check.js";
import type { WidgetData } from "./widget-data.js";

export { LiveDataError, type LiveDataFailure } from "./records-check.js";

/** Options for {@link fetchLiveData}. */
export interface LiveDataOptions {
  /** Give up after this many milliseconds. */
  timeoutMs: number;
  /** Aborts the requests early (e.g. the element left the page). */
  signal?: AbortSignal;
  /** The platforms and cautions kept when the API's cannot be used (the bundled ones). */
  fallback: Pick<WidgetData, "platforms" | "cautions">;
}

/** Live platforms with the cautions they travel with (`{ data, cautions, meta }`), or a shape error. */
async function livePlatforms(list: {
  data: unknown;
  body: object;
}): Promise<Pick<WidgetData, "platforms" | "cautions">> {
  // A route is never shown without its caution: both lists are checked, or neither is used.
  const cautions = "cautions" in list.body ? list.body.cautions : undefined;
  return { platforms: await validList("platforms", list.data), cautions: await validList("cautions", cautions) };
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

/** Fetches contacts, remedies, FAQs and platforms (with their cautions) in `lang` from the API, validates them, or throws a {@link LiveDataError}. */
export async function fetchLiveData(
  apiBase: string,
  lang: Lang,
  { timeoutMs, signal, fallback }: LiveDataOptions,
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

  async function list(path: string): Promise<{ data: unknown; dataVersion: unknown; body: object }> {
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
      body = await readBoundedJson(response, url);
    } catch (error) {
      if (timedOut) throw new LiveDataError("timeout", `${url.href} did not finish within ${timeoutMs} ms`);
      if (error instanceof LiveDataError) throw error;
      throw new LiveDataError("network", `${url.href} could not be read: ${String(error)}`);
    }
    if (typeof body !== "object" || body === null || !("data" in body)) {
      throw new LiveDataError("shape", `${url.href} returned no "data" list`);
    }
    const meta = "meta" in body && typeof body.meta === "object" && body.meta !== null ? body.meta : {};
    return { data: body.data, dataVersion: "dataVersion" in meta ? meta.dataVersion : undefined, body };
  }

  try {
    const [contacts, remedies, faqs, platforms] = await Promise.all([
      list("contacts"),
      list("remedies"),
      list("faqs"),
      // An API without platforms (older, or failing there) must not cost the person the live contacts.
      list("platforms")
        .then(livePlatforms)
        .catch((error: unknown) => ({ error })),
    ]);
    const live: WidgetData = {
      lang,
      contacts: await validList("contacts", contacts.data),
      remedies: await validList("remedies", remedies.data),
      faqs: await validList("faqs", faqs.data),
      ...("error" in platforms ? fallback : platforms),
      source: "api",
      dataVersion: typeof contacts.dataVersion === "string" ? contacts.dataVersion : "unknown",
    };
    // Said only when everything else is used: a failed API gets one warning, from the caller.
    if ("error" in platforms)
      console.warn(`<stalker-help-widget>: live platforms not used: ${String(platforms.error)}`);
    return live;
  } finally {
    clearTimeout(timer);
    // Stops the sibling requests when one of them failed.
    controller.abort();
    signal?.removeEventListener("abort", onAbort);
  }
}
