import { describe, expect, it } from "vitest";
import { describeOpenStatus } from "./open-status-text.js";

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
