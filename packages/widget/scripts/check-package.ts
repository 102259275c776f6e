// Checks the package as npm will ship it: publint and attw on the packed tarball, then installs it (with the packed
// @netstalker/data it depends on) into a scratch folder and imports its entry points from plain Node ESM, on the
// project's Node and on the oldest Node the package claims in engines.node (fetched from the npm registry). Server
// renderers and test runners import the element in Node, so that floor is a promise to keep.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { oldestNode } from "../../../scripts/oldest-node.js";

const pkgRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
const dataRoot = join(pkgRoot, "..", "data");
const scratch = mkdtempSync(join(tmpdir(), "netstalker-widget-pack-"));
const run = (cmd: string, args: string[], cwd = pkgRoot) => execFileSync(cmd, args, { cwd, stdio: "inherit" });

/** Packs the package at `dir` with pnpm (which applies publishConfig) and unpacks it into the consumer. */
function install(dir: string, name: string): string {
  const out = mkdtempSync(join(scratch, "pack-"));
  execFileSync("pnpm", ["pack", "--pack-destination", out], { cwd: dir, stdio: "ignore" });
  const tarball = readdirSync(out).find((file) => file.endsWith(".tgz"));
  if (!tarball) throw new Error(`pnpm pack wrote no tarball for ${name}`);
  const target = join(scratch, "consumer", "node_modules", name);
  mkdirSync(target, { recursive: true });
  run("tar", ["-xzf", join(out, tarball), "-C", target, "--strip-components=1"]);
  return join(out, tarball);
}

/** Links a registry dependency as the package itself resolves it (pnpm's store keeps its own dependencies beside it). */
function link(fromDir: string, name: string) {
  const dir = realpathSync(join(fromDir, "node_modules", name));
  mkdirSync(dirname(join(scratch, "consumer", "node_modules", name)), { recursive: true });
  symlinkSync(dir, join(scratch, "consumer", "node_modules", name), "dir");
}

try {
  run("pnpm", ["exec", "publint", "run", "--strict", "--pack", "pnpm"]);
  const tgz = install(pkgRoot, "@netstalker/widget");
  run("pnpm", ["exec", "attw", tgz, "--profile", "esm-only", "--format", "table-flipped"]);
  install(dataRoot, "@netstalker/data");
  link(pkgRoot, "lit");
  link(dataRoot, "zod");

  const smoke = join(scratch, "consumer", "smoke.mjs");
  writeFileSync(
    smoke,
    `import assert from "node:assert/strict";
import * as main from "@netstalker/widget";
import * as define from "@netstalker/widget/define";
import * as quickExit from "@netstalker/widget/quick-exit";
import manifest from "@netstalker/widget/custom-elements.json" with { type: "json" };
assert.equal(typeof main.StalkerHelpWidget, "function", "the element class is exported");
assert.ok(Array.isArray(main.VIEWS) && main.VIEWS.length > 0, "the views are exported");
assert.equal(define.TAG_NAME, "stalker-help-widget");
assert.equal(quickExit.DEFAULT_EXIT_URL, main.DEFAULT_EXIT_URL, "the quick-exit entry leaves for the same default");
assert.equal(quickExit.quickExitText("ja").exit, "すぐにこのページを離れる", "the quick-exit entry has the widget's words");
assert.ok(
  manifest.modules.some((m) => m.declarations?.some((d) => d.tagName === define.TAG_NAME)),
  "custom-elements.json declares the tag",
);
console.log("packed @netstalker/widget imports on Node " + process.version);
`,
  );
  for (const node of [process.execPath, oldestNode(pkgRoot).bin]) run(node, [smoke], join(scratch, "consumer"));
} catch (error) {
  // Say which check failed (the command is in the message) and how to run it again without the whole test run.
  console.error(
    `check:package of @netstalker/widget failed: ${error instanceof Error ? error.message : String(error)}\nRerun this step alone: pnpm --filter @netstalker/widget check:package`,
  );
  process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
