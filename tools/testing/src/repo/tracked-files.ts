// The repository as git sees it: the root and the files it tracks (plus new ones it does not ignore), so repository
// checks never read node_modules, build output or anything else .gitignore keeps out.
import { execFileSync } from "node:child_process";
import path from "node:path";

/** The root of the git checkout that holds `from` (default: this package). */
export function repoRoot(from: string = import.meta.dirname): string {
  return execFileSync("git", ["rev-parse", "--show-toplevel"], { cwd: from, encoding: "utf8" }).trim();
}

/**
 * Paths (relative to `root`, with forward slashes) of every file git tracks or would track: committed, staged and
 * untracked-but-not-ignored, without the ones deleted from the working tree.
 */
export function trackedFiles(root: string = repoRoot()): string[] {
  const list = (...args: string[]) =>
    execFileSync("git", ["ls-files", "-z", ...args], { cwd: root, encoding: "utf8", maxBuffer: 64 << 20 })
      .split("\0")
      .filter((f) => f !== "");
  const deleted = new Set(list("--deleted"));
  const files = new Set([...list("--cached"), ...list("--others", "--exclude-standard")]);
  return [...files].filter((f) => !deleted.has(f)).sort();
}

/** `trackedFiles` below one folder of the repo (e.g. "packages/data"), as paths relative to the repo root. */
export function trackedFilesUnder(folder: string, root: string = repoRoot()): string[] {
  const prefix = `${folder.split(path.sep).join("/").replace(/\/$/, "")}/`;
  return trackedFiles(root).filter((f) => f.startsWith(prefix));
}
