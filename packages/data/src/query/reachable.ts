// "Who can I reach right now, and how?": each contact's one action (the channel to use now) with its open status,
// and the contacts grouped as the first screen of every surface shows them: answering now, hours not known from here
// (they vary by place), answered later (forms), closed with the next opening. Japan time always (open-now.ts).
// The widget, the API and the docs all order and group contacts with this module, never on their own.
import { type Prefecture, parsePrefecture } from "../display/prefectures.js";
import type { Contact, ContactLocalized } from "../schema/contact.js";
import type { LocalizedText } from "../schema/primitives.js";
import { isNoVoiceChannel, isRemoteAction } from "./channel-modes.js";
import { type AnySchedule, effectiveSchedule, openStatus } from "./open-now.js";
import { REACH_STATES, type ReachState, type UnknownReason } from "./reach-vocabulary.js";

export { REACH_STATES, type ReachState, UNKNOWN_REASONS, type UnknownReason } from "./reach-vocabulary.js";

/** Which channels count: `any`, or `text` (no voice call: chat, LINE, e-mail, forms, …; see CHANNEL_MODES). */
export const CHANNEL_FILTERS = ["any", "text"] as const;
/** A channel filter: `any`, or `text` for "I can't talk on the phone". */
export type ChannelFilter = (typeof CHANNEL_FILTERS)[number];

/** A contact's or a channel's status at an instant. */
export interface ReachStatus {
  state: ReachState;
  /** When closed: the next opening, or null when it cannot be known within about 400 days. */
  opensAt: Date | null;
  /** When open: when it closes, or null when it does not (24 hours) or cannot be known. */
  closesAt: Date | null;
  /** When unknown: why; otherwise null. */
  reason: UnknownReason | null;
}

/** Any contact, bilingual or localized. */
type AnyContact = Contact | ContactLocalized;

/** One contact as the first screen shows it: the channel to use now and its status. */
export interface Reach<C extends AnyContact> {
  contact: C;
  /** The channel to use now (the best one for the filter), and its index in `contact.channels`. */
  channel: C["channels"][number];
  channelIndex: number;
  status: ReachStatus;
  /** For a regional contact, the prefectures its area names (empty when national or when it names none). */
  prefectures: Prefecture[];
}

/** The contacts of one state, in the order they are shown. */
export interface ReachGroup<C extends AnyContact> {
  state: ReachState;
  items: Reach<C>[];
}

/** Regional contacts of another (or an unnamed) region, folded under "for people in Tokyo". */
export interface ElsewhereGroup<C extends AnyContact> {
  /** The prefectures they serve (empty when their area names none). */
  prefectures: Prefecture[];
  /** Their area as the record writes it (string when localized). */
  area: C["coverage"]["area"];
  items: Reach<C>[];
}

/** The first screen: the groups in REACH_STATES order (empty ones left out), then the regional contacts elsewhere. */
export interface ReachableNow<C extends AnyContact> {
  groups: ReachGroup<C>[];
  elsewhere: ElsewhereGroup<C>[];
}

/** What reachableNow is asked. */
export interface ReachOptions {
  /** `text`: only channels that need no voice call, and only contacts that have one. Default `any`. */
  channel?: ChannelFilter;
  /**
   * The person's prefecture: regional contacts of it rank with the national ones, those of other prefectures are left
   * out. Without it every regional contact goes to `elsewhere`, grouped by its area, instead of ranking nationally.
   */
  region?: Prefecture;
  /** Leave out the emergency contacts (110): a surface that shows them in its danger line above. */
  omitEmergency?: boolean;
}

const STATE_RANK = new Map<ReachState, number>(REACH_STATES.map((state, i) => [state, i]));

/** A schedule's status at an instant, as one of the four states (with why, when unknown). */
export function scheduleReach(schedule: AnySchedule | undefined, at: Date | number): ReachStatus {
  if (!schedule) return { state: "unknown", opensAt: null, closesAt: null, reason: "no-hours" };
  if (schedule.type === "deferred") return { state: "deferred", opensAt: null, closesAt: null, reason: null };
  const status = openStatus(schedule, at);
  if (status.open === "unknown") {
    return {
      state: "unknown",
      opensAt: null,
      closesAt: null,
      reason: schedule.type === "varies" ? "hours-vary" : "unconfirmed-day",
    };
  }
  return status.open
    ? { state: "open", opensAt: null, closesAt: status.closesAt, reason: null }
    : { state: "closed", opensAt: status.opensAt, closesAt: null, reason: null };
}

/** Whether status `a` is the better one to offer than `b`: a better state, or the earlier opening when both closed. */
function better(a: ReachStatus, b: ReachStatus): boolean {
  const rank = (STATE_RANK.get(a.state) ?? 9) - (STATE_RANK.get(b.state) ?? 9);
  if (rank !== 0) return rank < 0;
  if (a.state !== "closed") return false;
  if (a.opensAt === null) return false;
  return b.opensAt === null || a.opensAt.getTime() < b.opensAt.getTime();
}

/**
 * The channels a contact can be reached by under a filter. A number kept for callers the main one cannot reach
 * (alternativeFor, e.g. a prefecture's line for rotary phones) is never the main action. With `any`, calls and
 * messages come first; a page or a visit is the action only for a contact that has nothing else.
 */
