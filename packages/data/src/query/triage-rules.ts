// Which windows and remedies suit whom: the seed article's closing summary (police, みんなの人権110番 and
// 女性の人権ホットライン for help; 法テラス and lawyers for legal action), refined with the reference's facts.
// Each suggestion names a record by id and carries the reason shown to the person; weights rank them.
// Reasons state only what the records themselves say, and their official sources.
import type { LocalizedText } from "../schema/primitives.js";
import type { Audience } from "../schema/taxonomy.js";

import type { TriageNeed } from "./triage-needs.js";

/** One suggested record, how strongly, and why. */
export interface TriageSuggestion {
  id: string;
  weight: number;
  reason: LocalizedText;
}
/** The contacts and remedies one answer calls for. */
export interface TriageRule {
  contacts: readonly TriageSuggestion[];
  remedies: readonly TriageSuggestion[];
}

// Weights: danger outranks everything; the remedy that does what was asked comes next; then who helps with it.
const FIRST = 100;
const STRONG = 60;
const SOME = 30;

const REASON = {
  evidence: {
    ja: "どの相談や手続きでも、保存した証拠が土台になります。投稿は消されることがあるので、すぐに保存しましょう。",
    en: "Every consultation and legal step builds on saved evidence. Posts can disappear, so save them now.",
  },
  lawyerDisclosure: {
    ja: "発信者情報開示請求について、弁護士に相談できます。",
    en: "You can consult a lawyer about a disclosure request.",
  },
  lawyerLawsuit: {
    ja: "損害賠償の請求や訴訟について、弁護士に相談できます。",
    en: "You can consult a lawyer about claiming damages or suing.",
  },
  lawyerComplaint: {
    ja: "告訴について、弁護士に相談できます。",
    en: "You can consult a lawyer about a criminal complaint.",
  },
  houterasu: {
    ja: "法的な手続きの案内が受けられ、収入や資産が基準以下なら無料の法律相談も利用できます。",
    en: "Explains the legal options; if your income and assets are within the limits, legal consultation is free.",
  },
  ihaho: {
    ja: "投稿の削除の求め方や投稿者の特定の方法について、無料で助言を受けられます(削除そのものはしません)。",
    en: "Free advice on how to have posts removed and how to identify a poster (it does not remove anything itself).",
  },
  police: {
    ja: "つきまといや執拗な連絡など、緊急ではない相談は警察の#9110で受け付けています。",
    en: "The police take non-emergency consultations, such as being followed or bombarded with messages, on #9110.",
  },
} as const satisfies Record<string, LocalizedText>;

/** When the person is in danger now. */
export const DANGER_RULE: TriageRule = {
  contacts: [
    {
      id: "police-emergency-110",
      weight: 1000,
      reason: {
        ja: "今まさに身の危険があるときは、迷わず110番に電話してください。",
        en: "If you are in danger right now, call 110 without hesitating.",
      },
    },
  ],
  remedies: [],
};

