// The widget's own interface text (buttons, headings, messages). Facts about contacts never live here, and neither
// do names of the data's enum values, field headings or hours as text: those come from @netstalker/data, shared with
// the docs, and are only picked out here so the render modules read one object.
import type { Lang } from "@netstalker/data";
import {
  CONTACT_FIELD_LABELS,
  CONTACT_TEXT_LABELS,
  DANGER_NOW_HEADING,
  REMEDY_FIELD_LABELS,
} from "@netstalker/data/query";

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
  deferred: string;
  prepare: string;
  traces: string;
  alternatives: string;
  triageText: string;
  triageTextHint: string;
  triageTextPromise: string;
  triageUnderstood: string;
  triageUnderstoodNone: string;
  triageUnderstoodHint: string;
  removeChip: (label: string) => string;
  dangerChip: string;
  triageRelationship: string;
  relationshipNone: string;
  removalTitle: string;
  removalLead: string;
  removalRoutes: string;
  removalServices: string;
  removalDesignated: (date: string) => string;
  removalExpect: string;
  /** After a service the designation does not cover (LINE's private talk). */
  removalNotCovered: string;
  removalInApp: string;
  removalActWithoutName: string;
  removalChecked: string;
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
  emergencyLead: DANGER_NOW_HEADING.ja,
  tabs: { contacts: "相談窓口", remedies: "できること", faq: "よくある質問", triage: "相談先を探す" },
  viewsLabel: "表示する内容",
  openNow: "受付中",
  closedNow: "受付時間外",
  hoursVary: "受付時間は地域などで異なります",
  openUnknown: "今日の受付は要確認",
  closesAt: (t) => `${t}まで`,
  opensAt: (t) => `次の受付: ${t}`,
  hours: CONTACT_FIELD_LABELS.schedule.ja,
  cost: CONTACT_FIELD_LABELS.cost.ja,
  languages: CONTACT_FIELD_LABELS.languages.ja,
  unreachableFrom: (l) => `${l}からはかけられません`,
  alternativeFor: (l) => `${l}からはこちら`,
  caveat: CONTACT_FIELD_LABELS.caveat.ja,
  verified: (d) => `${d} に公式情報で確認`,
  sources: CONTACT_FIELD_LABELS.sources.ja,
  noMatch: "条件に合う窓口がないため、すべての窓口を表示しています。",
  steps: REMEDY_FIELD_LABELS.steps.ja,
  timeLimit: REMEDY_FIELD_LABELS.timeLimit.ja,
  legalBasis: REMEDY_FIELD_LABELS.legalBasis.ja,
  whoHelps: REMEDY_FIELD_LABELS.contacts.ja,
  nextRemedies: REMEDY_FIELD_LABELS.next.ja,
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
  deferred: CONTACT_TEXT_LABELS.deferred.ja,
  prepare: CONTACT_TEXT_LABELS.prepare.ja,
  traces: CONTACT_TEXT_LABELS.traces.ja,
  alternatives: CONTACT_TEXT_LABELS.alternatives.ja,
  triageText: "いま起きていることを、自分のことばで書いてもかまいません(任意)",
  triageTextHint: "例: 元カレにSNSで住所をさらされた",
  triageTextPromise: "入力した内容はこのページの外に送られません",
  triageUnderstood: "読み取った内容",
  triageUnderstoodNone: "ここから読み取れたことはまだありません。下の質問で選んでください。",
  triageUnderstoodHint: "違っていたら × で外し、下の質問で選び直してください。",
  removeChip: (l) => `「${l}」を外す`,
  dangerChip: "いま身の危険がある",
  triageRelationship: "相手はだれですか?(任意)",
  relationshipNone: "答えない",
  removalTitle: "投稿の削除をプラットフォームに求める",
  removalLead: "申し出る前に、次の注意を読んでください。",
  removalRoutes: "各サービスの削除の申出先",
  removalServices: "対象のサービス",
  removalDesignated: (d) => `情報流通プラットフォーム対処法の大規模プラットフォーム事業者(${d} 指定)`,
  removalExpect: "申し出たあと",
  removalNotCovered: "(指定の対象外)",
  removalInApp: "アプリ・サイトの中で",
  removalActWithoutName: "名前を知られずに相談・依頼できる窓口",
  removalChecked: "確認日",
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
  emergencyLead: DANGER_NOW_HEADING.en,
  tabs: { contacts: "Contacts", remedies: "What you can do", faq: "Questions", triage: "Find the right help" },
  viewsLabel: "Sections",
  openNow: "Open now",
  closedNow: "Closed now",
  hoursVary: "Hours vary by area",
  openUnknown: "Check today's hours",
  closesAt: (t) => `until ${t}`,
  opensAt: (t) => `opens ${t}`,
  hours: CONTACT_FIELD_LABELS.schedule.en,
  cost: CONTACT_FIELD_LABELS.cost.en,
  languages: CONTACT_FIELD_LABELS.languages.en,
  unreachableFrom: (l) => `Cannot be dialled from ${l}`,
  alternativeFor: (l) => `Use this from ${l}`,
  caveat: CONTACT_FIELD_LABELS.caveat.en,
  verified: (d) => `Checked against official sources on ${d}`,
  sources: CONTACT_FIELD_LABELS.sources.en,
  noMatch: "No contact matches this page's filter, so all contacts are shown.",
  steps: REMEDY_FIELD_LABELS.steps.en,
  timeLimit: REMEDY_FIELD_LABELS.timeLimit.en,
  legalBasis: REMEDY_FIELD_LABELS.legalBasis.en,
  whoHelps: REMEDY_FIELD_LABELS.contacts.en,
  nextRemedies: REMEDY_FIELD_LABELS.next.en,
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
  deferred: CONTACT_TEXT_LABELS.deferred.en,
  prepare: CONTACT_TEXT_LABELS.prepare.en,
  traces: CONTACT_TEXT_LABELS.traces.en,
  alternatives: CONTACT_TEXT_LABELS.alternatives.en,
  triageText: "You can also describe what is happening in your own words (optional)",
  triageTextHint: "For example: my ex posted my address on social media",
  triageTextPromise: "Nothing you type leaves this page",
  triageUnderstood: "What we understood",
  triageUnderstoodNone: "Nothing understood from this yet: choose below.",
  triageUnderstoodHint: "If something is wrong, remove it with × and choose again below.",
  removeChip: (l) => `Remove “${l}”`,
  dangerChip: "In danger now",
  triageRelationship: "Who is doing it? (optional)",
  relationshipNone: "Rather not say",
  removalTitle: "Asking the platform to remove posts",
  removalLead: "Before you send a request, read this.",
  removalRoutes: "Where each service takes removal requests",
  removalServices: "Services",
  removalDesignated: (d) => `Designated large platform under the Information Distribution Platform Act (since ${d})`,
  removalExpect: "After you ask",
  removalNotCovered: " (not covered by the designation)",
  removalInApp: "Inside the app or site",
  removalActWithoutName: "Who can ask or advise without your name reaching the poster",
  removalChecked: "Checked on",
};

const TEXT: Record<Lang, UiText> = { ja, en };

/** The interface text for a language. */
export function uiText(lang: Lang): UiText {
  return TEXT[lang];
}
