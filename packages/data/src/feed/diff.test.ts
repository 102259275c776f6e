import { describe, expect, it } from "vitest";
import {
  buildChangeLog,
  changesSince,
  compareVersions,
  type DatasetSnapshot,
  diffSnapshots,
  FEED_RECORD_KINDS,
  UnknownVersionError,
} from "./diff.js";
import { describeVersion, toJsonFeed } from "./json-feed.js";

const line = (id: string, number: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: { ja: `窓口${id}`, en: `Line ${id}` },
  channels: [{ type: "phone", number }],
  verifiedAt: "2026-11-29",
  ...extra,
});
type Rec = { id: string } & Record<string, unknown>;
const snap = (version: string, releasedAt: string, contacts: readonly Rec[]): DatasetSnapshot => ({
  version,
  releasedAt,
  contacts,
  remedies: [],
  faqs: [{ id: "q", question: { ja: "質問", en: "Question" }, answer: { ja: "答え", en: "Answer" } } as Rec],
});

const v1 = snap("0.1.0", "2026-12-01", [
  line("a", "0570-000-001"),
  line("b", "0120-000-002"),
  line("c", "03-0000-0003"),
]);
const v2 = snap("0.2.0", "2027-01-10", [
  line("a", "0120-000-009"),
  line("b", "0120-000-002", { verifiedAt: "2027-01-09" }),
  line("d", "03-0000-0004"),
]);
const v3 = snap("0.10.0", "2027-03-01", [line("a", "0120-000-009"), line("d", "03-0000-0004")]);

describe("diffSnapshots", () => {
  it("lists added, changed (with fields) and removed records, calling out phone-number changes", () => {
    const d = diffSnapshots(v1, v2);
    expect(d).toMatchObject({ version: "0.2.0", previous: "0.1.0", date: "2027-01-10" });
    expect(d.added.map((c) => c.id)).toEqual(["d"]);
    expect(d.changed).toEqual([
      {
        kind: "contacts",
        id: "a",
        name: { ja: "窓口a", en: "Line a" },
        fields: ["channels"],
        phoneNumbers: { added: ["0120-000-009"], removed: ["0570-000-001"] },
      },
      { kind: "contacts", id: "b", name: { ja: "窓口b", en: "Line b" }, fields: ["verifiedAt"] },
    ]);
    expect(d.removed).toEqual([
      {
        kind: "contacts",
        id: "c",
        name: { ja: "窓口c", en: "Line c" },
        fields: [],
        phoneNumbers: { added: [], removed: ["03-0000-0003"] },
      },
    ]);
  });

  it("ignores key order and reports nothing for an identical record", () => {
    const reordered = snap("0.1.1", "2026-12-02", [
      {
        verifiedAt: "2026-11-29",
        channels: [{ number: "0570-000-001", type: "phone" }],
        name: { en: "Line a", ja: "窓口a" },
        id: "a",
      },
    ]);
    const d = diffSnapshots(snap("0.1.0", "2026-12-01", [line("a", "0570-000-001")]), reordered);
    expect(d.changed).toEqual([]);
  });

  it("treats the first release as all added", () => {
    const d = diffSnapshots(null, v1);
    expect(d.previous).toBeNull();
    expect(d.added).toHaveLength(4);
  });
});

describe("buildChangeLog and changesSince", () => {
  it("orders by semver (0.10.0 after 0.2.0), newest first, and keeps removals listed", () => {
    const log = buildChangeLog([v3, v1, v2]);
    expect(log.map((v) => v.version)).toEqual(["0.10.0", "0.2.0", "0.1.0"]);
    expect(log[0]?.removed.map((c) => c.id)).toEqual(["b"]);
    expect(log[1]?.removed.map((c) => c.id)).toEqual(["c"]);
  });

  it("returns the versions after `since`", () => {
    const log = buildChangeLog([v1, v2, v3]);
    expect(changesSince(log, "0.1.0").map((v) => v.version)).toEqual(["0.10.0", "0.2.0"]);
    expect(changesSince(log, "0.10.0")).toEqual([]);
    expect(changesSince(log)).toHaveLength(3);
  });

  it("refuses malformed and unknown versions", () => {
    const log = buildChangeLog([v1]);
    expect(() => changesSince(log, "latest")).toThrow(UnknownVersionError);
    expect(() => changesSince(log, "latest")).toThrow(/not a version/);
    expect(() => changesSince(log, "9.9.9")).toThrow(/never released/);
  });

  it("refuses two snapshots of one version", () => {
    expect(() => buildChangeLog([v1, v1])).toThrow(/two snapshots/);
  });

  it("compares pre-releases before their release", () => {
    expect(compareVersions("1.0.0-rc.1", "1.0.0")).toBeLessThan(0);
    expect(compareVersions("0.10.0", "0.9.0")).toBeGreaterThan(0);
  });
});

describe("JSON Feed 1.1", () => {
  it("has one item per version with the structured changes and the phone numbers first in the text", () => {
    const feed = toJsonFeed(buildChangeLog([v1, v2]), { homePageUrl: "https://example.org/changelog/" });
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.home_page_url).toBe("https://example.org/changelog/");
    expect(feed.items.map((i) => i.id)).toEqual(["@netstalker/data@0.2.0", "@netstalker/data@0.1.0"]);
    expect(feed.items[0]?.date_published).toBe("2027-01-10T00:00:00+09:00");
    expect(feed.items[0]?._netstalker.changed[0]?.phoneNumbers?.added).toEqual(["0120-000-009"]);
    const text = describeVersion(buildChangeLog([v1, v2])[0] ?? diffSnapshots(null, v1));
    expect(text.indexOf("Phone numbers changed on: a, c.")).toBeLessThan(text.indexOf("Added"));
    expect(text).toContain("PHONE NUMBERS added 0120-000-009 removed 0570-000-001");
  });
});

describe("platforms and cautions in the feed", () => {
  const older = {
    version: "0.1.0",
    releasedAt: "2026-12-01",
    contacts: [{ id: "a", name: { ja: "窓口", en: "Line" } }],
    remedies: [],
    faqs: [],
  };
  const platform = { id: "x", name: { ja: "X(旧Twitter)", en: "X (formerly Twitter)" }, routes: ["form"] };
  const caution = { id: "c", title: { ja: "注意", en: "Caution" }, body: "one" };

  it("a snapshot from before platforms existed reads them as absent: every platform and caution is added", () => {
    const next = { ...older, version: "0.2.0", platforms: [platform], cautions: [caution] };
    const changes = diffSnapshots(older, next);
    expect(changes.added).toEqual([
      { kind: "platforms", id: "x", name: platform.name, fields: [] },
      { kind: "cautions", id: "c", name: caution.title, fields: [] },
    ]);
    expect(changes.changed).toEqual([]);
  });

  it("reports a changed platform route and a removed caution", () => {
    const before = { ...older, platforms: [platform], cautions: [caution] };
    const after = { ...older, version: "0.2.0", platforms: [{ ...platform, routes: ["new form"] }], cautions: [] };
    const changes = diffSnapshots(before, after);
    expect(changes.changed).toEqual([{ kind: "platforms", id: "x", name: platform.name, fields: ["routes"] }]);
    expect(changes.removed).toEqual([{ kind: "cautions", id: "c", name: caution.title, fields: [] }]);
  });

  it("the kinds are the record lists a dataset holds", () => {
    expect(FEED_RECORD_KINDS).toEqual(["contacts", "remedies", "faqs", "platforms", "cautions"]);
  });
});
