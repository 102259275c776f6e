// Size budgets, checked in `pnpm test` (after `pnpm build`). 1 KB = 1,000 bytes, brotli quality 11 (as CDNs serve
// static files). `pnpm bench` prints the same figures next to the timing ones.
// - code: dist/stalker-help-widget.js, the only script the first card needs (Lit, the element, query logic, schemas,
//   the emergency fallback). It must import no chunk statically: that is checked here, so "code" stays all the code
//   the first card waits for;
// - one language: what a page downloads to show the widget in Japanese (English): the code and its data file;
// - lazy chunks (dist/chunks/): loaded only when needed (triage when a person asks for one, live data with api-base),
//   printed with their sizes, and added to the total a page downloads once triage is used;
// - standalone: dist/stalker-help-widget.standalone.js, code, both languages' records and the triage in one file.
// TARGET is issue #14's goal; BUDGET is what `pnpm test` enforces today so that nothing grows unnoticed. Where the two
// differ, the gap is printed on every run. The figures and what was tried: docs/decisions/0012-widget-size-budgets.md.
import { existsSync, readdirSync, readFileSync } from "node:fs";
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
  /** Issue #14's goal, where it sets one. */
  target?: number;
}

/** The lazy chunks of the CDN build, as paths relative to `dist`. */
export function lazyChunks(dist = "dist"): string[] {
  const dir = `${dist}/chunks`;
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(".js"))
        .map((f) => `chunks/${f}`)
        .sort()
    : [];
}

/** The chunks a script imports statically (`import … from "./x.js"` or `import "./x.js"`, not `import("…")`). */
export function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:\bfrom\s*|\bimport\s*)(["'`])(\.{1,2}\/[^"'`]+)\1/g)].map((m) => m[2] ?? "");
}

/** Budgets of the lazy chunks, by name; a chunk without one fails the check until it gets one here. */
const CHUNK_BUDGETS: Record<string, number> = { triage: 11 * KB, "live-data": 1.5 * KB };

function chunkBudget(file: string): number {
  const name = file.replace(/^chunks\//, "").replace(/-[\w-]{8}\.js$/, "");
  return CHUNK_BUDGETS[name] ?? 0;
}

/** Measures the built files in `dist`. */
export function measure(dist = "dist"): SizeFigure[] {
  const entry = `${dist}/stalker-help-widget.js`;
  const eager = staticImports(readFileSync(entry, "utf8"));
  if (eager.length > 0) {
    throw new Error(`stalker-help-widget.js imports ${eager.join(", ")} statically: the first card would wait for it`);
  }
  const code = brotliSize(entry);
  const ja = brotliSize(`${dist}/stalker-help-widget.data.ja.json`);
  const en = brotliSize(`${dist}/stalker-help-widget.data.en.json`);
  const chunks = lazyChunks(dist).map((f) => ({ file: f, bytes: brotliSize(`${dist}/${f}`) }));
  const triage = chunks.filter((c) => /^chunks\/triage-/.test(c.file)).reduce((sum, c) => sum + c.bytes, 0);
  return [
    { name: "code (stalker-help-widget.js)", bytes: code, budget: 24 * KB, target: 16 * KB },
    { name: "one language, ja (code + data file)", bytes: code + ja, budget: 42 * KB, target: 35 * KB },
    { name: "one language, en (code + data file)", bytes: code + en, budget: 42 * KB, target: 35 * KB },
    ...chunks.map((c) => ({ name: `  lazy ${c.file}`, bytes: c.bytes, budget: chunkBudget(c.file) })),
    // Not an issue #14 figure: what a page has downloaded once a person has also used the triage.
    { name: "ja with the triage used", bytes: code + ja + triage, budget: 52 * KB },
    {
      name: "standalone (stalker-help-widget.standalone.js)",
      bytes: brotliSize(`${dist}/stalker-help-widget.standalone.js`),
      budget: 61 * KB,
      target: 50 * KB,
    },
  ];
}

const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;

/** One line per figure: size, budget, target and whether the target is met. */
export function report(figures: readonly SizeFigure[]): string[] {
  return figures.map((f) => {
    const goal =
      f.target === undefined
        ? ""
        : `  target ${kb(f.target)}${f.bytes <= f.target ? "  (target met)" : `  (target NOT met: ${kb(f.bytes - f.target)} over)`}`;
    return `${f.name.padEnd(48)} ${kb(f.bytes).padStart(8)}  budget ${kb(f.budget)}${goal}`;
  });
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
