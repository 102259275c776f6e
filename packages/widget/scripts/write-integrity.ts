// Writes dist/integrity.json: the Subresource Integrity hash (sha384) of every file the package ships in dist/, for
// partners who pin a version: <script type="module" src=".../stalker-help-widget.js" integrity="sha384-…"
// crossorigin="anonymous">. Usage: tsx scripts/write-integrity.ts [distDir]
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";

/** Every file under `dir`, as paths relative to it, sorted, without integrity.json and source maps. */
export function listFiles(dir: string, root: string = dir): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? listFiles(path, root) : [relative(root, path)];
    })
    .filter((f) => f !== "integrity.json" && !f.endsWith(".map"))
    .sort();
}

/** The SRI value of a file's bytes. */
export function sri(bytes: Buffer): string {
  return `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = parseArgs({ allowPositionals: true }).positionals[0] ?? "dist";
  const hashes = Object.fromEntries(listFiles(dist).map((f) => [f, sri(readFileSync(join(dist, f)))]));
  writeFileSync(join(dist, "integrity.json"), `${JSON.stringify(hashes, null, 2)}\n`);
}
