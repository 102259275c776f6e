// The widget's own interface text (buttons, headings, labels). Facts about contacts never live here: they come
// from @netstalker/data. Label maps are typed as Record over the data package's unions, so a new enum value in
// the data is a compile error here instead of a silently missing label.
import type { Audience, Cost, DayOfWeek, Lang, PhoneLine, RemedyKind, TriageNeed } from "@netstalker/data";

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
  unknownOnHolidays: string;
  unknownYearEnd: string;
  alwaysOpen: string;
  closesAt: (time: string) => string;
  opensAt: (time: string) => string;
  japanTime: string;
  hours: string;
  closedOnHolidays: string;
  closedYearEnd: string;
  typicalHours: string;
  cost: string;
  costs: Record<Cost, string>;
  languages: string;
  unreachableFrom: (lines: string) => string;
  alternativeFor: (lines: string) => string;
  lines: Record<PhoneLine, string>;
  days: Record<DayOfWeek, string>;
  listSeparator: string;
  dayRange: string;
  channelKinds: { web: string; form: string; chat: string; line: string; email: string; inPerson: string };
  caveat: string;
  verified: (date: string) => string;
  sources: string;
  noMatch: string;
  remedyKinds: Record<RemedyKind, string>;
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
  /** One label per TriageNeed, in the order the triage form offers them (the Record type keeps it complete). */
  needs: Record<TriageNeed, string>;
  triageAudiences: string;
  audiences: Record<Audience, string>;
  triageSubmit: string;
  triageReset: string;
  triageResults: (contacts: number, remedies: number) => string;
  triageContacts: string;
  triageRemedies: string;
  triagePrivacy: string;
  loadingLive: string;
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
  unknownOnHolidays: "祝日の受付は確認が必要です",
  unknownYearEnd: "年末年始(12月29日〜1月3日)の受付は確認が必要です",
  alwaysOpen: "24時間・年中無休",
  closesAt: (t) => `${t}まで`,
  opensAt: (t) => `次の受付: ${t}`,
  japanTime: "",
  hours: "受付時間",
  closedOnHolidays: "祝日は休み",
  closedYearEnd: "年末年始(12月29日〜1月3日)は休み",
  typicalHours: "標準的な時間",
  cost: "費用",
  costs: {
    free: "無料",
    "call-charges": "相談は無料(通話料がかかります)",
    "low-cost": "低額(条件により無料)",
    paid: "有料",
    varies: "場合により異なります",
  },
  languages: "対応言語",
  unreachableFrom: (l) => `${l}からはかけられません`,
  alternativeFor: (l) => `${l}からはこちら`,
  lines: {
    "ip-phone": "IP電話",
    "rotary-dial": "ダイヤル回線",
    "prepaid-mobile": "プリペイド携帯",
    pbx: "会社などの内線電話",
    overseas: "海外",
    "public-phone": "公衆電話",
  },
  days: { mon: "月", tue: "火", wed: "水", thu: "木", fri: "金", sat: "土", sun: "日" },
  listSeparator: "・",
  dayRange: "〜",
  channelKinds: {
    web: "ウェブサイト",
    form: "相談フォーム",
    chat: "チャット",
    line: "LINE",
    email: "メール相談",
    inPerson: "窓口で相談",
  },
  caveat: "ご注意",
  verified: (d) => `${d} に公式情報で確認`,
  sources: "出典",
  noMatch: "条件に合う窓口がないため、すべての窓口を表示しています。",
  remedyKinds: { coping: "いまできる対処", "legal-action": "法的な手段", prevention: "予防のために" },
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
  needs: {
    talk: "話を聞いてほしい",
    "identify-poster": "書き込んだ人を特定したい",
    "remove-posts": "書き込みを消したい",
    "stop-contact": "連絡やつきまといをやめさせたい",
    compensation: "損害賠償を求めたい",
    punish: "処罰してほしい",
  },
  triageAudiences: "あてはまるもの(任意)",
  audiences: {
    anyone: "どなたでも",
    women: "女性",
    men: "男性",
    children: "子ども・18歳未満",
    parents: "保護者",
    "crime-victims": "犯罪の被害にあった",
    "dv-victims": "配偶者や交際相手からの暴力",
    "sexual-violence-victims": "性暴力の被害",
    "low-income": "経済的に余裕がない",
    "foreign-residents": "日本語以外で相談したい",
    schools: "学校の関係者",
  },
  triageSubmit: "合う相談先を表示",
  triageReset: "最初からやり直す",
  triageResults: (c, r) => `${c}件の窓口と${r}件の手段が見つかりました。`,
  triageContacts: "おすすめの窓口",
  triageRemedies: "考えられる手段",
  triagePrivacy: "回答はこのページの中だけで使われ、どこにも送信・保存されません。",
  loadingLive: "最新の情報を確認しています",
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
  unknownOnHolidays: "Hours on national holidays: check first",
  unknownYearEnd: "Hours from 29 December to 3 January: check first",
  alwaysOpen: "24 hours, every day",
  closesAt: (t) => `until ${t}`,
  opensAt: (t) => `opens ${t}`,
  japanTime: " (Japan time)",
  hours: "Hours",
  closedOnHolidays: "Closed on national holidays",
  closedYearEnd: "Closed 29 December to 3 January",
  typicalHours: "Typical hours",
  cost: "Cost",
  costs: {
    free: "Free",
    "call-charges": "Free advice; you pay for the call",
    "low-cost": "Low cost (free if eligible)",
    paid: "Paid",
    varies: "Depends on the case",
  },
  languages: "Languages",
  unreachableFrom: (l) => `Cannot be dialled from ${l}`,
  alternativeFor: (l) => `Use this from ${l}`,
  lines: {
    "ip-phone": "IP phones",
    "rotary-dial": "rotary-dial lines",
    "prepaid-mobile": "prepaid mobiles",
    pbx: "office extensions",
    overseas: "abroad",
    "public-phone": "public phones",
  },
  days: { mon: "Mon", tue: "Tue", wed: "Wed", thu: "Thu", fri: "Fri", sat: "Sat", sun: "Sun" },
  listSeparator: ", ",
  dayRange: "–",
  channelKinds: {
    web: "Website",
    form: "Online form",
    chat: "Chat",
    line: "LINE",
    email: "Email",
    inPerson: "In person",
  },
  caveat: "Please note",
  verified: (d) => `Checked against official sources on ${d}`,
  sources: "Sources",
  noMatch: "No contact matches this page's filter, so all contacts are shown.",
  remedyKinds: { coping: "What you can do now", "legal-action": "Legal action", prevention: "Prevention" },
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
  needs: {
    talk: "I want someone to listen",
    "identify-poster": "Find out who posted it",
    "remove-posts": "Get posts removed",
    "stop-contact": "Make the contact or following stop",
    compensation: "Claim compensation",
    punish: "Have them punished",
  },
  triageAudiences: "Anything that applies (optional)",
  audiences: {
    anyone: "Anyone",
    women: "Woman",
    men: "Man",
    children: "Under 18",
    parents: "Parent or guardian",
    "crime-victims": "Victim of a crime",
    "dv-victims": "Violence from a partner",
    "sexual-violence-victims": "Sexual violence",
    "low-income": "Little money",
    "foreign-residents": "I prefer a language other than Japanese",
    schools: "School staff",
  },
  triageSubmit: "Show the right help",
  triageReset: "Start again",
  triageResults: (c, r) =>
    `Found ${c} ${c === 1 ? "contact" : "contacts"} and ${r} ${r === 1 ? "step" : "steps"} for you.`,
  triageContacts: "Suggested contacts",
  triageRemedies: "Steps to consider",
  triagePrivacy: "Your answers stay on this page: they are not sent or stored anywhere.",
  loadingLive: "Checking for the latest information",
};

const TEXT: Record<Lang, UiText> = { ja, en };

/** The interface text for a language. */
export function uiText(lang: Lang): UiText {
  return TEXT[lang];
}
