// The second data file of the CDN build, stalker-help-widget.details.<lang>.json: remedies, FAQs, the platforms'
// removal routes and their cautions, each list checked against its published localized schema (and the triage
// content, when a data file carries it). A lazy chunk: the first card never waits for it.
import type { Lang } from "@netstalker/data";
import { LiveDataError } from "./contacts-check.js";
import { dataFileUrl, fetchDataFile } from "./fetch-data-file.js";
import type { RestResult } from "./packaged-data.js";
import { validList, validTriage } from "./records-check.js";

/** The rest of the records in `lang`, or the reason they cannot be used (the contacts on screen stay). */
export async function readDetailsFile(
  lang: Lang,
  dataVersion: string,
  timeoutMs: number,
  integrity?: readonly string[],
): Promise<RestResult> {
  try {
    const file = await fetchDataFile(dataFileUrl("stalker-help-widget.details", lang), lang, timeoutMs, integrity);
    // Both files must come from the same data version: a route is never shown next to contacts it was not checked with.
    if (file.dataVersion !== dataVersion) {
      throw new LiveDataError("shape", `details file is data ${String(file.dataVersion)}, contacts are ${dataVersion}`);
    }
    return {
      data: {
        remedies: await validList("remedies", file.remedies),
        faqs: await validList("faqs", file.faqs),
        platforms: await validList("platforms", file.platforms),
        cautions: await validList("cautions", file.cautions),
        ...(file.triage !== undefined && { triage: validTriage(file.triage) }),
      },
    };
  } catch (error) {
    const reason = error instanceof LiveDataError ? error.reason : "network";
    return { failure: { reason, message: String(error) } };
  }
}
