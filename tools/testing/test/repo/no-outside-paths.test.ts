// The repository must stand on its own: no file may point at the planning folder next to the checkout or at a path
// on one machine. Facts are cited from their official public sources instead, and anything the code needs lives in
// the repository (docs/reference/).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, trackedFiles } from "../../src/repo/index.js";

// Built from parts, so this file does not match itself.
const FORBIDDEN = [["..", "shared"].join("/"), `/${"work"}/`];

const root = repoRoot();
const files = trackedFiles(root).filter((f) => !f.split("/").includes("node_modules"));

function textOf(file: string): string | null {
  const bytes = readFileSync(path.join(root, file));
  return bytes.includes(0) ? null : bytes.toString("utf8"); // binary files (images) cannot hold a path we write
}

describe("the repository", () => {
  it("is read as git sees it", () => {
    expect(files).toEqual(expect.arrayContaining(["package.json", "packages/data/package.json"]));
    expect(files.some((f) => f.includes("/dist/"))).toBe(false);
  });

  it.each(FORBIDDEN)("has no file that mentions %s", (needle) => {
    const offending = files.flatMap((file) => {
      const text = textOf(file);
      if (text === null) return [];
      return text
        .split("\n")
        .flatMap((line, i) => (line.includes(needle) ? [`${file}:${i + 1}: ${line.trim().slice(0, 120)}`] : []));
    });
    expect(offending).toEqual([]);
  });
});
