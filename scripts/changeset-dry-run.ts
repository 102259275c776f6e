// Proves the Changesets `fixed` group: on a scratch copy of the repository, a changeset that names only
// @netstalker/data must bump every workspace package to the same new version. Exits non-zero otherwise.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const packages = ["packages/data", "packages/widget", "apps/api", "apps/docs"];
const versionOf = (dir: string, pkg: string) =>
  (JSON.parse(readFileSync(join(dir, pkg, "package.json"), "utf8")) as { version: string }).version;

const scratch = mkdtempSync(join(tmpdir(), "netstalker-changeset-"));
try {
  for (const file of ["package.json", "pnpm-workspace.yaml", ".changeset/config.json"]) {
    mkdirSync(dirname(join(scratch, file)), { recursive: true });
    cpSync(join(root, file), join(scratch, file));
  }
  for (const pkg of packages) cpSync(join(root, pkg, "package.json"), join(scratch, pkg, "package.json"));
  writeFileSync(join(scratch, ".changeset", "dry-run.md"), '---\n"@netstalker/data": patch\n---\n\nDry run.\n');

  const before = packages.map((pkg) => versionOf(scratch, pkg));
  execFileSync(process.execPath, [join(root, "node_modules/@changesets/cli/bin.js"), "version"], {
    cwd: scratch,
    stdio: "pipe",
  });
  const after = packages.map((pkg) => versionOf(scratch, pkg));

  const unique = new Set(after);
  if (unique.size !== 1)
    throw new Error(`packages were not bumped together: ${packages.map((p, i) => `${p}@${after[i]}`).join(", ")}`);
  if (after.some((version, i) => version === before[i]))
    throw new Error(`a package was not bumped: ${after.join(", ")}`);
  const left = readdirSync(join(scratch, ".changeset")).filter((f) => f.endsWith(".md"));
  if (left.length !== 0) throw new Error(`changeset version left ${left.join(", ")} behind`);
  console.log(`changeset version dry run: ${packages.length} packages bumped together, ${before[0]} -> ${after[0]}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
