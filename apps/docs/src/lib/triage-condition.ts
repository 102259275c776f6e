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

/** When a rule applies, in words: every condition it sets, each list read as "any of". */
export function describeCondition(when: TriageCondition, lang: Lang): string {
  const w = WORDS[lang];
  const parts: string[] = [];
  if (when.danger !== undefined) parts.push(when.danger ? w.danger : w.noDanger);
  if (when.crisis !== undefined) parts.push(when.crisis ? CRISIS_LABEL[lang] : w.noCrisis);
  for (const n of when.needs ?? []) parts.push(TRIAGE_NEED_LABELS[n][lang]);
  for (const a of when.audiences ?? []) parts.push(AUDIENCE_LABELS[a][lang]);
  for (const r of when.relationship ?? []) parts.push(RELATIONSHIP_LABELS[r][lang]);
  for (const k of when.asked ?? []) parts.push(w.asked(TRIAGE_ASK_LABELS[k][lang]));
  return parts.length === 0 ? w.always : joinList(parts, lang);
}