function candidates<C extends AnyContact>(contact: C, filter: ChannelFilter): number[] {
  const all = contact.channels.map((_, i) => i);
  const main = all.filter((i) => {
    const channel = contact.channels[i];
    return channel !== undefined && !(channel.type === "phone" && channel.alternativeFor?.length);
  });
  if (filter === "text") return main.filter((i) => isNoVoiceChannel(contact.channels[i] as C["channels"][number]));
  const remote = main.filter((i) => isRemoteAction(contact.channels[i] as C["channels"][number]));
  return remote.length > 0 ? remote : all;
}

/** The prefectures a regional contact's area names ("東京都・愛知県", "Tokyo and Aichi"); empty when national. */
export function coveragePrefectures(contact: AnyContact): Prefecture[] {
  if (contact.coverage.scope !== "regional") return [];
  const area: string | LocalizedText | undefined = contact.coverage.area;
  if (area === undefined) return [];
  const texts = typeof area === "string" ? [area] : [area.ja, area.en];
  for (const text of texts) {
    const found = text.split(/[・、,，]|\s+and\s+/).flatMap((part) => parsePrefecture(part) ?? []);
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * A contact's one action under a filter and its status at `at`: the channel answering now if any, else one whose
 * hours cannot be known, else a form, else the one opening soonest; the first listed wins a tie. null when the
 * contact has no channel the filter keeps (e.g. only phone lines, with `text`).
 */
export function contactReach<C extends AnyContact>(
  contact: C,
  at: Date | number,
  filter: ChannelFilter = "any",
): Reach<C> | null {
  let best: { index: number; status: ReachStatus } | null = null;
  for (const index of candidates(contact, filter)) {
    const channel = contact.channels[index] as C["channels"][number];
    const status = scheduleReach(effectiveSchedule<AnySchedule>(contact, channel), at);
    if (best === null || better(status, best.status)) best = { index, status };
  }
  if (best === null) return null;
  return {
    contact,
    channel: contact.channels[best.index] as C["channels"][number],
    channelIndex: best.index,
    status: best.status,
    prefectures: coveragePrefectures(contact),
  };
}

function needsSetUp(reach: Reach<AnyContact>): boolean {
  return "needsRegistration" in reach.channel && reach.channel.needsRegistration === true;
}

/**
 * Items in REACH_STATES order; the closed ones by their next opening (unknown openings last); within a state, ways
 * that need setting up beforehand after the others; else as given.
 */
export function byReach<C extends AnyContact>(items: readonly Reach<C>[]): Reach<C>[] {
  const opening = (r: Reach<C>) => r.status.opensAt?.getTime() ?? Number.POSITIVE_INFINITY;
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => {
      const rank = (STATE_RANK.get(a.item.status.state) ?? 9) - (STATE_RANK.get(b.item.status.state) ?? 9);
      if (rank !== 0) return rank;
      if (a.item.status.state === "closed") {
        const diff = opening(a.item) - opening(b.item);
        if (diff !== 0) return diff;
      }
      // A way that must be set up beforehand (an app, the relay service) after those usable this minute.
      const setUp = Number(needsSetUp(a.item)) - Number(needsSetUp(b.item));
      if (setUp !== 0) return setUp;
      return a.i - b.i;
    })
    .map(({ item }) => item);
}

/** Whether a contact is for people in `region`: national contacts always, regional ones of that prefecture. */
export function servesRegion(contact: AnyContact, region: Prefecture): boolean {
  return contact.coverage.scope === "national" || coveragePrefectures(contact).some((p) => p.code === region.code);
}

/** Where a contact goes on the first screen: ranked, folded under its area ("elsewhere"), or left out. */
function placeFor(contact: AnyContact, region: Prefecture | undefined): boolean | "elsewhere" {
  if (contact.coverage.scope === "national") return true;
  if (region === undefined) return "elsewhere";
  return servesRegion(contact, region);
}

/**
 * The contacts as the first screen shows them at `at` (Japan time): grouped by state in REACH_STATES order, each
 * group in the given order (the closed ones by next opening), regional contacts placed by `region`. Give the
 * contacts in the order they are shown (order.yaml, urgency first).
 */
export function reachableNow<C extends AnyContact>(
  contacts: readonly C[],
  at: Date | number,
  options: ReachOptions = {},
): ReachableNow<C> {
  const filter = options.channel ?? "any";
  const ranked: Reach<C>[] = [];
  const elsewhere: ElsewhereGroup<C>[] = [];
  for (const contact of contacts) {
    if (options.omitEmergency && contact.urgency === "emergency") continue;
    const reach = contactReach(contact, at, filter);
    if (!reach) continue;
    const serves = placeFor(contact, options.region);
    if (serves === true) ranked.push(reach);
    else if (serves === "elsewhere") {
      const group = elsewhere.find((g) => sameArea(g.area, contact.coverage.area));
      if (group) group.items.push(reach);
      else elsewhere.push({ prefectures: reach.prefectures, area: contact.coverage.area, items: [reach] });
    }
  }
  const sorted = byReach(ranked);
  return {
    groups: REACH_STATES.map((state) => ({ state, items: sorted.filter((r) => r.status.state === state) })).filter(
      (g) => g.items.length > 0,
    ),
    elsewhere: elsewhere.map((g) => ({ ...g, items: byReach(g.items) })),
  };
}

function sameArea(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The region a `region` option names, or a RangeError saying what is accepted. */
export function requireRegion(input: string): Prefecture {
  const prefecture = parsePrefecture(input);
  if (!prefecture) {
    throw new RangeError(
      `"${input}" is not a prefecture: give a JIS code 01-47 or a name in Japanese or English (13, 東京都, Tokyo)`,
    );
  }
  return prefecture;
}
