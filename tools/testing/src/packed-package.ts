// The one check of a package as npm will ship it, used by every published package's check:package script:
// publint and attw on the packed tarball; what the tarball must hold (LICENSE, the package fields adopters and npm
// provenance need) and must not (placeholder domains); then a consumer folder with the tarball, the packed workspace
// packages it depends on and its registry dependencies, where a smoke script imports every entry point on the
// project's Node and on the oldest Node the package claims in engines.node.
import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";

/** Hostnames that can never be the real one (RFC 2606, RFC 6761): a URL naming one in a tarball is a placeholder. */
export const PLACEHOLDER_URL =
  /\bhttps?:\/\/(?:[a-z0-9-]+\.)*(?:example|invalid|test|localhost|example\.(?:com|net|org))(?=[/:"'\s)`]|$)/i;

/** Fields every published package.json carries: npm provenance needs `repository`; adopters need the others. */
export const REQUIRED_FIELDS = ["license", "repository", "homepage", "bugs", "engines"] as const;

/** What is wrong with an unpacked tarball at `dir` (empty when nothing): missing files and fields, placeholder URLs. */
export function tarballProblems(dir: string): string[] {
  const problems: string[] = [];
  if (!existsSync(join(dir, "LICENSE"))) problems.push("LICENSE is missing");
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Record<string, unknown>;
  for (const field of REQUIRED_FIELDS) if (!manifest[field]) problems.push(`package.json has no "${field}"`);
  // A CDN snippet in the README must load the version it ships with (scripts/pin-snippet-versions.ts keeps it so).
  const readme = existsSync(join(dir, "README.md")) ? readFileSync(join(dir, "README.md"), "utf8") : "";
  for (const m of readme.matchAll(/cdn\.jsdelivr\.net\/npm\/(@[\w-]+\/[\w-]+)(@[^/\s"]+)?\//g)) {
    if (m[1] === manifest.name && m[2] !== `@${String(manifest.version)}`) {
      problems.push(`README.md loads ${m[0]} instead of pinning ${String(manifest.version)}`);
    }
  }
  const walk = (at: string): string[] =>
    readdirSync(at).flatMap((name) => {
      const path = join(at, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  for (const file of walk(dir)) {
    const match = PLACEHOLDER_URL.exec(readFileSync(file, "utf8"));
    if (match) problems.push(`${relative(dir, file)} names a placeholder URL: ${match[0]}`);
  }
  return problems;
}

/** One package to check. */
export interface PackedPackageCheck {
  /** The package's folder. */
  pkgRoot: string;
  /** Its name, e.g. @netstalker/widget. */
  name: string;
  /** Folders of workspace packages it depends on, installed from their own tarballs. */
  workspaceDeps?: string[];
  /** The smoke script (ESM) run in the consumer folder: import every entry point and assert on what it gives. */
  smoke: string;
  /** The Node binaries to run the smoke script on (the project's and the engines floor). */
  nodes: string[];
}

const run = (cmd: string, args: string[], cwd: string) => execFileSync(cmd, args, { cwd, stdio: "inherit" });

/** Runs the whole check; throws (with the problems listed) on the first failure. */
export function checkPackedPackage(check: PackedPackageCheck): void {
  const scratch = mkdtempSync(join(tmpdir(), "netstalker-pack-"));
  const consumer = join(scratch, "consumer");
  const modules = join(consumer, "node_modules");
  try {
    /** Packs the package at `dir` (pnpm applies publishConfig), checks the tarball, unpacks it into the consumer. */
    const install = (
      dir: string,
    ): { tgz: string; manifest: { name: string; dependencies?: Record<string, string> } } => {
      const out = mkdtempSync(join(scratch, "pack-"));
      execFileSync("pnpm", ["pack", "--pack-destination", out], { cwd: dir, stdio: "ignore" });
      const tarball = readdirSync(out).find((file) => file.endsWith(".tgz"));
      if (!tarball) throw new Error(`pnpm pack wrote no tarball in ${dir}`);
      const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
        name: string;
        dependencies?: Record<string, string>;
      };
      const target = join(modules, manifest.name);
      mkdirSync(target, { recursive: true });
      run("tar", ["-xzf", join(out, tarball), "-C", target, "--strip-components=1"], dir);
      const problems = tarballProblems(target);
      if (problems.length > 0) throw new Error(`${manifest.name} tarball:\n- ${problems.join("\n- ")}`);
      return { tgz: join(out, tarball), manifest };
    };
    /** Links each registry dependency as `dir` resolves it (pnpm's store keeps its own dependencies beside it). */
    const linkDeps = (dir: string, deps: Record<string, string> = {}) => {
      for (const [dep, range] of Object.entries(deps)) {
        if (range.startsWith("workspace:") || existsSync(join(modules, dep))) continue;
        mkdirSync(dirname(join(modules, dep)), { recursive: true });
        symlinkSync(realpathSync(join(dir, "node_modules", dep)), join(modules, dep), "dir");
      }
    };

    run("pnpm", ["exec", "publint", "run", "--strict", "--pack", "pnpm"], check.pkgRoot);
    const { tgz, manifest } = install(check.pkgRoot);
    run("pnpm", ["exec", "attw", tgz, "--profile", "esm-only", "--format", "table-flipped"], check.pkgRoot);
    linkDeps(check.pkgRoot, manifest.dependencies);
    for (const dir of check.workspaceDeps ?? []) linkDeps(dir, install(dir).manifest.dependencies);

    const smoke = join(consumer, "smoke.mjs");
    writeFileSync(smoke, check.smoke);
    for (const node of check.nodes) run(node, [smoke], consumer);
  } catch (error) {
    // Say which check failed (the command is in the message) and how to run it again without the whole test run.
    console.error(
      `check:package of ${check.name} failed: ${error instanceof Error ? error.message : String(error)}\nRerun this step alone: pnpm --filter ${check.name} check:package`,
    );
    process.exitCode = 1;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
