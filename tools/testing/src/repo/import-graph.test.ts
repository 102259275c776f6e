import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findCycles, importGraph, importSpecifiers, packageCycles, resolveRelative } from "./import-graph.js";

describe("importSpecifiers", () => {
  it("reads static, re-export, side-effect, type and dynamic imports, and skips comments", () => {
    const code = [
      'import { a } from "./a.js";',
      'import type { B } from "./b.js";',
      'export * from "./c.js";',
      'import "./d.css";',
      'const e = await import("./e.js");',
      '// import { x } from "./commented.js";',
      '/* export { y } from "./blocked.js"; */',
      'import {\n  f,\n  g,\n} from "@scope/pkg";',
    ].join("\n");
    expect(importSpecifiers("x.ts", code)).toEqual(["./a.js", "./b.js", "./c.js", "./d.css", "./e.js", "@scope/pkg"]);
  });

  it("reads an .astro file's frontmatter and scripts, not its markup", () => {
    const astro =
      '---\nimport A from "./A.astro";\n---\n<p>import x from "./not-code.js"</p>\n<script>import "./b.ts";</script>';
    expect(importSpecifiers("X.astro", astro)).toEqual(["./A.astro", "./b.ts"]);
  });
});

describe("findCycles", () => {
  it("finds each cycle once, and self-imports", () => {
    const graph = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a", "d"]],
      ["d", []],
      ["e", ["e"]],
    ]);
    expect(findCycles(graph)).toEqual([["a", "b", "c"], ["e"]]);
  });

  it("finds none in a DAG", () => {
    expect(
      findCycles(
        new Map([
          ["a", ["b", "c"]],
          ["b", ["c"]],
          ["c", []],
        ]),
      ),
    ).toEqual([]);
  });
});

describe("on files", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "import-graph-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    return file;
  };

  it("resolves ./x.js to x.ts and folders to index.ts, and finds the cycle between two files", () => {
    const app = write("app.ts", 'import { client } from "./client.js";\nimport { u } from "./util/index.js";');
    const client = write("client.ts", 'import type { App } from "./app.js";');
    const util = write("util/index.ts", "export const u = 1;");
    expect(resolveRelative(app, "./client.js")).toBe(client);
    expect(resolveRelative(app, "./util")).toBe(util);
    expect(resolveRelative(app, "node:fs")).toBeNull();
    expect(findCycles(importGraph([app, client, util]))).toEqual([[app, client]]);
  });

  it("finds a cycle between packages from their manifests", () => {
    const a = write("a/package.json", JSON.stringify({ name: "a", dependencies: { b: "workspace:*" } }));
    const b = write("b/package.json", JSON.stringify({ name: "b", devDependencies: { a: "workspace:*" } }));
    const c = write("c/package.json", JSON.stringify({ name: "c", dependencies: { a: "workspace:*", zod: "4" } }));
    expect(
      packageCycles(
        new Map([
          ["a", a],
          ["b", b],
          ["c", c],
        ]),
      ),
    ).toEqual([["a", "b"]]);
  });
});
