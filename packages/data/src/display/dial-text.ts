// How to dial a channel by hand, the same words on every surface. iPhones do not dial a tel: link that contains * or #
// (Apple's Phone Links reference), so a short code such as #9110 is always shown as text with how to type it, and the
// official full-length numbers for lines the code cannot reach are offered beside it.

import { dialHref } from "../query/dial.js";
import type { Channel, ChannelLocalized, PhoneLine } from "../schema/channel.js";
import type { Lang } from "../schema/primitives.js";
import { joinList } from "./join-list.js";
import { PHONE_LINE_LABELS } from "./labels.js";

/** A full-length number offered for callers the short code cannot reach. */
export interface DialAlternative {
  /** The number as published, e.g. 052-953-9110. */
  number: string;
  /** Its tel: link. */
  href: string;
  /** The channel's own label (e.g. which prefecture), in the requested language, when it has one. */
  label: string | null;
  /** The lines it is the alternative for. */
  alternativeFor: readonly PhoneLine[];
}

/** What a surface shows for a short code: the code as text, the instruction, the link and the alternatives. */
export interface ShortcodeDialing {
  /** The code as dialled, e.g. #9110. */
  code: string;
  /** The tel: link (kept: it works on most Android phones and desktop diallers). */
  href: string;
  /** How to dial it by hand ("電話アプリで #9110 と入力して発信してください"), or null when its link dials everywhere. */
  instruction: string | null;
  /** Official full-length numbers on the same contact, for lines the code cannot reach. */
  alternatives: DialAlternative[];
}

type AnyChannel = Channel | ChannelLocalized;
/** A channel that is dialled: a phone number or a short code. */
type DialChannel<C extends AnyChannel> = Extract<C, { type: "phone" | "shortcode" }>;

/** How a phone or short-code channel is shown and dialled, the same on every surface. */
export interface DialText {
  /** The number or code as printed, kept visible so a phone that does not dial the link can type it. */
  shown: string;
  /** Its tel: link. */
  href: string;
  /** How to dial it by hand when the link may not dial (a # code on an iPhone), else null. */
  byHand: string | null;
}

/** Whether a channel is dialled (a phone number or a short code). */
export function isDialChannel<C extends AnyChannel>(channel: C): channel is DialChannel<C> {
  return channel.type === "phone" || channel.type === "shortcode";
}

/** The number a card calls: the first phone or short-code channel (the data lists the main one first), if any. */
export function mainDialChannel<C extends AnyChannel>(contact: { channels: readonly C[] }): DialChannel<C> | undefined {
  return contact.channels.find(isDialChannel);
}

/** The number or code as shown, its tel: link and any by-hand instruction; null for channels that are not dialled. */
export function dialText(channel: DialChannel<AnyChannel>, lang: Lang): DialText;
export function dialText(channel: AnyChannel, lang: Lang): DialText | null;
export function dialText(channel: AnyChannel, lang: Lang): DialText | null {
  if (channel.type !== "phone" && channel.type !== "shortcode") return null;
  const shown = channel.type === "phone" ? channel.number : channel.code;
  return {
    shown,
    href: dialHref(channel) ?? `tel:${shown.replace(/[^\d+]/g, "")}`,
    byHand:
      channel.type === "shortcode" && needsDialByHand(channel.code) ? shortcodeInstruction(channel.code, lang) : null,
  };
}

/** iPhones do not dial a tel: link that contains * or # (Apple's Phone Links reference): such codes are typed. */
function needsDialByHand(code: string): boolean {
  return /[#*]/.test(code);
}

function lineList(lines: readonly PhoneLine[], lang: Lang): string {
  return joinList(
    lines.map((line) => PHONE_LINE_LABELS[line][lang]),
    lang,
  );
}

/** "IP電話・ダイヤル回線からはかけられません" / "Cannot be dialled from IP phones and rotary-dial lines". */
export function unreachableFromText(lines: readonly PhoneLine[], lang: Lang): string {
  return lang === "ja"
    ? `${lineList(lines, lang)}からはかけられません`
    : `Cannot be dialled from ${lineList(lines, lang)}`;
}

/** "IP電話からはこちら" / "Use this from IP phones": a number kept for the lines the main one cannot reach. */
export function alternativeForText(lines: readonly PhoneLine[], lang: Lang): string {
  return lang === "ja" ? `${lineList(lines, lang)}からはこちら` : `Use this from ${lineList(lines, lang)}`;
}

/** The reach notes of a dialled channel: which lines cannot dial it and which lines it stands in for; else empty. */
export function dialReachNotes(channel: AnyChannel, lang: Lang): string[] {
  if (channel.type !== "phone" && channel.type !== "shortcode") return [];
  const notes: string[] = [];
  if (channel.unreachableFrom.length > 0) notes.push(unreachableFromText(channel.unreachableFrom, lang));
  if (channel.type === "phone" && channel.alternativeFor?.length) {
    notes.push(alternativeForText(channel.alternativeFor, lang));
  }
  return notes;
}

function text(value: string | { ja: string; en: string } | undefined, lang: Lang): string | null {
  if (value === undefined) return null;
  return typeof value === "string" ? value : value[lang];
}

/** How to dial a short code by hand, in ja or en. */
export function shortcodeInstruction(code: string, lang: Lang): string {
  if (!code.includes("#")) {
    return lang === "ja"
      ? `電話アプリで ${code} と入力して発信してください`
      : `Open your phone app, type ${code} and call`;
  }
  return lang === "ja"
    ? `電話アプリで ${code} と入力して発信してください(iPhoneでは # を含むリンクを押しても発信されません)`
    : `Open your phone app, type ${code} and call (iPhones do not dial links that contain #)`;
}

/** The dialling text for a short-code channel of a contact, or null for any other channel. */
export function shortcodeDialing(
  contact: { channels: readonly AnyChannel[] },
  channel: AnyChannel,
  lang: Lang,
): ShortcodeDialing | null {
  if (channel.type !== "shortcode") return null;
  const unreachable = new Set(channel.unreachableFrom);
  const alternatives: DialAlternative[] = [];
  for (const other of contact.channels) {
    if (other.type !== "phone" || !other.alternativeFor?.some((line) => unreachable.has(line))) continue;
    alternatives.push({
      number: other.number,
      href: dialHref(other) ?? `tel:${other.number.replace(/\D/g, "")}`,
      label: text(other.label, lang),
      alternativeFor: other.alternativeFor,
    });
  }
  return {
    code: channel.code,
    href: dialHref(channel) ?? "",
    instruction: needsDialByHand(channel.code) ? shortcodeInstruction(channel.code, lang) : null,
    alternatives,
  };
}
