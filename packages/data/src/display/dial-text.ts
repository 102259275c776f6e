// How to dial a channel by hand, the same words on every surface. iPhones do not dial a tel: link that contains * or #
// (Apple's Phone Links reference), so a short code such as #9110 is always shown as text with how to type it, and the
// official full-length numbers for lines the code cannot reach are offered beside it.

import { dialHref } from "../query/dial.js";
import type { Channel, ChannelLocalized, PhoneLine } from "../schema/channel.js";
import type { Lang } from "../schema/primitives.js";

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
  /** How to dial it by hand, e.g. "電話アプリで #9110 と入力して発信してください". */
  instruction: string;
  /** Official full-length numbers on the same contact, for lines the code cannot reach. */
  alternatives: DialAlternative[];
}

type AnyChannel = Channel | ChannelLocalized;

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
    instruction: shortcodeInstruction(channel.code, lang),
    alternatives,
  };
}
