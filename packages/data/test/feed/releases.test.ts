// The released snapshots in releases/ and the change log built from them, as shipped in the package.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { feedUrls, readSnapshots } from "../../pipeline/emit-feed.js";
import { snapshotRelease } from "../../scripts/snapshot-release.js";
import { changeLog, diffSnapshots } from "../../src/feed/index.js";
import { dataset } from "../../src/generated/dataset.js";

const pkgRoot = join(import.meta.dirname, "../..");

describe("released snapshots", () => {
  // Only versions published to npm have a snapshot (pnpm version-packages writes it, pnpm release checks it).
  it("are named after their versions, and the shipped change log and feed.json list exactly those versions", async () => {
    const snapshots = await readSnapshots(join(pkgRoot, "releases"));
    expect(changeLog.map((v) => v.version).sort()).toEqual(snapshots.map((s) => s.version).sort());
    const feed = JSON.parse(await readFile(join(pkgRoot, "dist/feed.json"), "utf8")) as { items: { id: string }[] };
    expect(feed.items.map((i) => i.id)).toEqual(changeLog.map((v) => `@netstalker/data@${v.version}`));
  });

  it("claim no release of the version being developed unless it was snapshotted at release", async () => {
    const snapshots = await readSnapshots(join(pkgRoot, "releases"));
    const current = snapshots.find((s) => s.version === dataset.version);
    // Either this version was released (and its snapshot equals the dataset), or it is not in the log at all.
    if (current) expect(diffSnapshots(current, { ...dataset, releasedAt: current.releasedAt }).changed).toEqual([]);
    else expect(changeLog.map((v) => v.version)).not.toContain(dataset.version);
  });
});

describe("feed URLs", () => {
  it("come from NETSTALKER_SITE_URL, and are absent without it", () => {
    expect(feedUrls({})).toEqual({});
    expect(feedUrls({ NETSTALKER_SITE_URL: "https://docs.host.jp/" })).toEqual({
      homePageUrl: "https://docs.host.jp/en/changelog/",
      feedUrl: "https://docs.host.jp/feed.json",
    });
  });
});

describe("snapshot script", () => {
  it("writes a missing snapshot, accepts an identical one, refuses to rewrite a released one", async () => {
    const dir = await mkdtemp(join(tmpdir(), "netstalker-releases-"));
    try {
      const built = { version: "9.0.0", contacts: [{ id: "a" }], remedies: [], faqs: [] };
      await expect(snapshotRelease(built, dir, { check: true, today: "2026-12-01" })).rejects.toThrow(/missing/);
      expect(await snapshotRelease(built, dir, { check: false, today: "2026-12-01" })).toBe(
        "wrote releases/9.0.0.json",
      );
      expect(JSON.parse(await readFile(join(dir, "9.0.0.json"), "utf8"))).toMatchObject({ releasedAt: "2026-12-01" });
      expect(await snapshotRelease(built, dir, { check: true, today: "2026-12-02" })).toContain("up to date");
      const changed = { ...built, contacts: [{ id: "b" }] };
      await expect(snapshotRelease(changed, dir, { check: false, today: "2026-12-02" })).rejects.toThrow(
        /never change/,
      );
      await writeFile(join(dir, "bad.json"), "{}");
      await expect(readSnapshots(dir)).rejects.toThrow(/name the file/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
