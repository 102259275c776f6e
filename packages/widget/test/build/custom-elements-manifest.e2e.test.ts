// The Custom Elements Manifest as tools read it: valid against the official schema (custom-elements-manifest), every
// path a file the package ships, every export resolvable (a declaration in the manifest, or a name the shipped
// module's .d.ts exports, as types are), every type the entry points export listed, every event typed, and no
// internal module (renderers, styles) described. Runs on the built package.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";

const pkgRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const read = (path: string) => readFileSync(join(pkgRoot, path), "utf8");

interface Reference {
  name: string;
  module?: string;
}
interface Module {
  path: string;
  declarations?: { name: string; kind: string; events?: { name: string; type?: { text: string } }[] }[];
  exports?: { name: string; declaration?: Reference }[];
}
const manifest = JSON.parse(read("custom-elements.json")) as { modules: Module[] };
const pkg = JSON.parse(read("package.json")) as { customElements: string; files: string[] };
const byPath = new Map(manifest.modules.map((m) => [m.path, m]));

/** The names a shipped declaration file exports (values and types, declared or re-exported). */
function dtsExports(jsPath: string): Set<string> {
  const dts = read(jsPath.replace(/\.js$/, ".d.ts"));
  const names = new Set<string>();
  for (const m of dts.matchAll(/export (?:declare )?(?:const|function|class|type|interface|let|enum) (\w+)/g))
    names.add(m[1] ?? "");
  for (const m of dts.matchAll(/export (?:type )?\{([^}]*)\}/g)) {
    for (const part of (m[1] ?? "").split(",")) {
      const name = part
        .trim()
        .replace(/^type\s+/, "")
        .split(/\s+as\s+/)
        .pop()
        ?.trim();
      if (name) names.add(name);
    }
  }
  return names;
}

describe("custom-elements.json", () => {
  it("is named by package.json and valid against the official Custom Elements Manifest schema", () => {
    expect(pkg.customElements).toBe("custom-elements.json");
    expect(pkg.files).toContain("custom-elements.json");
    const schema = JSON.parse(
      readFileSync(join(pkgRoot, "node_modules", "custom-elements-manifest", "schema.json"), "utf8"),
    ) as object;
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    const ok = validate(manifest);
    expect(ok ? [] : validate.errors?.map((e) => `${e.instancePath} ${e.message}`)).toEqual([]);
  });

  it("describes only shipped files, and no internals", () => {
    for (const m of manifest.modules) {
      expect(m.path, m.path).toMatch(/^dist\/lib\/.+\.js$/);
      expect(existsSync(join(pkgRoot, m.path)), m.path).toBe(true);
      expect(m.path, m.path).not.toMatch(/\/(?:render|styles|embed)\//);
    }
    expect(manifest.modules.map((m) => m.path)).toEqual(
      expect.arrayContaining(["dist/lib/index.js", "dist/lib/define.js", "dist/lib/stalker-help-widget.js"]),
    );
  });

  it("resolves every export to a declaration or to a name the shipped module exports", () => {
    for (const m of manifest.modules) {
      for (const e of m.exports ?? []) {
        const ref = e.declaration;
        expect(ref?.module, `${m.path} ${e.name}`).toBeDefined();
        const target = ref?.module ?? "";
        expect(existsSync(join(pkgRoot, target)), `${m.path} ${e.name} → ${target}`).toBe(true);
        const declared = byPath.get(target)?.declarations?.some((d) => d.name === ref?.name) ?? false;
        expect(declared || dtsExports(target).has(ref?.name ?? ""), `${m.path} ${e.name} → ${target}`).toBe(true);
      }
    }
  });

  it("lists every name the entry points export, types included", () => {
    for (const entry of ["dist/lib/index.js", "dist/lib/define.js", "dist/lib/quick-exit.js", "dist/lib/react.js"]) {
      const listed = new Set(byPath.get(entry)?.exports?.map((e) => e.name));
      for (const name of dtsExports(entry)) expect(listed.has(name), `${entry} exports ${name}`).toBe(true);
    }
  });

  it("types every event the element fires", () => {
    const element = manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .find((d) => d.kind === "class" && d.name === "StalkerHelpWidget");
    expect(element?.events?.map((e) => e.name)).toEqual([
      "stalker-help-data",
      "stalker-help-exit",
      "stalker-help-view-change",
    ]);
    for (const event of element?.events ?? []) expect(event.type?.text, event.name).toMatch(/^CustomEvent<.+>$/);
  });
});
