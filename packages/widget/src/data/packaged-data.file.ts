// The CDN build's packaged data: the code (stalker-help-widget.js) stays pinned by its integrity hash while the
// records for the page's language come from two data files next to it (same origin as the script):
// - stalker-help-widget.data.<lang>.json, the contacts: all the first card needs;
// - stalker-help-widget.details.<lang>.json, remedies, FAQs, platforms and cautions: read right after the first card
//   (whatever tab is open), by the lazy details chunk that also carries their schema checks.
// Each file is validated like live data; when the contacts cannot be used the widget shows the emergency numbers,
// which are inside the code, and says so.
import type { Lang } from "@netstalker/data";
import { LiveDataError, validContacts } from "./contacts-check.js";
import { emergencyFallback } from "./emergency-fallback.js";
import { withShippedEmergencies } from "./emergency-floor.js";
import { dataFileUrl, fetchDataFile } from "./fetch-data-file.js";
import type { PackagedOptions, PackagedResult } from "./packaged-data.js";

export { dataFileUrl };

/** The records in `lang` from the data files, or the emergency numbers with the reason the file was not used. */
export async function packagedData(lang: Lang, { timeoutMs, integrity }: PackagedOptions): Promise<PackagedResult> {
  try {
    const file = await fetchDataFile(dataFileUrl("stalker-help-widget.data", lang), lang, timeoutMs, integrity);
    const dataVersion = typeof file.dataVersion === "string" ? file.dataVersion : "unknown";
    return {
      data: {
        lang,
        contacts: await validContacts(file.contacts),
        remedies: [],
        faqs: [],
        platforms: [],
        cautions: [],
        source: "bundled",
        dataVersion,
      },
      // The details chunk itself may fail to load (blocked, or refused by an import map's integrity): the contacts stay.
      floor: withShippedEmergencies,
      rest: () =>
        import("./details-file.js").then(
          (details) => details.readDetailsFile(lang, dataVersion, timeoutMs, integrity),
          (error: unknown) => ({ failure: { reason: "network" as const, message: `details chunk: ${String(error)}` } }),
        ),
    };
  } catch (error) {
    const reason = error instanceof LiveDataError ? error.reason : "network";
    return {
      data: emergencyFallback(lang),
      failure: { reason, message: String(error) },
      floor: withShippedEmergencies,
    };
  }
}
