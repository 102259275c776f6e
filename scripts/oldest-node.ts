// The oldest Node a published package claims (its `engines.node` floor), fetched from the npm registry, so the
// package checks can import the packed tarball under exactly that version on any machine. The project's own scripts
// run on Node 24 (docs/decisions/0005-node-24-from-the-npm-registry.md); users of the packages may run older Node.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
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

/** What one run of a command printed, and how it ended. */
export interface RunResult {
  status: number | null;
  stderr: string;
  /** Set when the command could not be started at all (npm missing from PATH). */
  error?: Error;
}

/** Runs a command to completion, capturing what it wrote to stderr (npm's own error message). */
export type Runner = (command: string, args: readonly string[], env: NodeJS.ProcessEnv) => RunResult;

const spawnRunner: Runner = (command, args, env) => {
  const result = spawnSync(command, [...args], { env, encoding: "utf8", stdio: ["ignore", "ignore", "pipe"] });
  return { status: result.status, stderr: result.stderr ?? "", ...(result.error && { error: result.error }) };
};

/** Blocks for `ms` (the checks that call this are synchronous scripts). */
const sleepSync = (ms: number): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
};

/** Options for {@link npmPack}. */
export interface NpmPackOptions {
  /** The command that reruns the whole step alone, printed with a failure. */
  rerun: string;
  /** Tries before giving up. Default 3. */
  attempts?: number;
  /** Wait before the second, third, … try, in ms. */
  delaysMs?: readonly number[];
  env?: NodeJS.ProcessEnv;
  run?: Runner;
  sleep?: (ms: number) => void;
}

/**
 * `npm pack <spec> --pack-destination <dir>`, tried again after a pause when it fails (a registry hiccup on a fresh
 * machine must not fail the whole test run). A last failure throws with npm's own message, what was being done and
 * how to rerun that step alone: `--silent` once hid all three, and a first run failed with no reason printed.
 */
export function npmPack(spec: string, dir: string, options: NpmPackOptions): void {
  const { attempts = 3, delaysMs = [2_000, 5_000], env = process.env, run = spawnRunner, sleep = sleepSync } = options;
  // --loglevel=error: npm's warnings about pnpm's settings stay out, its errors stay in.
  const args = ["pack", spec, "--pack-destination", dir, "--loglevel=error"];
  const failures: string[] = [];
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const result = run("npm", args, env);
    if (result.status === 0 && !result.error) return;
    const said = result.error
      ? String(result.error)
      : result.stderr.trim() || `(npm printed nothing; exit code ${result.status})`;
    failures.push(`attempt ${attempt}: ${said}`);
    console.error(`oldest-node: npm pack ${spec} failed (attempt ${attempt} of ${attempts}):\n${said}`);
    if (attempt < attempts) sleep(delaysMs[attempt - 1] ?? delaysMs.at(-1) ?? 0);
  }
  throw new Error(
    [
      `could not download ${spec} (the oldest Node this package supports) from the npm registry after ${attempts} attempts.`,
      `What ran: npm ${args.join(" ")}`,
      `What npm said:\n${failures.join("\n")}`,
      `Rerun this step alone: ${options.rerun}`,
    ].join("\n"),
  );
}

/** Path to the Node binary of `version`, downloaded once from the npm registry into node_modules/.cache. */
export function nodeBinary(version: string, rerun = "pnpm test"): string {
  const cache = join(root, "node_modules", ".cache", "netstalker-node");
  const dir = join(cache, version);
  const exe = join("package", "bin", process.platform === "win32" ? "node.exe" : "node");
  const bin = join(dir, exe);
  if (existsSync(bin)) return bin;
  // Both packages' checks may run at once (turbo): each downloads into a folder of its own and moves it into place
  // whole, so neither sees, or deletes, the other's half-written files; the second to finish keeps the first's copy.
  mkdirSync(cache, { recursive: true });
  const work = mkdtempSync(join(cache, `${version}-`));
  try {
    // `npm pack` fetches the exact version's tarball (integrity-checked by npm) and runs no install scripts.
    // pnpm passes its own settings to scripts as npm_config_*; npm warns about the ones it does not know.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(
        ([key]) => !/^npm_config_(verify_deps_before_run|npm_globalconfig|node_version|_jsr_registry)$/i.test(key),
      ),
    );
    npmPack(binaryPackage(version), work, { rerun, env });
    const tarball = readdirSync(work).find((name) => name.endsWith(".tgz"));
    if (!tarball)
      throw new Error(`npm pack ${binaryPackage(version)} wrote no tarball. Rerun this step alone: ${rerun}`);
    execFileSync("tar", ["-xzf", join(work, tarball), "-C", work]);
    rmSync(join(work, tarball));
    const reported = execFileSync(join(work, exe), ["--version"], { encoding: "utf8" }).trim();
    if (reported !== `v${version}`) throw new Error(`${bin} reports ${reported}, expected v${version}`);
    // A folder left without the binary by an older version of this script is replaced.
    if (existsSync(dir) && !existsSync(bin)) rmSync(dir, { recursive: true, force: true });
    try {
      renameSync(work, dir);
    } catch (error) {
      if (!existsSync(bin)) throw error;
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return bin;
}

/** The oldest Node the package at `pkgDir` claims in `engines.node`: its version and binary. */
export function oldestNode(pkgDir: string): { version: string; bin: string } {
  const manifest = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")) as {
    name?: string;
    engines?: { node?: string };
  };
  const range = manifest.engines?.node;
  if (!range) throw new Error(`${pkgDir}/package.json has no engines.node`);
  const version = enginesFloor(range);
  return { version, bin: nodeBinary(version, `pnpm --filter ${manifest.name ?? pkgDir} check:package`) };
}
