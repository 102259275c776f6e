// The first screen's grouping, on the real dataset at the five moments the issue names (Japan time) and on small
// schedules whose answer is known by hand.
import { describe, expect, it } from "vitest";
import { PREFECTURES, parsePrefecture } from "../display/prefectures.js";
import { contacts } from "../index.js";
import type { Schedule } from "../schema/schedule.js";
import { MOMENTS } from "../test-support/moments.js";
import { CHANNEL_MODES, isNoVoiceChannel, NO_VOICE_CHANNEL_TYPES } from "./channel-modes.js";
import { effectiveSchedule, isOpenAt } from "./open-now.js";
import {
  contactReach,
  coveragePrefectures,
  REACH_STATES,
  reachableNow,
  requireRegion,
  scheduleReach,
} from "./reachable.js";

const jst = (local: string) => new Date(`${local}+09:00`);

const weekdays: Schedule = {
  type: "weekly",
  timezone: "Asia/Tokyo",
  rules: [{ days: ["mon", "tue", "wed", "thu", "fri"], opens: "08:30", closes: "17:15" }],
  closedOn: ["national-holidays", "year-end"],
};

describe("scheduleReach", () => {
  it("gives the four states, the next opening when closed and why when unknown", () => {
    expect(scheduleReach(weekdays, jst("2026-12-09T10:00"))).toEqual({
      state: "open",
      opensAt: null,
      closesAt: jst("2026-12-09T17:15"),
      reason: null,
    });
    // Wednesday 23:00 → Thursday 8:30.
    expect(scheduleReach(weekdays, jst("2026-12-09T23:00"))).toMatchObject({
      state: "closed",
      opensAt: jst("2026-12-10T08:30"),
    });
    // 31 December → the year end closure runs to 3 January (a Sunday in 2027), so Monday 4 January.
    expect(scheduleReach(weekdays, jst("2026-12-31T20:00")).opensAt).toEqual(jst("2027-01-04T08:30"));
    expect(scheduleReach({ type: "deferred", timezone: "Asia/Tokyo" }, 0)).toMatchObject({ state: "deferred" });
    expect(scheduleReach({ type: "varies", timezone: "Asia/Tokyo", note: "x" }, 0)).toMatchObject({
      state: "unknown",
      reason: "hours-vary",
    });
    expect(
      scheduleReach({ ...weekdays, closedOn: [], unknownOn: ["year-end"] }, jst("2026-12-30T10:00")),
    ).toMatchObject({ state: "unknown", reason: "unconfirmed-day" });
    expect(scheduleReach(undefined, 0)).toMatchObject({ state: "unknown", reason: "no-hours" });
  });
});

describe("channel modes", () => {
  it("names the no-voice types once, from CHANNEL_MODES", () => {
    expect(NO_VOICE_CHANNEL_TYPES).toEqual(["chat", "line", "email", "form", "app", "relay"]);
    for (const type of NO_VOICE_CHANNEL_TYPES) expect(CHANNEL_MODES[type]).toBe("text");
    expect(CHANNEL_MODES.phone).toBe("voice");
    expect(CHANNEL_MODES.shortcode).toBe("voice");
  });
});

describe("prefectures", () => {
  it("has 47 codes 01-47 and reads codes and names in ja and en", () => {
    expect(PREFECTURES).toHaveLength(47);
    expect(PREFECTURES.map((p) => p.code)).toEqual(
      Array.from({ length: 47 }, (_, i) => String(i + 1).padStart(2, "0")),
    );
    for (const input of ["13", "東京都", "東京", "Tokyo", "tokyo", "Tōkyō", "Tokyo-to", "１３"]) {
      expect(parsePrefecture(input)?.code, input).toBe("13");
    }
    expect(parsePrefecture("1")?.ja).toBe("北海道");
    expect(parsePrefecture("北海道")?.code).toBe("01");
    expect(parsePrefecture("Hyōgo")?.code).toBe("28");
    for (const bad of ["", "0", "48", "99", "Atlantis", "東京タワー"])
      expect(parsePrefecture(bad), bad).toBeUndefined();
    expect(() => requireRegion("48")).toThrow(/not a prefecture/);
  });

  it("every regional contact names a prefecture in its area", () => {
    for (const c of contacts.filter((c) => c.coverage.scope === "regional")) {
      expect(coveragePrefectures(c).length, c.id).toBeGreaterThan(0);
    }
  });
});

