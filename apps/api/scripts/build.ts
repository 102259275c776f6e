// Bundles the Node server into dist/node.js (embedded assets first), so `pnpm start` is plain `node dist/node.js`.
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

// Re-embed here too: by build time the widget package has been built (turbo runs ^build first).
execFileSync(process.execPath, ["--import", "tsx", join(root, "scripts", "embed-assets.ts")], { stdio: "inherit" });

const result = await build({
  entryPoints: [join(root, "src", "node.ts")],
  outfile: join(root, "dist", "node.js"),
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: true,
  legalComments: "linked",
  metafile: true,
  logLevel: "warning",
});
const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
console.log(`build: dist/node.js and map, ${(bytes / 1024).toFixed(0)} KiB`);
