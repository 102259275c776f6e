// pnpm --filter @netstalker/data check:currency [--today=YYYY-MM-DD]
// Exits 1 naming every record whose verifiedAt is more than 180 days before today (Japan time); warns from 150 days.
// Reads the YAML in content/ directly, so it needs no build and runs first in `pnpm release`.

import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { checkCurrency, currencyReport, type DatedRecord, dayNumber } from "../pipeline/currency.js";
import { loadContent } from "../pipeline/load-content.js";
import { loadDocuments } from "../pipeline/load-documents.js";
import { todayInJapan } from "../pipeline/today.js";
import { readOptions } from "./cli-options.js";

const pkgRoot = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Reads `--today=YYYY-MM-DD`; throws a readable error on anything else. */
export function parseCurrencyArgs(argv: readonly string[], now: Date = new Date()): { today: string } {
  const values = readOptions(argv, { today: { type: "string" } }, "use --today=YYYY-MM-DD");
  if (values.today === undefined) return { today: todayInJapan(now) };
  dayNumber(values.today);
  return { today: values.today };
}

/** Every record in a content directory with its verifiedAt; a record without one is reported as an error. */
export async function datedRecords(contentRoot: string): Promise<DatedRecord[]> {
  const { records } = await loadContent(contentRoot);
  // The fillable documents cite their forms and sources too: their facts age like any record's.
  const { documents } = await loadDocuments(contentRoot);
  const all = [...records, ...documents.map((d) => ({ ...d, kind: "documents" }))];
  return all.map((r) => {
    const data = (typeof r.data === "object" && r.data !== null ? r.data : {}) as {
      id?: unknown;
      verifiedAt?: unknown;
    };
    const id = typeof data.id === "string" ? data.id : r.stem;
    if (typeof data.verifiedAt !== "string") throw new Error(`${r.file}: record "${id}" has no verifiedAt`);
    return { record: `${r.kind}/${id}`, file: r.file, verifiedAt: data.verifiedAt };
  });
}

/** Runs the gate over a content directory and prints its report; returns the exit code. */
export async function runCurrencyCheck(contentRoot: string, today: string, log = console): Promise<0 | 1> {
  const { lines, exitCode } = currencyReport(checkCurrency(await datedRecords(contentRoot), today), today);
  for (const line of lines)
    (line.startsWith("error") ? log.error : line.startsWith("warning") ? log.warn : log.log)(line);
  return exitCode;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const contentRoot = process.env.NETSTALKER_CONTENT_DIR ?? join(pkgRoot, "content");
  Promise.resolve()
    .then(() => runCurrencyCheck(contentRoot, parseCurrencyArgs(process.argv.slice(2)).today))
    .then((code) => process.exit(code))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
