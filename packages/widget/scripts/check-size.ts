// Size budgets, checked in `pnpm test` (after `pnpm build`):
// - the widget JS without the data (Lit, the element, the query logic): at most 20 KB brotli;
// - the self-contained bundle dist/stalker-help-widget.js (everything, data included): at most 50 KB brotli.
// 1 KB = 1,000 bytes. The first figure comes from a code-split build (vite --mode size) of the same entry, where the
// bundled data and the live-data validation are the lazily loaded chunks.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { brotliCompressSync, constants } from "node:zlib";

const KB = 1000;
const BUDGET_WIDGET = 20 * KB;
const BUDGET_BUNDLE = 50 * KB;

/** Brotli size (quality 11, as CDNs serve static files) of a file. */
export function brotliSize(path: string): number {
  return brotliCompressSync(readFileSync(path), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

/** Builds the split measurement build and returns the sizes, in bytes. */
export function measure(): { widget: number; bundle: number; chunks: Record<string, number> } {
  execFileSync("npx", ["vite", "build", "--mode", "size", "--logLevel", "error"], { stdio: "inherit" });
  const chunks = Object.fromEntries(readdirSync(".size").map((f) => [f, brotliSize(`.size/${f}`)]));
  // The widget without data = everything loaded up front: the entry and the chunks it imports statically.
  const entry = readFileSync(".size/widget.js", "utf8");
  const staticImports = [...entry.matchAll(/^import[^;]*?from\s*"\.\/([^"]+)"/gm)].map((m) => m[1] ?? "");
  const widget = ["widget.js", ...staticImports].reduce((sum, f) => sum + (chunks[f] ?? 0), 0);
  return { widget, bundle: brotliSize("dist/stalker-help-widget.js"), chunks };
}

const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const { widget, bundle, chunks } = measure();
  console.log(`widget JS without data: ${kb(widget)} brotli (budget ${kb(BUDGET_WIDGET)})`);
  console.log(`self-contained bundle:  ${kb(bundle)} brotli (budget ${kb(BUDGET_BUNDLE)})`);
  console.log(
    `split chunks: ${Object.entries(chunks)
      .map(([f, n]) => `${f} ${kb(n)}`)
      .join(", ")}`,
  );
  const over = [
    ...(widget > BUDGET_WIDGET ? [`widget JS ${kb(widget)} > ${kb(BUDGET_WIDGET)}`] : []),
    ...(bundle > BUDGET_BUNDLE ? [`bundle ${kb(bundle)} > ${kb(BUDGET_BUNDLE)}`] : []),
  ];
  if (over.length > 0) {
    console.error(`size budget exceeded: ${over.join("; ")}`);
    process.exit(1);
  }
}
