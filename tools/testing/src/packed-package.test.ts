import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { PLACEHOLDER_URL, tarballProblems } from "./packed-package.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function unpacked(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "netstalker-tarball-"));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const GOOD = JSON.stringify({
  license: "MIT",
  repository: { type: "git", url: "git+https://host/x.git" },
  homepage: "https://host/x",
  bugs: "https://host/x/issues",
  engines: { node: ">=20" },
});

describe("tarballProblems", () => {
  it("passes a tarball with LICENSE, the fields and no placeholder", () => {
    expect(tarballProblems(unpacked({ LICENSE: "MIT", "package.json": GOOD, "dist/a.js": "x" }))).toEqual([]);
  });

  it("names a missing LICENSE, missing fields and every file with a placeholder URL", () => {
    const dir = unpacked({
      "package.json": JSON.stringify({ license: "MIT" }),
      "dist/feed.json": '{"home_page_url":"https://netstalker-help.example/en/changelog/"}',
    });
    expect(tarballProblems(dir)).toEqual([
      "LICENSE is missing",
      'package.json has no "repository"',
      'package.json has no "homepage"',
      'package.json has no "bugs"',
      'package.json has no "engines"',
      "dist/feed.json names a placeholder URL: https://netstalker-help.example",
    ]);
  });

  it("names a README CDN snippet that does not pin the packed version", () => {
    const manifest = JSON.stringify({ ...JSON.parse(GOOD), name: "@scope/w", version: "1.2.3" });
    const cdn = "https://cdn.jsdelivr.net/npm/@scope/w";
    const ok = unpacked({
      LICENSE: "x",
      "package.json": manifest,
      "README.md": `<script src="${cdn}@1.2.3/dist/w.js">`,
    });
    expect(tarballProblems(ok)).toEqual([]);
    const bare = unpacked({ LICENSE: "x", "package.json": manifest, "README.md": `<script src="${cdn}/dist/w.js">` });
    expect(tarballProblems(bare)).toEqual(["README.md loads cdn.jsdelivr.net/npm/@scope/w/ instead of pinning 1.2.3"]);
  });

  it.each([
    ["https://netstalker-help.example/", true],
    ["http://api.example.org", true],
    ["https://x.test/a", true],
    ["https://www.example.jp", false],
    ["https://docs.host.jp", false],
  ])("treats %s as a placeholder: %s", (url, placeholder) => {
    expect(PLACEHOLDER_URL.test(url)).toBe(placeholder);
  });
});
