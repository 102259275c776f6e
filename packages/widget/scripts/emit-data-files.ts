// Writes dist/stalker-help-widget.data.<lang>.json and .details.<lang>.json (shaped by scripts/data-file.ts), the files the CDN build reads
// next to itself. Usage: tsx scripts/emit-data-files.ts [outDir]
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { type Dataset, LANGS } from "@netstalker/data";
import datasetJson from "@netstalker/data/dataset.json" with { type: "json" };
import { dataFile, detailsFile } from "./data-file.js";

// Validated by @netstalker/data when it was written.
const dataset = datasetJson as unknown as Dataset;

if (import.meta.url === `file://${process.argv[1]}`) {
  const outDir = parseArgs({ allowPositionals: true }).positionals[0] ?? "dist";
  mkdirSync(outDir, { recursive: true });
  for (const lang of LANGS) {
    writeFileSync(join(outDir, `stalker-help-widget.data.${lang}.json`), JSON.stringify(dataFile(dataset, lang)));
    writeFileSync(join(outDir, `stalker-help-widget.details.${lang}.json`), JSON.stringify(detailsFile(dataset, lang)));
  }
}
