// The open-now badge under a mocked clock. This browser runs in America/Los_Angeles (see vitest.config.ts), so each
// case is also a check that the badge follows Japan time, not the viewer's. Expectations come from the records'
// own weekly rules, never from the function under test.
import "./define.js";
import type { Lang, ScheduleLocalized } from "@netstalker/data";
import { LANGS } from "@netstalker/data/query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { uiText } from "./i18n.js";
import { localized, mount, text } from "./test-support/fixtures.js";

afterEach(() => {
  document.body.replaceChildren();
  vi.useRealTimers();
});

type Expected = "open" | "closed" | "unknown" | "deferred";

/** What a weekly rule set says at `day` and `time` (HH:MM) in Japan, for spans that do not pass midnight. */
function expectedAt(schedule: ScheduleLocalized, day: string, time: string, holiday: boolean): Expected {
  if (schedule.type === "always") return "open";
  if (schedule.type === "varies") return "unknown";
  // A form that accepts any time and is answered later is never open (@netstalker/data: open = a person answers now):
  // it says "24時間受付(返信は後日)" at every hour.
  if (schedule.type === "deferred") return "deferred";
  // Holiday cases here fall on days that are both a national holiday and inside the year-end period.
  if (holiday && schedule.closedOn.length > 0) return "closed";
  if (holiday && (schedule.unknownOn?.length ?? 0) > 0) return "unknown";
  const open = schedule.rules.some(
    (r) => r.days.some((d) => d === day) && r.opens < r.closes && r.opens <= time && time < r.closes,
  );
  return open ? "open" : "closed";
}

async function badges(lang: Lang, instant: string): Promise<Map<string, string>> {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(instant));
  const { root } = await mount({ lang, view: "contacts" });
  const out = new Map<string, string>();
  for (const card of root.querySelectorAll<HTMLElement>("[part~=card]")) {
    out.set(card.dataset.contactId ?? "", text(card.querySelector(".card-head [part~=badge]")));
  }
  return out;
}

const CASES = [
  // Wednesday 2 December 2026, 09:00 in Japan = 00:00 UTC = Tuesday 16:00 in Los Angeles.
  { name: "weekday 09:00 JST", instant: "2026-12-02T00:00:00Z", day: "wed", time: "09:00", holiday: false },
  // 元日: Friday 1 January 2027, 12:00 in Japan (a national holiday and inside the year-end closure).
  { name: "元日 12:00 JST", instant: "2027-01-01T03:00:00Z", day: "fri", time: "12:00", holiday: true },
  // Wednesday 2 December 2026, 23:00 in Japan = 06:00 the same day in Los Angeles.
  { name: "weekday 23:00 JST", instant: "2026-12-02T14:00:00Z", day: "wed", time: "23:00", holiday: false },
] as const;

describe.each(LANGS)("open-now badge in %s", (lang) => {
  const t = uiText(lang);
  const label = (expected: Expected, schedule: ScheduleLocalized): string =>
    expected === "deferred"
      ? t.deferred
      : expected === "open"
        ? t.openNow
        : expected === "closed"
          ? t.closedNow
          : schedule.type === "varies"
            ? t.hoursVary
            : t.openUnknown;

  it.each(CASES)("$name, seen from Los Angeles", async ({ instant, day, time, holiday }) => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe("America/Los_Angeles");
    const shown = await badges(lang, instant);
    const contacts = localized(lang).contacts;
    expect(shown.size).toBe(contacts.length);
    for (const contact of contacts) {
      const expected = expectedAt(contact.schedule, day, time, holiday);
      const badge = shown.get(contact.id) ?? "";
      expect(badge.startsWith(label(expected, contact.schedule)), `${contact.id} at ${instant}: ${badge}`).toBe(true);
      if (expected === "deferred") expect(badge).not.toContain(t.openNow);
    }
  });

  it("a closed weekday window says when it opens next, in Japan time", async () => {
    const shown = await badges(lang, "2026-12-02T14:00:00Z");
    const weekly = localized(lang).contacts.find(
      (c) => c.schedule.type === "weekly" && c.schedule.rules.some((r) => r.days.includes("thu")),
    );
    if (weekly?.schedule.type !== "weekly") throw new Error("the dataset has no weekday window");
    const opens = weekly.schedule.rules.find((r) => r.days.includes("thu"))?.opens.replace(/^0/, "");
    // Thursday's opening, written in Japan time (the Los Angeles clock would say Wednesday afternoon).
    expect(shown.get(weekly.id)).toContain(opens);
  });
});
