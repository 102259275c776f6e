// The open-now badge under a mocked clock. This browser runs in America/Los_Angeles (see vitest.config.ts), so each
// case is also a check that the badge follows Japan time, not the viewer's. Expectations come from the records'
// own weekly rules, never from the function under test.
import "./define.js";
import type { ContactLocalized, Lang, ScheduleLocalized } from "@netstalker/data";
import { contactReach, LANGS, OPEN_BADGE_LABELS, openBadge } from "@netstalker/data/query";
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

const RANK: Expected[] = ["open", "unknown", "deferred", "closed"];

/**
 * What a card should say: the best state among the contact's calls and messages (a number kept for lines the main one
 * cannot reach is never the card's action), each from its own rules or the contact's.
 */
function expectedFor(contact: ContactLocalized, day: string, time: string, holiday: boolean): Expected {
  const remote = contact.channels.filter(
    (c) => c.type !== "web" && c.type !== "in-person" && !(c.type === "phone" && c.alternativeFor?.length),
  );
  const states = (remote.length ? remote : contact.channels).map((c) =>
    expectedAt(c.schedule ?? contact.schedule, day, time, holiday),
  );
  return RANK.find((s) => states.includes(s)) ?? "unknown";
}

async function badges(lang: Lang, instant: string): Promise<Map<string, { state: string; badge: string }>> {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(instant));
  const { root } = await mount({ lang, view: "contacts" });
  const out = new Map<string, { state: string; badge: string }>();
  for (const card of root.querySelectorAll<HTMLElement>("[part~=card]")) {
    out.set(card.dataset.contactId ?? "", {
      state: card.dataset.openStatus ?? "",
      badge: text(card.querySelector(":scope > .for [part~=badge]")),
    });
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
        ? OPEN_BADGE_LABELS.open[lang]
        : expected === "closed"
          ? OPEN_BADGE_LABELS.closed[lang]
          : schedule.type === "varies"
            ? OPEN_BADGE_LABELS.hoursVary[lang]
            : OPEN_BADGE_LABELS.unknown[lang];

  it.each(CASES)("$name, seen from Los Angeles", async ({ instant, day, time, holiday }) => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe("America/Los_Angeles");
    const shown = await badges(lang, instant);
    const contacts = localized(lang).contacts;
    expect(shown.size).toBe(contacts.length);
    for (const contact of contacts) {
      const expected = expectedFor(contact, day, time, holiday);
      const { state, badge } = shown.get(contact.id) ?? { state: "", badge: "" };
      expect(state, `${contact.id} at ${instant}: ${badge}`).toBe(expected);
      if (expected === "deferred") expect(badge).toBe(t.deferred);
      if (expected === "unknown") expect(badge).toBe(label(expected, contact.schedule));
      if (expected !== "open") expect(badge).not.toContain(OPEN_BADGE_LABELS.open[lang]);
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
    expect(shown.get(weekly.id)?.badge).toContain(opens);
    // In @netstalker/data's words (openBadge), the same the docs show beside the row: "12/3(木) 8:30(日本時間)から".
    const now = new Date("2026-12-02T14:00:00Z");
    const reach = contactReach(weekly, now);
    expect(reach?.status.state).toBe("closed");
    expect(shown.get(weekly.id)?.badge).toBe(reach && openBadge(reach.status, now, lang).when);
  });
});
