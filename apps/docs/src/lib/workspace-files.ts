import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/** The docs app's own directory: builds and tests run from it (pnpm and turbo set the cwd to the package). */
export function docsRoot(): string {
  const root = process.cwd();
  if (!existsSync(path.join(root, "astro.config.ts"))) {
    throw new Error(`run the docs build from apps/docs (cwd is ${root}, which has no astro.config.ts)`);
  }
  return root;
}

/** The file a workspace package exports under `specifier`, or null (with the reason) when it is not there yet. */
export function resolveExport(
  specifier: string,
  from: string = docsRoot(),
): { file: string; missing: null } | { file: null; missing: string } {
  const require = createRequire(path.join(from, "package.json"));
  try {
    const file = require.resolve(specifier);
    if (!existsSync(file)) return { file: null, missing: `${specifier} resolves to ${file}, which does not exist` };
    return { file, missing: null };
  } catch (error) {
    return { file: null, missing: `${specifier} cannot be resolved: ${(error as Error).message.split("\n")[0]}` };
  }
}

/** Reads and parses a JSON file a workspace package exports, or null when it is not there yet. */
export function readExportedJson(specifier: string, from?: string): unknown | null {
  const { file } = resolveExport(specifier, from);
  return file ? (JSON.parse(readFileSync(file, "utf8")) as unknown) : null;
}

/** The monorepo root (the directory with pnpm-workspace.yaml) above the docs app. */
export function repoRoot(from: string = docsRoot()): string {
  let dir = from;
  while (!existsSync(path.join(dir, "pnpm-workspace.yaml"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no pnpm-workspace.yaml above ${from}`);
    dir = parent;
  }
  return dir;
}
