import type { Lang } from "@netstalker/data";
import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { LiveDataFailure } from "../data/contacts-check.js";
import { parseIntegrity } from "../data/data-integrity.js";
import { validFetchTimeout } from "../data/fetch-timeout.js";
import { type PackagedResult, packagedData } from "../data/packaged-data.js";
import type { DataSource, WidgetData } from "../data/widget-data.js";

/** Detail of the `stalker-help-data` event. */
export interface StalkerHelpDataDetail {
  /** Where the records on screen now come from. */
  source: DataSource;
  /** The language of the records. */
  lang: Lang;
  /** The data version of the records. */
  dataVersion: string;
  /** Set when records could not be used (live data from `api-base`, or the data file), with why. */
  failure?: LiveDataFailure;
}

/** What data loading needs from its element. */
export interface DataHost extends ReactiveControllerHost, HTMLElement {
  readonly resolvedLang: Lang;
  apiBase?: string;
  fetchTimeout: number;
  /** The `data-integrity` attribute: sha384 values the data files must match. */
  dataIntegrity?: string;
  /** Loads the panels other than the contact list (once); called right after the first records are on screen. */
  loadViews(): Promise<void>;
}

/**
 * Loads the records for the element's language: first the ones shipped with the widget (so a frightened person
 * never waits on our API), then, with `api-base`, live ones, kept only if they pass the published schema.
 */
export class DataController implements ReactiveController {
  /** The records on screen. */
  data?: WidgetData;
  /** True when the remedies, FAQs and removal routes (the details file) could not be used: their tabs say so. */
  detailsUnavailable = false;
  readonly #host: DataHost;
  #key = "";
  #token = 0;
  #abort?: AbortController;
  /** Puts the shipped emergency records into any records set (data/emergency-floor.ts). */
  #floor?: PackagedResult["floor"];
  #warnedMissing = new Set<string>();

  constructor(host: DataHost) {
    this.#host = host;
    host.addController(this);
  }

  hostUpdate(): void {
    const lang = this.#host.resolvedLang;
    const key = `${lang}|${this.#host.apiBase ?? ""}`;
    if (key === this.#key) return;
    this.#key = key;
    void this.#load(lang, this.#host.apiBase);
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#key = "";
  }

  async #load(lang: Lang, apiBase: string | undefined): Promise<void> {
    const token = ++this.#token;
    this.#abort?.abort();
    const timeoutMs = validFetchTimeout(this.#host.fetchTimeout);
    const integrity = parseIntegrity(this.#host.dataIntegrity);
    const packaged = await packagedData(lang, { timeoutMs, integrity });
    if (token !== this.#token) return;
    this.#floor = packaged.floor;
    this.#set(packaged.data);
    // Right after the first card, whatever tab is open: the other panels' code, and (CDN build) the rest of the
    // records. Neither is fetched when a tab is opened, so no request tells the CDN which tab a person opened.
    const views = this.#host.loadViews();
    let failure = packaged.failure;
    this.detailsUnavailable = false;
    if (packaged.rest) {
      const rest = await packaged.rest();
      if (token !== this.#token) return;
      if (rest.data) this.#set({ ...packaged.data, ...rest.data });
      else {
        this.detailsUnavailable = true;
        this.#host.requestUpdate();
      }
      failure ??= rest.failure;
    }
    await views;
    if (token !== this.#token) return;
    if (failure) this.#warn("the data file", failure.reason, failure.message);
    const shipped = this.data ?? packaged.data;
    if (!apiBase) {
      this.#emit({ source: shipped.source, lang, dataVersion: shipped.dataVersion, failure: failure?.reason });
      return;
    }
    const abort = new AbortController();
    this.#abort = abort;
    // The live-data chunk is loaded inside the try: a chunk that cannot be loaded is one more way live data fails.
    let liveData: typeof import("../data/live-data.js") | undefined;
    try {
      liveData = await import("../data/live-data.js");
      const live = await liveData.fetchLiveData(apiBase, lang, {
        timeoutMs,
        signal: abort.signal,
        fallback: { platforms: shipped.platforms, cautions: shipped.cautions },
      });
      if (token !== this.#token) return;
      this.#set(live);
      this.#emit({ source: "api", lang, dataVersion: live.dataVersion });
    } catch (error) {
      if (token !== this.#token) return;
      const failure: LiveDataFailure = liveData && error instanceof liveData.LiveDataError ? error.reason : "network";
      this.#warn("api-base", failure, error instanceof Error ? error.message : String(error));
      this.#emit({ source: shipped.source, lang, dataVersion: shipped.dataVersion, failure });
    }
  }

  #set(data: WidgetData): void {
    const floored = this.#floor ? this.#floor(data) : { data, missing: [] };
    const key = `${data.source}|${floored.missing.join(",")}`;
    if (floored.missing.length > 0 && !this.#warnedMissing.has(key)) {
      this.#warnedMissing.add(key);
      console.warn(
        `<stalker-help-widget>: the ${data.source} records have no emergency record ${floored.missing.join(", ")}; the emergency line keeps the ones shipped with the widget.`,
      );
    }
    this.data = floored.data;
    this.#host.requestUpdate();
  }

  #warn(what: string, failure: LiveDataFailure, message: string): void {
    console.warn(`<stalker-help-widget>: records from ${what} not used (${failure}): ${message}`);
  }

  #emit(detail: StalkerHelpDataDetail): void {
    if (detail.failure === undefined) delete detail.failure;
    this.#host.dispatchEvent(new CustomEvent("stalker-help-data", { detail, bubbles: true, composed: true }));
  }
}
