// What every published package carries for adopters, declared once: the MIT LICENSE (the root's, copied into each
// package so npm ships it), `repository`/`homepage`/`bugs` from the root package.json (the one place to change them),
// and one Node floor that README and CONTRIBUTING state.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../../src/repo/index.js";

const root = repoRoot();
const read = (path: string) => readFileSync(join(root, path), "utf8");
interface Manifest {
  license: string;
  repository: { type: string; url: string; directory?: string };
  homepage: string;
  bugs: { url: string };
  engines: { node: string };
}
const manifest = (dir: string) => JSON.parse(read(join(dir, "package.json"))) as Manifest;
const PUBLISHED = ["packages/data", "packages/widget"];

describe("published packages", () => {
  it("ship the root's MIT LICENSE", () => {
    expect(read("LICENSE")).toMatch(/^MIT License\n/);
    for (const dir of PUBLISHED) expect(read(join(dir, "LICENSE")), dir).toBe(read("LICENSE"));
  });

  it("name the root's repository, with their folder, and its homepage and issue tracker", () => {
    const top = manifest(".");
    for (const dir of PUBLISHED) {
      const pkg = manifest(dir);
      expect(pkg.license).toBe("MIT");
      expect(pkg.repository).toEqual({ ...top.repository, directory: dir });
      expect(pkg.bugs).toEqual(top.bugs);
      expect(pkg.homepage.startsWith(top.homepage.replace(/#readme$/, ""))).toBe(true);
    }
  });

  it("share one Node floor, which README and CONTRIBUTING state, with ESM only said plainly", () => {
    const floors = new Set(PUBLISHED.map((dir) => manifest(dir).engines.node));
    expect(floors.size).toBe(1);
    const floor = [...floors][0]?.replace(/^>=/, "") ?? "";
    for (const doc of ["README.md", "CONTRIBUTING.md"]) {
      expect(read(doc), doc).toContain(`Node ${floor}`);
      expect(read(doc), doc).toMatch(/ESM only/);
    }
  });
});
