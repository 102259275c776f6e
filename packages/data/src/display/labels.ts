// Display names for the dataset's enum values, in both languages: the one place the API, widget and docs take them
// from, so every surface calls a thing by the same name. Typed as Record<Enum, ...>, so a new enum value fails the
// typecheck until it has a label. Contacts' values are here; remedies' and the triage's are in remedy-labels.ts and
// triage-labels.ts, so that a bundle showing only contacts (the widget's first card) does not carry them.

import type { ChannelType, NumberKind, PhoneLine, Trace } from "../schema/channel.js";
import type { Cost, Lang, LocalizedText } from "../schema/primitives.js";
import type { Closure, DayOfWeek } from "../schema/schedule.js";
import type { Audience, Category, Service, Urgency } from "../schema/taxonomy.js";

/** Labels for every value of an enum. */
export type Labels<K extends string> = Readonly<Record<K, LocalizedText>>;

export const CATEGORY_LABELS: Labels<Category> = {
  emergency: { ja: "緊急", en: "Emergency" },
  police: { ja: "警察", en: "Police" },
  "human-rights": { ja: "人権", en: "Human rights" },
  "legal-aid": { ja: "法律支援", en: "Legal aid" },
  lawyer: { ja: "弁護士", en: "Lawyers" },
  "victim-support": { ja: "被害者支援", en: "Victim support" },
  child: { ja: "子ども", en: "Children" },
  women: { ja: "女性", en: "Women" },
  dv: { ja: "DV", en: "Domestic violence" },
  "sexual-violence": { ja: "性暴力", en: "Sexual violence" },
  cyber: { ja: "サイバー・ネット", en: "Online and cyber" },
  takedown: { ja: "削除", en: "Takedown" },
  reporting: { ja: "通報", en: "Reporting" },
  "foreign-language": { ja: "外国語", en: "Other languages" },
  consumer: { ja: "消費生活", en: "Consumer affairs" },
  "mental-health": { ja: "こころの健康", en: "Mental health" },
};

export const AUDIENCE_LABELS: Labels<Audience> = {
  anyone: { ja: "どなたでも", en: "Anyone" },
  women: { ja: "女性", en: "Women" },
  men: { ja: "男性", en: "Men" },
  children: { ja: "子ども(18歳未満)", en: "Children (under 18)" },
  parents: { ja: "保護者", en: "Parents" },
  "crime-victims": { ja: "犯罪の被害にあった方", en: "Crime victims" },
  "dv-victims": { ja: "配偶者や交際相手から暴力を受けている方", en: "People hurt by a spouse or partner" },
  "sexual-violence-victims": { ja: "性暴力の被害にあった方", en: "Survivors of sexual violence" },
  "low-income": { ja: "経済的に余裕がない方", en: "People on low incomes" },
  "foreign-residents": { ja: "日本語以外で相談したい方", en: "People who prefer a language other than Japanese" },
  schools: { ja: "学校の関係者", en: "Schools" },
};

export const SERVICE_LABELS: Labels<Service> = {
  listen: { ja: "話を聞く", en: "Listening" },
  advice: { ja: "助言", en: "Advice" },
  "police-response": { ja: "警察の対応", en: "Police response" },
  "legal-advice": { ja: "法律相談", en: "Legal advice" },
  "legal-aid-funding": { ja: "費用の援助", en: "Help with legal costs" },
  "lawyer-referral": { ja: "弁護士の紹介", en: "Finding a lawyer" },
  takedown: { ja: "削除の依頼", en: "Takedown requests" },
  "takedown-advice": { ja: "削除の方法の助言", en: "Advice on getting posts removed" },
  "disclosure-advice": { ja: "投稿者の特定の助言", en: "Advice on identifying the poster" },
  report: { ja: "通報の受付", en: "Taking reports" },
  referral: { ja: "窓口の案内", en: "Referral" },
  interpretation: { ja: "通訳", en: "Interpreting" },
  shelter: { ja: "一時保護・宿泊", en: "Shelter" },
  accompaniment: { ja: "付き添い", en: "Accompaniment" },
  medical: { ja: "医療の支援", en: "Medical support" },
};

export const URGENCY_LABELS: Labels<Urgency> = {
  emergency: { ja: "いま危険なとき", en: "Danger now" },
  urgent: { ja: "早めに相談", en: "Soon" },
  anytime: { ja: "相談・手続き", en: "Advice and procedures" },
};

export const COST_LABELS: Labels<Cost> = {
  free: { ja: "無料", en: "Free" },
  "call-charges": { ja: "相談は無料(通話料がかかります)", en: "Free advice (you pay for the call)" },
  "low-cost": { ja: "低額(条件により無料)", en: "Low cost, or free if eligible" },
  paid: { ja: "有料", en: "Paid" },
  varies: { ja: "窓口や内容により異なります", en: "Depends on the office or case" },
};

