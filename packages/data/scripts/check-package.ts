// Checks the package as npm will ship it: packs it with pnpm (which applies publishConfig), lints the tarball with
// publint and attw, then installs it into a scratch folder and imports every entry point from plain Node ESM: on the
// project's Node and on the oldest Node the package claims in engines.node (fetched from the npm registry).
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { oldestNode } from "../../../scripts/oldest-node.js";

const pkgRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
const scratch = mkdtempSync(join(tmpdir(), "netstalker-data-pack-"));
const run = (cmd: string, args: string[], cwd = pkgRoot) => execFileSync(cmd, args, { cwd, stdio: "inherit" });

try {
  run("pnpm", ["pack", "--pack-destination", scratch]);
  const tarball = readdirSync(scratch).find((name) => name.endsWith(".tgz"));
  if (!tarball) throw new Error("pnpm pack wrote no tarball");
  const tgz = join(scratch, tarball);

  run("pnpm", ["exec", "publint", "run", "--strict", "--pack", "pnpm"]);
  run("pnpm", ["exec", "attw", tgz, "--profile", "esm-only"]);

  // A consumer's node_modules: the tarball's contents plus its runtime dependencies.
  const installed = join(scratch, "consumer", "node_modules", "@netstalker", "data");
  mkdirSync(installed, { recursive: true });
  run("tar", ["-xzf", tgz, "-C", installed, "--strip-components=1"]);
  for (const dependency of ["zod", "uuid"]) {
    const dir = dirname(createRequire(join(pkgRoot, "package.json")).resolve(`${dependency}/package.json`));
    symlinkSync(dir, join(scratch, "consumer", "node_modules", dependency), "dir");
  }

  const smoke = join(scratch, "consumer", "smoke.mjs");
  writeFileSync(
    smoke,
    `import assert from "node:assert/strict";
import * as main from "@netstalker/data";
import * as query from "@netstalker/data/query";
import * as schemas from "@netstalker/data/zod";
import * as hsds from "@netstalker/data/hsds";
import data from "@netstalker/data/dataset.json" with { type: "json" };
import contactSchema from "@netstalker/data/schemas/contact.schema.json" with { type: "json" };
assert.equal(main.contacts.length, data.contacts.length, "contacts from the JS entry and dataset.json agree");
assert.equal(main.dataVersion, data.version);
assert.deepEqual(main.contacts[0], data.contacts[0]);
assert.equal(typeof query.isOpenAt, "function");
assert.equal(typeof query.createSearch, "function");
assert.ok(schemas.DatasetSchema.safeParse(data).success, "dataset.json validates against the shipped zod schema");
assert.equal(hsds.toHsds(main.contacts, "en").services.length, data.contacts.length, "every contact is an HSDS service");
assert.match(contactSchema.$id, /contact\\.schema\\.json$/);
console.log("packed @netstalker/data imports on Node " + process.version + ":", data.contacts.length, "contacts");
`,
  );
  const oldest = oldestNode(pkgRoot);
  for (const node of [process.execPath, oldest.bin]) run(node, [smoke], join(scratch, "consumer"));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
