// Display names for the triage's vocabulary (needs, relationships, how strongly a result fits), in both languages.
// Apart from labels.ts so that a bundle showing only contacts does not carry them.
import type { LocalizedText } from "../schema/primitives.js";
import type { Relationship, TriageAsk, TriageNeed, TriageStrength } from "../schema/triage.js";
import type { Labels } from "./labels.js";

/** The `crisis` answer: thoughts of dying or of self-harm. */
export const CRISIS_LABEL: LocalizedText = {
  ja: "死にたい・自分を傷つけたい気持ちがある",
  en: "I am thinking of dying or of hurting myself",
};

/** The question that confirms each reading the interpreter is unsure of (`interpreted.ask`). */
export const TRIAGE_ASK_LABELS: Labels<TriageAsk> = {
  danger: { ja: "今、身の危険がありますか?", en: "Are you in danger right now?" },
  crisis: {
    ja: "死にたい、自分を傷つけたいと思っていますか?",
    en: "Are you thinking of dying or of hurting yourself?",
  },
  children: { ja: "子ども(18歳未満)のことですか?", en: "Is this about a child (under 18)?" },
  tracking: {
    ja: "居場所やスマホを見られているかもしれませんか?",
    en: "Could your location or phone be being watched?",
  },
};

export const TRIAGE_NEED_LABELS: Labels<TriageNeed> = {
  talk: { ja: "話を聞いてほしい", en: "I want someone to listen" },
  "identify-poster": { ja: "書き込んだ人を特定したい", en: "I want to identify the poster" },
  "remove-posts": { ja: "書き込みを消したい", en: "I want the posts removed" },
  "stop-contact": { ja: "連絡やつきまといをやめさせたい", en: "I want the contact or following to stop" },
  compensation: { ja: "損害賠償を求めたい", en: "I want compensation" },
  punish: { ja: "処罰してほしい", en: "I want them punished" },
  threats: { ja: "危害や殺害を予告されている", en: "I have been threatened with harm or death" },
  "intimate-images": {
    ja: "性的な画像や動画を広められた・脅されている",
    en: "Sexual images or videos of me were shared, or I am threatened with them",
  },
  tracking: {
    ja: "居場所を追跡されている・スマホやアカウントをのぞかれている",
    en: "My location, phone or accounts are being watched",
  },
  "personal-info": {
    ja: "住所や電話番号、学校や勤務先、写真をさらされた",
    en: "My address, phone number, school, workplace or photos were exposed",
  },
  impersonation: { ja: "なりすましをされている", en: "Someone is pretending to be me" },
};

export const RELATIONSHIP_LABELS: Labels<Relationship> = {
  partner: { ja: "配偶者・交際相手", en: "A partner or spouse" },
  "ex-partner": { ja: "元配偶者・元交際相手", en: "An ex-partner" },
  acquaintance: { ja: "知り合い(学校・職場など)", en: "Someone I know (school, work)" },
  stranger: { ja: "知らない人", en: "A stranger" },
  unknown: { ja: "分からない", en: "I do not know who" },
};

export const TRIAGE_STRENGTH_LABELS: Labels<TriageStrength> = {
  emergency: { ja: "緊急", en: "Emergency" },
  caution: { ja: "最初に読む注意", en: "Read this first" },
  foundation: { ja: "最初にすること", en: "Do this first" },
  first: { ja: "いちばん合う", en: "Best fit" },
  strong: { ja: "よく合う", en: "Good fit" },
  some: { ja: "役に立つ", en: "Also useful" },
  listed: { ja: "ほかに", en: "Also" },
};
