// The words of the "reachable now" first screen (widget and docs): group headings, why a status is unknown, the one
// action of each kind of channel, and the "I can't talk on the phone" switch, from content/labels/reach.yaml (checked
// against the query module's vocabularies and the schema's channel types, so a new state, reason or channel type stops
// the build until it has words); and the sentences around a time, which take a value.
import type { Lang } from "../schema/primitives.js";

export * from "../generated/labels/reach.js";

/** "Opens Tue 8:30" / "火 8:30から": the next opening, already formatted in Japan time by formatJapanTime. */
export function opensLabel(when: string, lang: Lang): string {
  return lang === "ja" ? `${when}から` : `Opens ${when}`;
}

/** "until 17:15" / "17:15まで": when an open contact closes, formatted by formatJapanTime. */
export function untilLabel(when: string, lang: Lang): string {
  return lang === "ja" ? `${when}まで` : `until ${when}`;
}

/** The heading of regional contacts folded for people elsewhere: "東京都の方向け" / "For people in Tokyo". */
export function forPeopleInLabel(area: string, lang: Lang): string {
  return lang === "ja" ? `${area}の方向け` : `For people in ${area}`;
}
