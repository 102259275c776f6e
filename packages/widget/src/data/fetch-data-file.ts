// Reads one of the data files next to the CDN build (same origin as the script): no cookies, no referrer, bounded in
// time. The caller checks every record in it before use: the file is fresh data and may be newer than the code.
import type { Lang } from "@netstalker/data";
import { LiveDataError } from "./contacts-check.js";
import { readBoundedJson } from "./read-body.js";

/** The data file `<name>.<lang>.json` next to this script (`stalker-help-widget.data.ja.json`, ...). */
export function dataFileUrl(name: string, lang: Lang, scriptUrl: string = import.meta.url): URL {
  return new URL(`${name}.${lang}.json`, scriptUrl);
}

/**
 * The JSON object in the data file at `url`, in `lang`, or a LiveDataError saying why it cannot be used. With
 * `integrity` (from `data-integrity`), the file's bytes must match one of those sha384 values.
 */
export async function fetchDataFile(
  url: URL,
  lang: Lang,
  timeoutMs: number,
  integrity?: readonly string[],
): Promise<Record<string, unknown>> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      credentials: "omit",
      referrerPolicy: "no-referrer",
    }).catch((error: unknown) => {
      throw new LiveDataError(controller.signal.aborted ? "timeout" : "network", `${url.href}: ${String(error)}`);
    });
    if (!response.ok) throw new LiveDataError("http", `${url.href} answered ${response.status}`);
    const body = await readBoundedJson(response, url, integrity).catch((error: unknown) => {
      if (error instanceof LiveDataError) throw error;
      throw new LiveDataError(controller.signal.aborted ? "timeout" : "network", `${url.href}: ${String(error)}`);
    });
    if (typeof body !== "object" || body === null) throw new LiveDataError("shape", `${url.href} is not an object`);
    const file = body as Record<string, unknown>;
    if (file.lang !== lang) throw new LiveDataError("shape", `${url.href} is not in ${lang}`);
    return file;
  } finally {
    clearTimeout(timer);
  }
}