describe.each(MOMENTS)("reachableNow on the dataset at %s (Japan time)", (_, local) => {
  const at = jst(local);

  it("groups in state order; every 'open' one answers now on the channel it offers; closed by next opening", () => {
    const { groups } = reachableNow(contacts, at);
    expect(groups.map((g) => g.state)).toEqual(REACH_STATES.filter((s) => groups.some((g) => g.state === s)));
    for (const group of groups) {
      for (const item of group.items) {
        expect(item.status.state).toBe(group.state);
        const open = isOpenAt(effectiveSchedule(item.contact, item.channel), at);
        expect(open, item.contact.id).toBe(
          group.state === "open" ? true : group.state === "unknown" ? "unknown" : false,
        );
      }
    }
    const closed = groups.find((g) => g.state === "closed")?.items ?? [];
    const openings = closed.map((r) => r.status.opensAt?.getTime() ?? Number.POSITIVE_INFINITY);
    expect(openings).toEqual([...openings].sort((a, b) => a - b));
    // 110 answers at every hour and is first when not omitted; omitted, it is gone.
    expect(groups[0]?.items[0]?.contact.id).toBe("police-emergency-110");
    const omitted = reachableNow(contacts, at, { omitEmergency: true });
    expect(omitted.groups.flatMap((g) => g.items).some((r) => r.contact.urgency === "emergency")).toBe(false);
  });

  it("channel=text keeps only no-voice channels, in the same order of states", () => {
    const { groups } = reachableNow(contacts, at, { channel: "text" });
    const items = groups.flatMap((g) => g.items);
    // Within a state, an app or relay service that needs registering comes after what works this minute.
    for (const g of groups) {
      const setUp = g.items.map((r) => "needsRegistration" in r.channel && r.channel.needsRegistration === true);
      expect(setUp, g.state).toEqual([...setUp].sort((a, b) => Number(a) - Number(b)));
    }
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(isNoVoiceChannel(item.channel), item.contact.id).toBe(true);
    // Every contact with a form or LINE is offered; none with only calls.
    const withText = contacts.filter((c) => c.channels.some(isNoVoiceChannel)).map((c) => c.id);
    expect(new Set(items.map((r) => r.contact.id))).toEqual(
      new Set(withText.filter((id) => !contacts.find((c) => c.id === id && c.coverage.scope === "regional"))),
    );
  });

  it("a region ranks its own regional contacts and drops the others; no region folds them by area", () => {
    const none = reachableNow(contacts, at);
    const regional = contacts.filter((c) => c.coverage.scope === "regional");
    const regionalIds = regional.map((c) => c.id);
    const inTokyo = regional.filter((c) => coveragePrefectures(c).some((p) => p.code === "13")).map((c) => c.id);
    expect(inTokyo).toContain("mpd-stalker-desk");
    expect(none.groups.flatMap((g) => g.items).some((r) => regionalIds.includes(r.contact.id))).toBe(false);
    expect(none.elsewhere.flatMap((g) => g.items.map((r) => r.contact.id)).sort()).toEqual([...regionalIds].sort());
    // Grouped by the area the records name: Tokyo's own desks together.
    const tokyoGroup = none.elsewhere.find((g) => g.prefectures.length === 1 && g.prefectures[0]?.code === "13");
    expect(tokyoGroup?.items.map((r) => r.contact.id)).toContain("mpd-stalker-desk");

    const tokyo = reachableNow(contacts, at, { region: requireRegion("東京都") });
    expect(tokyo.elsewhere).toEqual([]);
    expect(tokyo.groups.flatMap((g) => g.items).map((r) => r.contact.id)).toEqual(expect.arrayContaining(inTokyo));

    const aomori = reachableNow(contacts, at, { region: requireRegion("02") });
    expect(aomori.elsewhere).toEqual([]);
    expect(aomori.groups.flatMap((g) => g.items).some((r) => regionalIds.includes(r.contact.id))).toBe(false);
  });
});

describe("contactReach", () => {
  it("never offers a number kept for rotary or IP phones as the main action, and explains #9110 as varying", () => {
    const c9110 = contacts.find((c) => c.id === "police-consultation-9110");
    if (!c9110) throw new Error("police-consultation-9110 missing");
    const reach = contactReach(c9110, jst("2026-12-09T10:00"));
    expect(reach?.channel.type).toBe("shortcode");
    expect(reach?.status).toMatchObject({ state: "unknown", reason: "hours-vary" });
    expect(contactReach(c9110, jst("2026-12-09T10:00"), "text")).toBeNull();
  });
});
