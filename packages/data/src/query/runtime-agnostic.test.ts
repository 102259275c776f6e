// The query modules ship to browsers and Workers, and `@netstalker/data/query` promises no zod and no bundled data:
// this reads their import statements (this test itself runs in Node, so it may use node:fs).
import { readdir, readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";

const here = new URL("./", import.meta.url);

async function queryModules(): Promise<{ file: string; imports: string[] }[]> {
  const files = (await readdir(here)).filter(
    (f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !f.endsWith(".d.ts"),
  );
  return Promise.all(
    files.map(async (file) => {
      const source = await readFile(new URL(file, here), "utf8");
      // Value imports and re-exports only: `import type` and `export type` vanish at build time.
      const imports = [...source.matchAll(/^(?:import|export)(?!\s+type\b)[^;]*?from\s+"([^"]+)"/gms)].map(
        (m) => m[1] ?? "",
      );
      return { file, imports };
    }),
  );
}

describe("the query modules", () => {
  it("are found", async () => {
    expect((await queryModules()).map((m) => m.file)).toEqual(expect.arrayContaining(["open-now.ts", "search.ts"]));
  });

  it("import no Node built-ins, no zod and no bundled dataset, and schemas only as types", async () => {
    const offending = (await queryModules()).flatMap(({ file, imports }) =>
      imports
        .filter(
          (spec) => spec.startsWith("node:") || spec === "zod" || spec.includes("/schema/") || spec.includes("dataset"),
        )
        .map((spec) => `${file}: ${spec}`),
    );
    expect(offending).toEqual([]);
  });

  it("import only each other and the generated holiday table", async () => {
    for (const { file, imports } of await queryModules()) {
      for (const spec of imports) expect(spec, file).toMatch(/^\.\/[a-z-]+\.js$|^\.\.\/generated\/holidays\.js$/);
    }
  });
});
