// The query modules ship to browsers and Workers, and `@netstalker/data/query` promises no zod and no bundled data:
// this reads their import statements (this test itself runs in Node, so it may use node:fs).
import { readdir, readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";

// The query entry also re-exports the display helpers (labels, schedules as text), so they obey the same rules; so
// does the HSDS export (@netstalker/data/hsds), which runs in the API on Node and Workers, and the label tables the
// display helpers re-export (generated from content/labels/).
const folders = [
  new URL("./", import.meta.url),
  new URL("../display/", import.meta.url),
  new URL("../hsds/", import.meta.url),
  new URL("../generated/labels/", import.meta.url),
];

async function queryModules(): Promise<{ file: string; imports: string[] }[]> {
  const files = (
    await Promise.all(
      folders.map(async (folder) =>
        (
          await readdir(folder)
        )
          .filter((f) => f.endsWith(".ts") && !/\.(?:test|test-d|d)\.ts$/.test(f))
          .map((f) => new URL(f, folder)),
      ),
    )
  ).flat();
  return Promise.all(
    files.map(async (url) => {
      const file = url.pathname.split("/src/")[1] ?? url.pathname;
      const source = await readFile(url, "utf8");
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
    expect((await queryModules()).map((m) => m.file)).toEqual(
      expect.arrayContaining([
        "query/open-now.ts",
        "query/search.ts",
        "display/labels.ts",
        "generated/labels/contacts.ts",
      ]),
    );
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

  it("import only each other, the generated holiday table and label tables, and uuid (for HSDS ids)", async () => {
    for (const { file, imports } of await queryModules()) {
      for (const spec of imports) {
        expect(spec, file).toMatch(
          /^\.\/[a-z-]+\.js$|^\.\.\/(?:query|display)\/[a-z-]+\.js$|^\.\.\/generated\/(?:holidays|triage-model|labels\/[a-z-]+)\.js$|^uuid$/,
        );
      }
    }
  });
});
