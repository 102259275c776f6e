// The widget's own interface text (buttons, headings, messages). Facts about contacts never live here, and neither
// do names of the data's enum values or hours as text: those come from @netstalker/data, shared with the docs.
import type { Lang } from "@netstalker/data";

/** Every piece of interface text, in one language. */
export interface UiText {
  title: string;
  exit: string;
  exitHint: (toWeather: boolean) => string;
  exitLeaving: string;
  shiftCount: (remaining: number) => string;
  shiftExpired: string;
  safetyTitle: string;
  safetyNote: string;
  emergencyLead: string;
  tabs: { contacts: string; remedies: string; faq: string; triage: string };
  viewsLabel: string;
  openNow: string;
  closedNow: string;
  hoursVary: string;
  openUnknown: string;
  closesAt: (time: string) => string;
  opensAt: (time: string) => string;
  hours: string;
  cost: string;
  languages: string;
  unreachableFrom: (lines: string) => string;
  alternativeFor: (lines: string) => string;
  listSeparator: string;
  caveat: string;
  verified: (date: string) => string;
  sources: string;
  noMatch: string;
  steps: string;
  timeLimit: string;
  legalBasis: string;
  whoHelps: string;
  nextRemedies: string;
  triageIntro: string;
  triageDanger: string;
  yes: string;
  no: string;
  triageNeeds: string;
  triageAudiences: string;
  triageSubmit: string;
  triageReset: string;
  triageResults: (contacts: number, remedies: number) => string;
  triageContacts: string;
  triageRemedies: string;
  triagePrivacy: string;
  loadingLive: string;
  /** The fold on phone-sized cards holding everything but name, number, open-now and cost. */
  more: string;
}

const ja: UiText = {
  title: "相談できる窓口",
  exit: "すぐにこのページを離れる",
  exitHint: (w) =>
    `「すぐにこのページを離れる」ボタンを押すか、Shiftキーを3回続けて押すと、すぐに${w ? "天気予報" : "別"}のページに切り替わります。`,
  exitLeaving: "移動しています",
  shiftCount: (n) => `Shiftキーをあと${n}回押すと、このページを離れます。`,
  shiftExpired: "ページを離れる操作は取り消されました。",
  safetyTitle: "この画面を見られたくないとき",
  safetyNote:
    "ただし閲覧履歴は消えません。同期している他の端末や、スマートフォンに入れられた監視アプリ(ストーカーウェア)からは隠せません。できれば安全な端末や、プライベートブラウズを使ってください。",
  emergencyLead: "いま危険が迫っているときは",
  tabs: { contacts: "相談窓口", remedies: "できること", faq: "よくある質問", triage: "相談先を探す" },
  viewsLabel: "表示する内容",
  openNow: "受付中",
  closedNow: "受付時間外",
  hoursVary: "受付時間は地域などで異なります",
  openUnknown: "今日の受付は要確認",
  closesAt: (t) => `${t}まで`,
  opensAt: (t) => `次の受付: ${t}`,
  hours: "受付時間",
  cost: "費用",
  languages: "対応言語",
  unreachableFrom: (l) => `${l}からはかけられません`,
  alternativeFor: (l) => `${l}からはこちら`,
  listSeparator: "・",
  caveat: "ご注意",
  verified: (d) => `${d} に公式情報で確認`,
  sources: "出典",
  noMatch: "条件に合う窓口がないため、すべての窓口を表示しています。",
  steps: "手順",
  timeLimit: "期限",
  legalBasis: "根拠となる法律",
  whoHelps: "相談できる窓口",
  nextRemedies: "次に考えること",
  triageIntro: "いくつかの質問に答えると、合う窓口と手段を表示します。",
  triageDanger: "いま、身の危険を感じていますか?",
  yes: "はい",
  no: "いいえ",
  triageNeeds: "どうしたいですか?(いくつでも)",
  triageAudiences: "あてはまるもの(任意)",
  triageSubmit: "合う相談先を表示",
  triageReset: "最初からやり直す",
  triageResults: (c, r) => `${c}件の窓口と${r}件の手段が見つかりました。`,
  triageContacts: "おすすめの窓口",
  triageRemedies: "考えられる手段",
  triagePrivacy: "回答はこのページの中だけで使われ、どこにも送信・保存されません。",
  loadingLive: "最新の情報を確認しています",
  more: "詳しく",
};

const en: UiText = {
  title: "Where to get help",
  exit: "Exit this page now",
  exitHint: (w) =>
    `Press “Exit this page now”, or the Shift key three times, to switch at once to ${w ? "a weather forecast" : "another page"}.`,
  exitLeaving: "Leaving",
  shiftCount: (n) => `Press Shift ${n} more ${n === 1 ? "time" : "times"} to exit this page.`,
  shiftExpired: "Exit this page cancelled.",
  safetyTitle: "If someone might see your screen",
  safetyNote:
    "It does not erase your browsing history, and it cannot hide what you do from other devices that sync with this one or from monitoring apps (stalkerware) installed on your phone. If you can, use a safe device or private browsing.",
  emergencyLead: "If you are in danger now",
  tabs: { contacts: "Contacts", remedies: "What you can do", faq: "Questions", triage: "Find the right help" },
  viewsLabel: "Sections",
  openNow: "Open now",
  closedNow: "Closed now",
  hoursVary: "Hours vary by area",
  openUnknown: "Check today's hours",
  closesAt: (t) => `until ${t}`,
  opensAt: (t) => `opens ${t}`,
  hours: "Hours",
  cost: "Cost",
  languages: "Languages",
  unreachableFrom: (l) => `Cannot be dialled from ${l}`,
  alternativeFor: (l) => `Use this from ${l}`,
  listSeparator: ", ",
  caveat: "Please note",
  verified: (d) => `Checked against official sources on ${d}`,
  sources: "Sources",
  noMatch: "No contact matches this page's filter, so all contacts are shown.",
  steps: "Steps",
  timeLimit: "Time limit",
  legalBasis: "Legal basis",
  whoHelps: "Who can help",
  nextRemedies: "What may come next",
  triageIntro: "Answer a few questions to see the contacts and steps that fit.",
  triageDanger: "Do you feel in danger right now?",
  yes: "Yes",
  no: "No",
  triageNeeds: "What do you want to happen? (choose any)",
  triageAudiences: "Anything that applies (optional)",
  triageSubmit: "Show the right help",
  triageReset: "Start again",
  triageResults: (c, r) =>
    `Found ${c} ${c === 1 ? "contact" : "contacts"} and ${r} ${r === 1 ? "step" : "steps"} for you.`,
  triageContacts: "Suggested contacts",
  triageRemedies: "Steps to consider",
  triagePrivacy: "Your answers stay on this page: they are not sent or stored anywhere.",
  loadingLive: "Checking for the latest information",
  more: "More details",
};

const TEXT: Record<Lang, UiText> = { ja, en };

/** The interface text for a language. */
export function uiText(lang: Lang): UiText {
  return TEXT[lang];
}