/** What each need calls for. */
export const NEED_RULES: Record<TriageNeed, TriageRule> = {
  talk: {
    contacts: [
      {
        id: "moj-minna-no-jinken-110",
        weight: STRONG,
        reason: {
          ja: "ネットでの誹謗中傷など人権の問題を、電話で相談できます。",
          en: "Talk through online abuse and other human-rights problems by phone.",
        },
      },
      { id: "police-consultation-9110", weight: STRONG - 5, reason: REASON.police },
      {
        id: "moj-internet-human-rights-form",
        weight: SOME,
        reason: {
          ja: "電話が難しいときは、ウェブから法務局に相談できます。",
          en: "If calling is hard, you can consult the Legal Affairs Bureau online.",
        },
      },
    ],
    remedies: [],
  },
  "identify-poster": {
    contacts: [
      { id: "bar-association-himawari", weight: STRONG, reason: REASON.lawyerDisclosure },
      { id: "houterasu-support-dial", weight: STRONG - 5, reason: REASON.houterasu },
      { id: "ihaho-illegal-harmful-info-center", weight: SOME, reason: REASON.ihaho },
    ],
    remedies: [
      {
        id: "sender-disclosure",
        weight: FIRST,
        reason: {
          ja: "匿名の投稿者を特定するための法的な手続きです。",
          en: "The legal procedure for identifying an anonymous poster.",
        },
      },
    ],
  },
  "remove-posts": {
    contacts: [
      {
        id: "moj-minna-no-jinken-110",
        weight: STRONG,
        reason: {
          ja: "相談でき、事案によっては法務局がプロバイダなどに削除を要請します。",
          en: "You can talk it through, and depending on the case the Legal Affairs Bureau asks providers to delete posts.",
        },
      },
      {
        id: "sia-slander-hotline",
        weight: STRONG - 5,
        reason: {
          ja: "サイトに、利用規約に沿った削除などの対応を促す通知を送ってくれます。",
          en: "Sends the site a notice asking it to act on the posts under its terms of use.",
        },
      },
      { id: "ihaho-illegal-harmful-info-center", weight: STRONG - 10, reason: REASON.ihaho },
      {
        id: "moj-internet-human-rights-form",
        weight: SOME,
        reason: {
          ja: "ウェブから法務局に相談し、削除について助言を受けられます。",
          en: "Consult the Legal Affairs Bureau online and get advice on having posts removed.",
        },
      },
    ],
    remedies: [
      {
        id: "deletion-request",
        weight: FIRST,
        reason: {
          ja: "サイトやプロバイダに投稿の削除を求める方法です。",
          en: "How to ask a site or provider to remove posts.",
        },
      },
    ],
  },
  "stop-contact": {
    contacts: [{ id: "police-consultation-9110", weight: STRONG + 10, reason: REASON.police }],
    remedies: [
      {
        id: "stalker-act-warning-order",
        weight: FIRST,
        reason: {
          ja: "警察からの警告や公安委員会の禁止命令で、つきまといをやめさせる手続きです。",
          en: "A police warning or a public safety commission's order can make the stalker stop.",
        },
      },
      {
        id: "cut-contact",
        weight: STRONG,
        reason: {
          ja: "返信をやめ、ブロックや通報で相手からの接触を減らします。",
          en: "Stop replying, and block and report to cut down contact.",
        },
      },
      { id: "preserve-evidence", weight: STRONG, reason: REASON.evidence },
    ],
  },
  compensation: {
    contacts: [
      { id: "bar-association-himawari", weight: STRONG, reason: REASON.lawyerLawsuit },
      { id: "houterasu-support-dial", weight: STRONG - 5, reason: REASON.houterasu },
    ],
    remedies: [
      {
        id: "damages-claim",
        weight: FIRST,
        reason: {
          ja: "受けた精神的・経済的な損害の賠償を、加害者に求めます。",
          en: "Ask the perpetrator to compensate you for the harm done.",
        },
      },
      {
        id: "civil-lawsuit",
        weight: STRONG + 10,
        reason: {
          ja: "加害者が分かれば、裁判所に訴えて損害賠償を求められます。",
          en: "Once you know who the perpetrator is, you can sue them for damages.",
        },
      },
      {
        id: "sender-disclosure",
        weight: SOME,
        reason: {
          ja: "相手が匿名なら、まず投稿者を特定する必要があります。",
          en: "If the person is anonymous, they have to be identified first.",
        },
      },
    ],
  },
  punish: {
    contacts: [
      {
        id: "police-consultation-9110",
        weight: STRONG + 5,
        reason: {
          ja: "被害の申告や告訴について、まず警察に相談できます。",
          en: "You can first consult the police about reporting the offence and filing a complaint.",
        },
      },
      { id: "bar-association-himawari", weight: SOME + 10, reason: REASON.lawyerComplaint },
    ],
    remedies: [
      {
        id: "criminal-complaint",
        weight: FIRST,
        reason: {
          ja: "警察や検察に被害を申告し、加害者の処罰を求める手続きです。",
          en: "Report the offence to the police or prosecutors and ask for the offender to be punished.",
        },
      },
    ],
  },
};

/** Windows for particular people, added whatever they need. */
export const AUDIENCE_RULES: Partial<Record<Audience, TriageRule>> = {
  women: {
    contacts: [
      {
        id: "moj-womens-rights-hotline",
        weight: STRONG + 5,
        reason: {
          ja: "女性のための人権相談窓口で、ストーカーの相談も受けています。",
          en: "A human-rights line for women, which also takes consultations about stalking.",
        },
      },
    ],
    remedies: [],
  },
  children: {
    contacts: [
      {
        id: "moj-childrens-rights-110",
        weight: STRONG + 5,
        reason: {
          ja: "子どもと、子どものことで悩む大人のための無料の相談窓口です。",
          en: "A free line for children, and for adults worried about a child.",
        },
      },
    ],
    remedies: [],
  },
  "foreign-residents": {
    contacts: [
      {
        id: "moj-foreign-language-dial",
        weight: STRONG + 5,
        reason: {
          ja: "通訳を介して、外国語で人権の相談ができます。",
          en: "Human-rights consultation in other languages, through an interpreter.",
        },
      },
      {
        id: "houterasu-multilingual",
        weight: STRONG + 5,
        reason: {
          ja: "通訳を介して、外国語で法テラスの案内を受けられます。",
          en: "Houterasu's legal information in other languages, through an interpreter.",
        },
      },
    ],
    remedies: [],
  },
  "low-income": {
    contacts: [
      {
        id: "houterasu-support-dial",
        weight: STRONG + 5,
        reason: {
          ja: "収入や資産が基準以下なら、無料の法律相談や弁護士費用の立替えを利用できます。",
          en: "If your income and assets are within the limits, legal consultation is free and lawyer's fees can be advanced.",
        },
      },
    ],
    remedies: [],
  },
  "crime-victims": {
    contacts: [
      {
        id: "houterasu-crime-victim-dial",
        weight: STRONG + 5,
        reason: {
          ja: "犯罪被害者のための窓口で、支援制度の案内や弁護士の紹介を受けられます。",
          en: "A line for crime victims: information on support schemes and introductions to lawyers.",
        },
      },
    ],
    remedies: [],
  },
};

/** Suggested for everyone: evidence is the ground of every route. */
export const ALWAYS_RULE: TriageRule = {
  contacts: [],
  remedies: [{ id: "preserve-evidence", weight: SOME, reason: REASON.evidence }],
};

/** Every record id the rules name, for checking them against a dataset. */
export function triageRuleIds(): { contacts: string[]; remedies: string[] } {
  const rules = [DANGER_RULE, ALWAYS_RULE, ...Object.values(NEED_RULES), ...Object.values(AUDIENCE_RULES)];
  return {
    contacts: [...new Set(rules.flatMap((r) => r?.contacts.map((s) => s.id) ?? []))],
    remedies: [...new Set(rules.flatMap((r) => r?.remedies.map((s) => s.id) ?? []))],
  };
}