export const NUMBER_KIND_LABELS: Labels<NumberKind> = {
  "toll-free": { ja: "フリーダイヤル(通話無料)", en: "Toll-free" },
  "navi-dial": { ja: "ナビダイヤル(通話料がかかります)", en: "Navi-dial (you pay for the call)" },
  landline: { ja: "固定電話番号", en: "Landline number" },
  ip: { ja: "IP電話番号", en: "IP phone number" },
  mobile: { ja: "携帯電話番号", en: "Mobile number" },
};

export const PHONE_LINE_LABELS: Labels<PhoneLine> = {
  "ip-phone": { ja: "IP電話", en: "IP phones" },
  "rotary-dial": { ja: "ダイヤル回線", en: "rotary-dial lines" },
  "prepaid-mobile": { ja: "プリペイド携帯", en: "prepaid mobiles" },
  pbx: { ja: "会社などの内線電話", en: "office switchboards" },
  overseas: { ja: "海外", en: "abroad" },
  "public-phone": { ja: "公衆電話", en: "public phones" },
};

export const CHANNEL_TYPE_LABELS: Labels<ChannelType> = {
  phone: { ja: "電話", en: "Phone" },
  shortcode: { ja: "電話(短縮番号)", en: "Phone (short code)" },
  web: { ja: "ウェブサイト", en: "Website" },
  form: { ja: "相談フォーム", en: "Web form" },
  chat: { ja: "チャット", en: "Chat" },
  line: { ja: "LINE", en: "LINE" },
  email: { ja: "メール相談", en: "Email" },
  app: { ja: "アプリ", en: "App" },
  relay: { ja: "電話リレーサービス", en: "Telephone relay service" },
  "in-person": { ja: "窓口で相談", en: "In person" },
};

export const CLOSURE_LABELS: Labels<Closure> = {
  "national-holidays": { ja: "祝日", en: "public holidays" },
  "year-end": { ja: "年末年始(12月29日〜1月3日)", en: "the New Year break (29 Dec to 3 Jan)" },
};

export const DAY_LABELS: Labels<DayOfWeek> = {
  mon: { ja: "月", en: "Mon" },
  tue: { ja: "火", en: "Tue" },
  wed: { ja: "水", en: "Wed" },
  thu: { ja: "木", en: "Thu" },
  fri: { ja: "金", en: "Fri" },
  sat: { ja: "土", en: "Sat" },
  sun: { ja: "日", en: "Sun" },
};

/** What each trace means for a person whose phone or accounts may be watched: the general fact, said once here. */
export const TRACE_LABELS: Labels<Trace> = {
  "call-history": {
    ja: "かけた記録が電話の通話履歴に残ります。",
    en: "The call stays in your phone's call history.",
  },
  "navi-dial-charge": {
    ja: "ナビダイヤル(0570)の通話料がかかります。かけ放題などの定額プランの対象外です。",
    en: "Navi-dial (0570) calls are charged to you, and flat-rate call plans do not cover them.",
  },
  "reply-by-email": {
    ja: "返事はあなたのメールアドレスに届きます。ほかの人が読めないアドレスを使ってください。",
    en: "The reply comes to your e-mail address: use one nobody else can read.",
  },
  "reply-by-phone": {
    ja: "窓口から電話がかかってくることがあります。",
    en: "The service may call you back.",
  },
  "line-friend": {
    ja: "このアカウントがLINEの友だちとトーク一覧に表示されます。",
    en: "The account appears in your LINE friends and chat list.",
  },
  "browser-history": {
    ja: "開いたページはブラウザの履歴に残ります。",
    en: "The pages you open stay in your browser history.",
  },
  "app-installed": {
    ja: "使うアプリがスマートフォンのホーム画面やアプリの一覧に表示されます。",
    en: "The app you need shows on your phone's home screen and in its app list.",
  },
};

/** Headings and fixed phrases the surfaces share for contact details. */
export const CONTACT_TEXT_LABELS = {
  prepare: { ja: "用意しておくもの", en: "What to have ready" },
  traces: { ja: "使うと残るもの", en: "What using it can leave behind" },
  deferred: { ja: "24時間受付(返信は後日)", en: "Accepts any time; replies on business days" },
  alternatives: { ja: "#で始まる番号がつながらないとき", en: "If the short code does not connect" },
  needsRegistration: {
    ja: "使う前に登録が必要です。いざというときのために、先に済ませておいてください。",
    en: "You must register before you can use it: do it in advance, not in the moment you need it.",
  },
} as const satisfies Record<string, LocalizedText>;

/** The label of `key` in `lang`. */
export function label<K extends string>(labels: Labels<K>, key: K, lang: Lang): string {
  return labels[key][lang];
}
