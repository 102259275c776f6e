// No import cycles: between the modules of each covered folder, and between the workspace packages. A cycle makes
// load order matter and lets two modules drift into one that no one can change alone.
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findCycles, importGraph, isSourceFile, packageCycles, repoRoot, trackedFiles } from "../../src/repo/index.js";

/** Folders whose modules are checked: every workspace package and the repository's scripts, with one walker. */
const COVERED = ["packages/data", "packages/widget", "apps/api", "apps/docs", "tools", "scripts"];

const root = repoRoot();
const files = trackedFiles(root);

describe.each(COVERED)("%s", (folder) => {
  const sources = files
    .filter((f) => f.startsWith(`${folder}/`) && isSourceFile(f))
    .map((f) => path.join(root, f))
    .filter((f) => existsSync(f));

  it("has modules to check", () => {
    expect(sources.length).toBeGreaterThan(0);
  });

  it("has no import cycle", () => {
    const cycles = findCycles(importGraph(sources)).map((c) => c.map((f) => path.relative(root, f)).join(" ↔ "));
    expect(cycles).toEqual([]);
  });
});

describe("apps/api", () => {
  it("the walker sees a type-only import (client.ts needs only the app's type), so a type cycle cannot slip through", () => {
    const client = path.join(root, "apps/api/src/client.ts");
    const app = path.join(root, "apps/api/src/app.ts");
    expect(importGraph([client, app]).get(client)).toEqual([app]);
  });
});

describe("the workspace packages", () => {
  it("depend on each other one way only", () => {
    const manifests = new Map(
      files
        .filter((f) => /^(?:packages|apps|tools)\/[^/]+\/package\.json$/.test(f))
        .map((f) => [path.dirname(f), path.join(root, f)] as const),
    );
    expect(manifests.size).toBeGreaterThanOrEqual(4);
    expect(packageCycles(manifests)).toEqual([]);
  });
});
