// Display names for the data package's enum values. Typed as Record<Enum, ...> so that a value added to the
// data package's schemas fails the docs typecheck until it has a label here.
import type {
  Audience,
  Category,
  Channel,
  Closure,
  Cost,
  DayOfWeek,
  Lang,
  LocalizedText,
  NumberKind,
  PhoneLine,
  RemedyKind,
  TriageNeed,
  Urgency,
} from "@netstalker/data";

type Labels<K extends string> = Readonly<Record<K, LocalizedText>>;

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
};

export const AUDIENCE_LABELS: Labels<Audience> = {
  anyone: { ja: "どなたでも", en: "Anyone" },
  women: { ja: "女性", en: "Women" },
  men: { ja: "男性", en: "Men" },
  children: { ja: "子ども", en: "Children" },
  parents: { ja: "保護者", en: "Parents" },
  "crime-victims": { ja: "犯罪被害者", en: "Crime victims" },
  "dv-victims": { ja: "DV被害者", en: "Domestic-violence victims" },
  "sexual-violence-victims": { ja: "性暴力の被害者", en: "Survivors of sexual violence" },
  "low-income": { ja: "収入の少ない方", en: "People on low incomes" },
  "foreign-residents": { ja: "外国籍の方", en: "Foreign residents" },
  schools: { ja: "学校", en: "Schools" },
};

export const URGENCY_LABELS: Labels<Urgency> = {
  emergency: { ja: "いま危険なとき", en: "Danger now" },
  urgent: { ja: "早めに相談", en: "Soon" },
  anytime: { ja: "相談・手続き", en: "Advice and procedures" },
};

export const REMEDY_KIND_LABELS: Labels<RemedyKind> = {
  "legal-action": { ja: "法的措置", en: "Legal action" },
  coping: { ja: "いまできる対処", en: "Coping now" },
  prevention: { ja: "予防", en: "Prevention" },
};

export const COST_LABELS: Labels<Cost> = {
  free: { ja: "無料", en: "Free" },
  "call-charges": { ja: "相談無料(通話料は自己負担)", en: "Free advice (you pay for the call)" },
  "low-cost": { ja: "低額・条件により無料", en: "Low cost or free if eligible" },
  paid: { ja: "有料", en: "Paid" },
  varies: { ja: "窓口・内容により異なる", en: "Depends on the office or case" },
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
  pbx: { ja: "構内交換機(PBX)", en: "office switchboards (PBX)" },
  overseas: { ja: "海外", en: "abroad" },
  "public-phone": { ja: "公衆電話", en: "public phones" },
};

export const CHANNEL_TYPE_LABELS: Labels<Channel["type"]> = {
  phone: { ja: "電話", en: "Phone" },
  shortcode: { ja: "電話(短縮番号)", en: "Phone (short code)" },
  web: { ja: "ウェブサイト", en: "Website" },
  form: { ja: "ウェブフォーム", en: "Web form" },
  chat: { ja: "チャット", en: "Chat" },
  line: { ja: "LINE", en: "LINE" },
  email: { ja: "メール", en: "Email" },
  "in-person": { ja: "面談", en: "In person" },
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

export const TRIAGE_NEED_LABELS: Labels<TriageNeed> = {
  talk: { ja: "話を聞いてほしい", en: "I want someone to listen" },
  "identify-poster": { ja: "書き込んだ人を特定したい", en: "I want to identify the poster" },
  "remove-posts": { ja: "投稿を消したい", en: "I want the posts removed" },
  "stop-contact": { ja: "つきまといや連絡をやめさせたい", en: "I want the contact to stop" },
  compensation: { ja: "損害賠償を求めたい", en: "I want compensation" },
  punish: { ja: "処罰してほしい", en: "I want them punished" },
};

/** The label of `key` in `lang`. */
export function label<K extends string>(labels: Labels<K>, key: K, lang: Lang): string {
  return labels[key][lang];
}
