// The browser-profile check of the widget's and the docs' traces suites: after a person typed a marker and the
// browser was closed, which files of its persistent profile still hold it (as UTF-8 or as UTF-16, as Chromium's
// session and history files write text).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** Every file under `dir`, recursively (a file that vanished meanwhile is skipped). */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    const stat = statSync(file, { throwIfNoEntry: false });
    if (!stat) return [];
    return stat.isDirectory() ? filesUnder(file) : [file];
  });
}

/** The files under `profile` (paths relative to it) whose bytes contain `marker` in UTF-8 or UTF-16LE. */
export function profileFilesHolding(profile: string, marker: string): string[] {
  const needles = [Buffer.from(marker, "utf8"), Buffer.from(marker, "utf16le")];
  return filesUnder(profile)
    .filter((file) => {
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch {
        return false;
      }
      return needles.some((needle) => bytes.includes(needle));
    })
    .map((file) => path.relative(profile, file));
}
