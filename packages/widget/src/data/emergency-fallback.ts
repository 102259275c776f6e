// What the CDN build can always show, even when its data file fails: the emergency windows (110 and the like),
// straight from the dataset. The CDN build trims dataset.json to these records (vite.config.ts), so the code file
// carries only them.
import type { Dataset, Lang } from "@netstalker/data";
import datasetJson from "@netstalker/data/dataset.json" with { type: "json" };
import { localize } from "@netstalker/data/query";
import type { WidgetData } from "./widget-data.js";

// Validated by @netstalker/data when it was written.
const dataset = datasetJson as unknown as Dataset;

/** The emergency contacts in `lang`, with no remedies or FAQs. */
export function emergencyFallback(lang: Lang): WidgetData {
  return {
    lang,
    contacts: dataset.contacts.filter((c) => c.urgency === "emergency").map((c) => localize(c, lang)),
    remedies: [],
    faqs: [],
    platforms: [],
    cautions: [],
    source: "fallback",
    dataVersion: dataset.version,
  };
}
