// The oldest Node a published package claims (its `engines.node` floor), fetched from the npm registry, so the
// package checks can import the packed tarball under exactly that version on any machine. The project's own scripts
// run on Node 24 (docs/decisions/0005-node-24-from-the-npm-registry.md); users of the packages may run older Node.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The floor of an `engines.node` range of the form `>=X.Y` or `>=X.Y.Z`, as a full version; throws on any other form. */
export function enginesFloor(range: string): string {
  const match = /^>=\s*(\d+)\.(\d+)(?:\.(\d+))?$/.exec(range.trim());
  if (!match) throw new Error(`engines.node "${range}": expected ">=X.Y" or ">=X.Y.Z", so its oldest Node is known`);
  return `${match[1]}.${match[2]}.${match[3] ?? 0}`;
}

/** The npm package that carries the Node binary for this platform (the names the registry's `node` package uses). */
function binaryPackage(version: string): string {
  const platform = process.platform === "win32" ? "win" : process.platform;
  const prefix = process.platform === "darwin" && process.arch === "arm64" ? "node-bin" : "node";
  return `${prefix}-${platform}-${process.arch}@${version}`;
}

/** Path to the Node binary of `version`, downloaded once from the npm registry into node_modules/.cache. */
export function nodeBinary(version: string): string {
  const dir = join(root, "node_modules", ".cache", "netstalker-node", version);
  const bin = join(dir, "package", "bin", process.platform === "win32" ? "node.exe" : "node");
  if (existsSync(bin)) return bin;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // `npm pack` fetches the exact version's tarball (integrity-checked by npm) and runs no install scripts.
  // pnpm passes its own settings to scripts as npm_config_*; npm warns about the ones it does not know.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^npm_config_(verify_deps_before_run|npm_globalconfig|node_version|_jsr_registry)$/i.test(key),
    ),
  );
  execFileSync("npm", ["pack", "--silent", binaryPackage(version), "--pack-destination", dir], {
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const tarball = readdirSync(dir).find((name) => name.endsWith(".tgz"));
  if (!tarball) throw new Error(`npm pack ${binaryPackage(version)} wrote no tarball`);
  execFileSync("tar", ["-xzf", join(dir, tarball), "-C", dir]);
  rmSync(join(dir, tarball));
  const reported = execFileSync(bin, ["--version"], { encoding: "utf8" }).trim();
  if (reported !== `v${version}`) throw new Error(`${bin} reports ${reported}, expected v${version}`);
  return bin;
}

/** The oldest Node the package at `pkgDir` claims in `engines.node`: its version and binary. */
export function oldestNode(pkgDir: string): { version: string; bin: string } {
  const manifest = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")) as { engines?: { node?: string } };
  const range = manifest.engines?.node;
  if (!range) throw new Error(`${pkgDir}/package.json has no engines.node`);
  const version = enginesFloor(range);
  return { version, bin: nodeBinary(version) };
}
