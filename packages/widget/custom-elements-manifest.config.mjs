// The Custom Elements Manifest describes the package as shipped: modules at their dist/lib/*.js paths (src/ is not
// in the tarball), only the public entry points and the declarations they export (no renderers, styles or data
// internals), and every export, types included, pointing at a module that ships. Checked by
// test/build/custom-elements-manifest.test.ts against the official schema and the packed files.
import { posix } from "node:path";

/** The package's public entry modules (package.json exports), as source paths. */
const ENTRIES = ["src/index.ts", "src/define.ts", "src/react.ts", "src/quick-exit.ts", "src/jsx.ts"];

/** src/x.ts or ./x.js (relative to `from`) as the shipped dist/lib/x.js. */
function shipped(path, from) {
  const source = path.startsWith(".") ? posix.join(posix.dirname(from), path) : path;
  return source.replace(/^src\//, "dist/lib/").replace(/\.ts$/, ".js");
}

function shippedPublicApi() {
  return {
    name: "netstalker-shipped-public-api",
    packageLinkPhase({ customElementsManifest: manifest }) {
      const byPath = new Map(manifest.modules.map((m) => [m.path, m]));
      // Follow exports from the entries: a module is kept for the declarations the public API reaches in it.
      const wanted = new Map(ENTRIES.map((path) => [path, new Set(["*"])]));
      const queue = [...ENTRIES];
      while (queue.length > 0) {
        const path = queue.shift();
        const reached = wanted.get(path);
        for (const e of byPath.get(path)?.exports ?? []) {
          // Only what the public API reaches: an entry's every export, another module's named ones.
          if (!reached.has("*") && !reached.has(e.name)) continue;
          const ref = e.declaration;
          if (!ref?.module) continue;
          const target = ref.module.startsWith(".")
            ? posix.join(posix.dirname(path), ref.module).replace(/\.js$/, ".ts")
            : ref.module;
          if (!byPath.has(target)) continue;
          const names = wanted.get(target) ?? new Set();
          if (!names.has(ref.name)) {
            names.add(ref.name);
            wanted.set(target, names);
            queue.push(target);
          }
        }
      }
      manifest.modules = manifest.modules
        .filter((m) => wanted.has(m.path))
        .map((m) => {
          const names = wanted.get(m.path);
          const keep = (name) => names.has("*") || names.has(name);
          const module = {
            ...m,
            path: shipped(m.path, m.path),
            declarations: (m.declarations ?? []).filter((d) => keep(d.name)),
            exports: (m.exports ?? [])
              .filter((e) => keep(e.name))
              .map((e) => ({
                ...e,
                declaration: e.declaration && {
                  ...e.declaration,
                  module: shipped(e.declaration.module ?? m.path, m.path),
                },
              })),
          };
          return JSON.parse(JSON.stringify(module).replaceAll(`"module":"${m.path}"`, `"module":"${module.path}"`));
        });
    },
  };
}

export default {
  globs: ["src/**/*.ts"],
  exclude: ["src/**/*.test.ts", "src/**/*.test-d.ts", "src/test-support/**"],
  litelement: true,
  plugins: [shippedPublicApi()],
};
