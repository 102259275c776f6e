// The words for when a triage rule applies, from the data's labels: the rules page and each need's page say it alike.
import {
  AUDIENCE_LABELS,
  CRISIS_LABEL,
  joinList,
  type Lang,
  RELATIONSHIP_LABELS,
  TRIAGE_ASK_LABELS,
  TRIAGE_NEED_LABELS,
  type TriageCondition,
} from "@netstalker/data";

const WORDS = {
  ja: {
    always: "いつでも",
    danger: "危険がある",
    noDanger: "危険がない",
    noCrisis: "死にたい気持ちはない",
    asked: (question: string) => `「${question}」にまだ答えていない`,
  },
  en: {
    always: "always",
    danger: "in danger now",
    noDanger: "not in danger now",
    noCrisis: "no thoughts of dying",
    asked: (question: string) => `not yet answered: "${question}"`,
  },
} as const;

/** When a rule applies, in words: every condition it sets ("and"), each list read as "any of" ("or"). */
export function describeCondition(when: TriageCondition, lang: Lang): string {
  const w = WORDS[lang];
  const anyOf = (items: readonly string[]) => (items.length > 0 ? [joinList(items, lang, "or")] : []);
  const parts = [
    ...(when.danger === undefined ? [] : [when.danger ? w.danger : w.noDanger]),
    ...(when.crisis === undefined ? [] : [when.crisis ? CRISIS_LABEL[lang] : w.noCrisis]),
    ...anyOf((when.needs ?? []).map((n) => TRIAGE_NEED_LABELS[n][lang])),
    ...anyOf((when.audiences ?? []).map((a) => AUDIENCE_LABELS[a][lang])),
    ...anyOf((when.relationship ?? []).map((r) => RELATIONSHIP_LABELS[r][lang])),
    ...anyOf((when.asked ?? []).map((k) => w.asked(TRIAGE_ASK_LABELS[k][lang]))),
  ];
  return parts.length === 0 ? w.always : joinList(parts, lang);
}
