// Links to the decision records (docs/decisions/NNNN-*.md) point at files that exist, and an "ADR n" label names
// the number of the file it links to.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, trackedFiles } from "../../src/repo/index.js";

const root = repoRoot();
const docs = trackedFiles().filter((f) => /\.(?:md|mdx|ts|astro)$/.test(f) && !f.includes("node_modules"));

describe("ADR links", () => {
  it("point at decision records that exist, with the number they are labelled with", () => {
    const problems: string[] = [];
    for (const file of docs) {
      const text = readFileSync(join(root, file), "utf8");
      for (const m of text.matchAll(/decisions\/(\d{4})-[a-z0-9-]+\.md/g)) {
        if (!existsSync(join(root, "docs", m[0]))) problems.push(`${file}: ${m[0]} does not exist`);
      }
      for (const m of text.matchAll(/\[ADR (\d+)\]\([^)]*decisions\/(\d{4})-/g)) {
        if (Number(m[1]) !== Number(m[2])) problems.push(`${file}: "ADR ${m[1]}" links to ${m[2]}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
