// Writes dist/stalker-help-widget.data.<lang>.json: the shipped records localized to one language, the file the CDN
// build (dist/stalker-help-widget.js) reads next to itself. Usage: tsx scripts/emit-data-files.ts [outDir]
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Dataset, Lang } from "@netstalker/data";
import datasetJson from "@netstalker/data/dataset.json" with { type: "json" };
import { localize } from "@netstalker/data/query";

// Validated by @netstalker/data when it was written.
const dataset = datasetJson as unknown as Dataset;
const LANGS: readonly Lang[] = ["ja", "en"];

/** The data file for `lang`: what the widget validates against the localized schemas before showing it. */
export function dataFile(lang: Lang): Record<string, unknown> {
  return {
    lang,
    dataVersion: dataset.version,
    contacts: dataset.contacts.map((c) => localize(c, lang)),
    remedies: dataset.remedies.map((r) => localize(r, lang)),
    faqs: dataset.faqs.map((f) => localize(f, lang)),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outDir = process.argv[2] ?? "dist";
  mkdirSync(outDir, { recursive: true });
  for (const lang of LANGS) {
    writeFileSync(join(outDir, `stalker-help-widget.data.${lang}.json`), JSON.stringify(dataFile(lang)));
  }
}
