// The records shipped with this version of the widget, inside the code: for bundlers (npm) and for the single-file
// build stalker-help-widget.standalone.js. The CDN build replaces this module with packaged-data.file.ts.
import type { Lang } from "@netstalker/data";
import type { LiveDataFailure } from "./contacts-check.js";
import type { WidgetData } from "./widget-data.js";

/** Why records could not be used, with the details for the console. */
export interface PackagedFailure {
  reason: LiveDataFailure;
  message: string;
}

/** The records that come after the first card (CDN build), or why they could not be used. */
export interface RestResult {
  data?: Pick<WidgetData, "remedies" | "faqs" | "platforms" | "cautions" | "triage">;
  failure?: PackagedFailure;
}

/** The shipped records in `lang`; `failure` is set when only the emergency numbers could be shown. */
export interface PackagedResult {
  data: WidgetData;
  failure?: PackagedFailure;
  /** Reads the rest of the records when `data` holds the contacts only (the CDN build's two data files). */
  rest?: () => Promise<RestResult>;
  /** Puts the emergency records shipped in the code into any records (data/emergency-floor.ts). */
  floor: (data: WidgetData) => { data: WidgetData; missing: string[] };
}

/** How the records are read (the CDN build's data files; the records inside the code need neither). */
export interface PackagedOptions {
  /** Give up on a data file after this many milliseconds. */
  timeoutMs: number;
  /** The sha384 values a data file must match (`data-integrity`); the code's own records are pinned with the code. */
  integrity?: readonly string[];
}

/** The shipped records in `lang`. Options are accepted for the same signature as the data-file variant. */
export async function packagedData(lang: Lang, _options: PackagedOptions): Promise<PackagedResult> {
  // Lazy, with the records: for bundlers, the dataset stays out of the element's own chunk.
  const [{ bundledData }, { withShippedEmergencies }] = await Promise.all([
    import("./bundled-data.js"),
    import("./emergency-floor.js"),
  ]);
  return { data: bundledData(lang), floor: withShippedEmergencies };
}
