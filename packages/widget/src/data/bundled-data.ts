// The dataset snapshot inside the widget. Kept in its own module, loaded with a dynamic import, so that bundlers
// can put the data in its own chunk and the widget code can be measured without it.
import type { Dataset, Lang } from "@netstalker/data";
import datasetJson from "@netstalker/data/dataset.json" with { type: "json" };
import { localize } from "@netstalker/data/query";
import type { WidgetData } from "./widget-data.js";

// dataset.json is written by @netstalker/data only after it validated every record against DatasetSchema; TypeScript
// infers plain strings for JSON, so the validated type is restored here rather than re-checked in every browser.
const dataset = datasetJson as unknown as Dataset;

/** The bundled dataset, localized to `lang`. */
export function bundledData(lang: Lang): WidgetData {
  return {
    lang,
    contacts: dataset.contacts.map((c) => localize(c, lang)),
    remedies: dataset.remedies.map((r) => localize(r, lang)),
    faqs: dataset.faqs.map((f) => localize(f, lang)),
    platforms: (dataset.platforms ?? []).map((p) => localize(p, lang)),
    cautions: (dataset.cautions ?? []).map((c) => localize(c, lang)),
    source: "bundled",
    dataVersion: dataset.version,
  };
}
