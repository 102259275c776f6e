import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { profileFilesHolding } from "./profile-files.js";

let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("profileFilesHolding", () => {
  it("names the files, at any depth, that hold the marker in UTF-8 or UTF-16LE, and no others", () => {
    dir = mkdtempSync(path.join(tmpdir(), "profile-files-"));
    mkdirSync(path.join(dir, "Default", "Sessions"), { recursive: true });
    writeFileSync(path.join(dir, "Default", "Sessions", "Session_1"), Buffer.from("x 元彼MARK y", "utf16le"));
    writeFileSync(path.join(dir, "Default", "History"), Buffer.from("url#元彼MARK", "utf8"));
    writeFileSync(path.join(dir, "Local State"), Buffer.from("元彼MAR", "utf8"));
    expect(profileFilesHolding(dir, "元彼MARK").sort()).toEqual([
      path.join("Default", "History"),
      path.join("Default", "Sessions", "Session_1"),
    ]);
  });
});
