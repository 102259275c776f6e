// `pnpm bench:parts`: what each part of the first card's code weighs *inside* stalker-help-widget.js (brotli 11),
// measured by building the entry again without that part and printing the difference. A module compressed alone
// says little (the modules share words once together), so the only honest figure is the whole file with and
// without it. The builds without a part are not runnable: each removed module's exports are replaced by
// `undefined`, so the bundler still drops everything only they used. Lit is measured the other way round: a
// minimal element (one property, one style, one template) built on its own, the floor any Lit element stands on.
// Why this exists: issue #19's first screen (code + contacts file ≤ 35 KB); docs/decisions/0012-widget-size-budgets.md
// reads these figures.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "vite";
import { brotliSize } from "./check-size.js";

const KB = 1000;
const root = fileURLToPath(new URL("../", import.meta.url));

/** Parts of the entry, each a list of path fragments of the modules it is made of. */
const PARTS: { name: string; modules: string[] }[] = [
  {
    name: "display text (labels, hours, dialling, language names, lists, traces)",
    modules: [
      "/data/src/display/labels.ts",
      "/data/src/display/describe-schedule.ts",
      "/data/src/display/dial-text.ts",
      "/data/src/display/field-labels.ts",
      "/data/src/display/join-list.ts",
      "/data/src/display/traces.ts",
      "/data/src/query/language-name.ts",
    ],
  },
  {
    name: "checking the contacts file before showing it (schema and checker)",
    modules: ["/schemas/contact-localized.schema.json", "/src/data/json-schema-check.ts"],
  },
  { name: "open-now (Japan time, holidays)", modules: ["/data/src/query/open-now.ts"] },
  { name: "styles", modules: ["/src/styles/"] },
  { name: "interface text, both languages", modules: ["/src/i18n.ts"] },
  {
    name: "quick exit (button, Shift ×3, clearing)",
    modules: ["/src/controllers/quick-exit-controller.ts", "/src/controllers/page-exit.ts"],
  },
  { name: "emergency fallback (records in the code)", modules: ["/src/data/emergency-fallback.ts"] },
  // Overlaps the display text: without the card, the labels and hours text only it uses go too.
  { name: "first screen: reachable-now cards (with what only they use)", modules: ["/src/render/reachable.ts"] },
  { name: "prefectures (the region attribute)", modules: ["/data/src/display/prefectures.ts"] },
];

/** Replaces the matching modules by stubs that export the same names, all `undefined`. */
function without(modules: string[]): Plugin {
  return {
    name: "netstalker:measure-without",
    enforce: "pre",
    load(id) {
      const path = id.split("?")[0] ?? id;
      if (!modules.some((m) => path.includes(m))) return null;
      if (path.endsWith(".json")) return "{}";
      const source = readFileSync(path, "utf8");
      const declared = [...source.matchAll(/export\s+(?:const|let|function|class)\s+(\w+)/g)].map((m) => m[1]);
      const reexported = [...source.matchAll(/export\s*\{([^}]*)\}/g)].flatMap((m) =>
        (m[1] ?? "")
          .split(",")
          .map((s) => s.trim())
          .filter((s) => s !== "" && !s.startsWith("type "))
          .map((s) => s.split(/\s+as\s+/).pop()),
      );
      const names = [...new Set([...declared, ...reexported])];
      // `export * from` passes on another module's names (labels.ts: the generated label tables): the stub passes
      // them on too, so the names resolve; the module it names is measured, or stubbed, on its own.
      const passedOn = [...source.matchAll(/export\s*\*\s*from\s*["'][^"']+["'];?/g)].map((m) => m[0]);
      const stubs = names.map((n) => `export const ${n} = undefined;`);
      return [...stubs, ...passedOn].join("\n") || "export {};";
    },
  };
}

async function entrySize(outDir: string, extra: Plugin[] = [], entry?: string): Promise<number> {
  await build({
    root,
    configFile: join(root, "vite.config.ts"),
    logLevel: "silent",
    plugins: extra,
    build: {
      outDir,
      emptyOutDir: true,
      ...(entry ? { lib: { entry, formats: ["es"], fileName: () => "stalker-help-widget.js" } } : {}),
    },
  });
  return brotliSize(join(outDir, "stalker-help-widget.js"));
}

const work = mkdtempSync(join(tmpdir(), "widget-parts-"));
// The minimal element must resolve `lit` from this package, so it is written inside it (and removed after).
const floorDir = join(root, "node_modules/.measure-parts");
mkdirSync(floorDir, { recursive: true });
const floorEntry = join(floorDir, "lit-floor.ts");
writeFileSync(
  floorEntry,
  `import { css, html, LitElement } from "lit";
class Floor extends LitElement {
  static properties = { view: { reflect: true } };
  static styles = css\`:host{display:block}\`;
  declare view: string;
  render() { return html\`<p class=\${this.view}>\${this.view}</p>\`; }
}
customElements.define("lit-floor", Floor);
`,
);
try {
  const whole = await entrySize(join(work, "whole"));
  const lit = await entrySize(join(work, "lit"), [], floorEntry);
  console.log(`stalker-help-widget.js as built: ${(whole / KB).toFixed(1)} KB brotli`);
  console.log(`${"Lit alone (a minimal element)".padEnd(74)} ${(lit / KB).toFixed(1).padStart(5)} KB`);
  console.log("Each part, as the entry's size without it:");
  for (const part of PARTS) {
    const size = await entrySize(join(work, part.name.replace(/\W+/g, "-")), [without(part.modules)]);
    console.log(`  ${part.name.padEnd(72)} ${((whole - size) / KB).toFixed(1).padStart(5)} KB`);
  }
  // The parts that could leave the code without losing behaviour (into the data file), and then the check as well.
  const movable = [...(PARTS[0]?.modules ?? []), ...(PARTS[4]?.modules ?? [])];
  const withoutMovable = await entrySize(join(work, "movable"), [without(movable)]);
  const withoutCheck = await entrySize(join(work, "movable-check"), [
    without([...movable, ...(PARTS[1]?.modules ?? [])]),
  ]);
  console.log(
    `Entry without display and interface text (both could come precomputed in the data file): ${(withoutMovable / KB).toFixed(1)} KB`,
  );
  console.log(`... and without checking the contacts file as well: ${(withoutCheck / KB).toFixed(1)} KB`);
} finally {
  rmSync(work, { recursive: true, force: true });
  rmSync(floorDir, { recursive: true, force: true });
}
