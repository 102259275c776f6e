// The released snapshots in releases/ and the change log built from them, as shipped in the package.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readSnapshots } from "../../build/emit-feed.js";
import { snapshotRelease } from "../../scripts/snapshot-release.js";
import { changeLog, diffSnapshots } from "../../src/feed/index.js";
import { dataset } from "../../src/generated/dataset.js";

const pkgRoot = join(import.meta.dirname, "../..");

describe("released snapshots", () => {
  it("start with 0.1.0 and every file is named after its version", async () => {
    const snapshots = await readSnapshots(join(pkgRoot, "releases"));
    expect(snapshots.map((s) => s.version)).toContain("0.1.0");
  });

  it("the shipped change log lists 0.1.0 as the first release, with every record added", async () => {
    const first = changeLog.at(-1);
    expect(first?.version).toBe("0.1.0");
    expect(first?.previous).toBeNull();
    const feed = JSON.parse(await readFile(join(pkgRoot, "dist/feed.json"), "utf8")) as { items: { id: string }[] };
    expect(feed.items.map((i) => i.id)).toEqual(changeLog.map((v) => `@netstalker/data@${v.version}`));
  });

  it("the next release will call out the corrected phone numbers", async () => {
    const [released] = await readSnapshots(join(pkgRoot, "releases"));
    if (!released) throw new Error("no snapshot");
    const next = diffSnapshots(released, { ...dataset, version: "next", releasedAt: "2026-12-01" });
    const numbers = Object.fromEntries(next.changed.filter((c) => c.phoneNumbers).map((c) => [c.id, c.phoneNumbers]));
    expect(numbers["houterasu-crime-victim-dial"]).toEqual({ added: ["0570-079714"], removed: [] });
    expect(numbers["police-consultation-9110"]).toEqual({ added: ["052-953-9110"], removed: [] });
    expect(next.added.map((c) => c.id)).toContain("moj-line-jinken-soudan");
    // 0.1.0 was released before platforms and cautions: the next release adds every one of them.
    const added = (kind: string) => next.added.filter((c) => c.kind === kind).map((c) => c.id);
    expect(added("platforms").sort()).toEqual(dataset.platforms.map((p) => p.id).sort());
    expect(added("cautions")).toEqual(dataset.cautions.map((k) => k.id));
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
