// The CDN build's packaged data: the code (stalker-help-widget.js) stays pinned by its integrity hash while the
// records for the page's language come from stalker-help-widget.data.<lang>.json next to it (same origin as the
// script). The file is validated like live data; when it cannot be used the widget shows the emergency numbers,
// which are inside the code, and says so.
import type { Lang } from "@netstalker/data";
import { emergencyFallback } from "./emergency-fallback.js";
import type { PackagedResult } from "./packaged-data.js";
import { LiveDataError, validList, validTriage } from "./records-check.js";

/** The data file for `lang`, next to this script. */
export function dataFileUrl(lang: Lang, scriptUrl: string = import.meta.url): URL {
  return new URL(`stalker-help-widget.data.${lang}.json`, scriptUrl);
}

async function readDataFile(lang: Lang, timeoutMs: number): Promise<PackagedResult> {
  const url = dataFileUrl(lang);
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
    const body: unknown = await response.json().catch((error: unknown) => {
      throw new LiveDataError("json", `${url.href} is not JSON: ${String(error)}`);
    });
    if (typeof body !== "object" || body === null) throw new LiveDataError("shape", `${url.href} is not an object`);
    const file = body as Record<string, unknown>;
    if (file.lang !== lang) throw new LiveDataError("shape", `${url.href} is not in ${lang}`);
    return {
      data: {
        lang,
        contacts: validList("contacts", file.contacts),
        remedies: validList("remedies", file.remedies),
        faqs: validList("faqs", file.faqs),
        // Read when the data file carries them (older data files do not): checked like every other list.
        platforms: file.platforms === undefined ? [] : validList("platforms", file.platforms),
        cautions: file.cautions === undefined ? [] : validList("cautions", file.cautions),
        ...(file.triage !== undefined && { triage: validTriage(file.triage) }),
        source: "bundled",
        dataVersion: typeof file.dataVersion === "string" ? file.dataVersion : "unknown",
      },
    };
  } finally {
    clearTimeout(timer);
  }
}

/** The records in `lang` from the data file, or the emergency numbers with the reason the file was not used. */
export async function packagedData(lang: Lang, { timeoutMs }: { timeoutMs: number }): Promise<PackagedResult> {
  try {
    return await readDataFile(lang, timeoutMs);
  } catch (error) {
    const reason = error instanceof LiveDataError ? error.reason : "network";
    return { data: emergencyFallback(lang), failure: { reason, message: String(error) } };
  }
}
