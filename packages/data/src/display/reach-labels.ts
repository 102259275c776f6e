// The words of the "reachable now" first screen (widget and docs): group headings, why a status is unknown, the one
// action of each kind of channel, and the "I can't talk on the phone" switch. Typed by the query module's vocabularies
// and the schema's channel types, so a new state, reason or channel type fails the typecheck until it has words.
import type { ReachState, UnknownReason } from "../query/reachable.js";
import type { ChannelType } from "../schema/channel.js";
import type { Lang, LocalizedText } from "../schema/primitives.js";
import type { Labels } from "./labels.js";

/** Group headings of the first screen, by state. */
export const REACH_STATE_LABELS: Labels<ReachState> = {
  open: { ja: "今つながる", en: "Reachable now" },
  unknown: { ja: "受付時間が地域や日によって異なる", en: "Hours differ by area or day" },
  deferred: { ja: "あとで返事が来る(フォーム・メール)", en: "Answered later (forms, e-mail)" },
  closed: { ja: "いまは受付時間外", en: "Closed now" },
};

/** Why a status is unknown, said once under the contact. */
export const UNKNOWN_REASON_LABELS: Labels<UnknownReason> = {
  "hours-vary": {
    ja: "受付時間は都道府県や窓口ごとに異なります。",
    en: "The hours differ by prefecture or office.",
  },
  "unconfirmed-day": {
    ja: "今日受け付けているかは公式の情報で確認できていません。",
    en: "Whether it answers today is not confirmed by an official source.",
  },
  "no-hours": { ja: "受付時間の情報がありません。", en: "No hours are recorded." },
};

/** The one action of a contact, by the kind of channel it uses. */
export const REACH_ACTION_LABELS: Labels<ChannelType> = {
  phone: { ja: "電話する", en: "Call" },
  shortcode: { ja: "電話する", en: "Call" },
  chat: { ja: "チャットで相談", en: "Chat" },
  line: { ja: "LINEで相談", en: "Message on LINE" },
  email: { ja: "メールで相談", en: "Write an e-mail" },
  form: { ja: "フォームで送る", en: "Send the form" },
  app: { ja: "アプリで連絡", en: "Use the app" },
  relay: { ja: "手話・文字で電話", en: "Call in sign language or text" },
  "in-person": { ja: "窓口へ行く", en: "Go in person" },
  web: { ja: "ページを開く", en: "Open the page" },
};

/** Fixed phrases of the first screen. */
export const REACH_TEXT_LABELS = {
  cannotTalk: { ja: "電話で話せない", en: "I can't talk on the phone" },
  cannotTalkHint: {
    ja: "声を出さずに使える窓口(チャット・LINE・フォームなど)だけを表示します。",
    en: "Shows only ways to get help without speaking (chat, LINE, forms …).",
  },
  noneForText: {
    ja: "いま声を出さずに使える窓口はありません。危険なときは110番へ。",
    en: "Nothing here can be used without speaking right now. In danger, call 110.",
  },
  showAll: { ja: "すべての窓口", en: "All contacts" },
  registerFirst: { ja: "事前登録が必要", en: "register first" },
} as const satisfies Record<string, LocalizedText>;

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
