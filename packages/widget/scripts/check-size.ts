// Size budgets, checked in `pnpm test` (after `pnpm build`). 1 KB = 1,000 bytes, brotli quality 11 (as CDNs serve
// static files). `pnpm bench` prints the same figures next to the timing ones.
// - code: dist/stalker-help-widget.js, everything but the records (Lit, the element, query logic, schemas, the
//   emergency fallback);
// - one language: what a page downloads to show the widget in Japanese: the code and its data file;
// - standalone: dist/stalker-help-widget.standalone.js, code and both languages' records in one file.
// TARGET is issue #14's goal; BUDGET is what `pnpm test` enforces today so that nothing grows unnoticed. Where the two
// differ, the gap is printed on every run.
import { readFileSync } from "node:fs";
import { brotliCompressSync, constants } from "node:zlib";

const KB = 1000;

/** Brotli size (quality 11) of a file. */
export function brotliSize(path: string): number {
  return brotliCompressSync(readFileSync(path), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

/** One measured figure with its budget (enforced) and target (the goal). */
export interface SizeFigure {
  name: string;
  bytes: number;
  budget: number;
  target: number;
}

/** Measures the built files in `dist`. */
export function measure(dist = "dist"): SizeFigure[] {
  const code = brotliSize(`${dist}/stalker-help-widget.js`);
  const ja = brotliSize(`${dist}/stalker-help-widget.data.ja.json`);
  const en = brotliSize(`${dist}/stalker-help-widget.data.en.json`);
  return [
    { name: "code (stalker-help-widget.js)", bytes: code, budget: 27 * KB, target: 16 * KB },
    { name: "one language, ja (code + data file)", bytes: code + ja, budget: 43 * KB, target: 35 * KB },
    { name: "one language, en (code + data file)", bytes: code + en, budget: 43 * KB, target: 35 * KB },
    {
      name: "standalone (stalker-help-widget.standalone.js)",
      bytes: brotliSize(`${dist}/stalker-help-widget.standalone.js`),
      budget: 52 * KB,
      target: 50 * KB,
    },
  ];
}

const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;

/** One line per figure: size, budget, target and whether the target is met. */
export function report(figures: readonly SizeFigure[]): string[] {
  return figures.map(
    (f) =>
      `${f.name.padEnd(48)} ${kb(f.bytes).padStart(8)}  budget ${kb(f.budget)}  target ${kb(f.target)}${
        f.bytes <= f.target ? "  (target met)" : `  (target NOT met: ${kb(f.bytes - f.target)} over)`
      }`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = measure();
  for (const line of report(figures)) console.log(line);
  const over = figures.filter((f) => f.bytes > f.budget);
  if (over.length > 0) {
    console.error(`size budget exceeded: ${over.map((f) => `${f.name} ${kb(f.bytes)} > ${kb(f.budget)}`).join("; ")}`);
    process.exit(1);
  }
}
