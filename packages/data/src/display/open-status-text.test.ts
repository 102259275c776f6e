import { describe, expect, it } from "vitest";
import { describeOpenStatus, openBadge } from "./open-status-text.js";

// 2026-12-01 is a Tuesday; 00:00 UTC is 09:00 in Japan.
const now = new Date("2026-12-01T00:00:00Z");

describe("describeOpenStatus", () => {
  it("never claims open or closed when the data package says unknown", () => {
    const text = describeOpenStatus({ open: "unknown", opensAt: null, closesAt: null }, now, "en");
    expect(text).not.toMatch(/^Open|^Closed/);
  });
  it("gives the closing time when open", () => {
    const text = describeOpenStatus(
      { open: true, opensAt: null, closesAt: new Date("2026-12-01T08:15:00Z") },
      now,
      "ja",
    );
    expect(text).toContain("17:15");
  });
  it("gives the next opening when closed", () => {
    const text = describeOpenStatus(
      { open: false, opensAt: new Date("2026-12-01T23:30:00Z"), closesAt: null },
      now,
      "en",
    );
    expect(text).toMatch(/^Closed now\. Opens .*8:30 Japan time\.$/);
  });
});

describe("describeOpenStatus for channels that reply later", () => {
  it("never says open for a form, and says replies come later", () => {
    const now = new Date("2026-12-06T03:00:00+09:00");
    const closed = { open: false, opensAt: null, closesAt: null } as const;
    expect(describeOpenStatus(closed, now, "ja", true)).toMatch(/^24時間受付\(返信は後日\)。/);
    expect(describeOpenStatus(closed, now, "en", true)).toMatch(/^Accepts any time; replies on business days\./);
    expect(describeOpenStatus(closed, now, "ja", true)).not.toContain("受付中です");
  });
});

describe("openBadge", () => {
  const base = { opensAt: null, closesAt: null, reason: null } as const;
  it("says open with the closing time in Japan time", () => {
    const badge = openBadge({ ...base, state: "open", closesAt: new Date("2026-12-01T08:15:00Z") }, now, "ja");
    expect(badge).toEqual({ state: "open", label: "受付中", when: "17:15(日本時間)まで" });
    expect(openBadge({ ...base, state: "open" }, now, "en")).toEqual({ state: "open", label: "Open now", when: null });
  });
  it("says closed with the next opening, naming the day when it is not today", () => {
    const badge = openBadge({ ...base, state: "closed", opensAt: new Date("2026-12-01T23:30:00Z") }, now, "en");
    expect(badge.label).toBe("Closed now");
    expect(badge.when).toMatch(/^Opens Wed 2 Dec 8:30 \(Japan time\)$/);
  });
  it("never calls a form open, and tells varying hours from an unconfirmed day", () => {
    expect(openBadge({ ...base, state: "deferred" }, now, "ja").label).toBe("24時間受付(返信は後日)");
    expect(openBadge({ ...base, state: "unknown", reason: "hours-vary" }, now, "en").label).toBe("Hours vary by area");
    expect(openBadge({ ...base, state: "unknown", reason: "unconfirmed-day" }, now, "ja").label).toBe(
      "今日の受付は要確認",
    );
  });
});
