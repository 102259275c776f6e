// The triage part of the review sheet: every rule (when it applies, what it suggests, how strongly, why, and the
// guidance it follows) and every scenario (what it promises, and what the triage gives today).
import {
  AUDIENCE_LABELS,
  CRISIS_LABEL,
  RELATIONSHIP_LABELS,
  TRIAGE_NEED_LABELS,
  TRIAGE_STRENGTH_LABELS,
} from "../src/display/index.js";
import { createTriage, type TriageData } from "../src/query/triage.js";
import type { Contact } from "../src/schema/contact.js";
import type { Lang } from "../src/schema/primitives.js";
import type { Remedy } from "../src/schema/remedy.js";
import type { TriageAnswers, TriageCondition, TriageScenario, TriageSuggestion } from "../src/schema/triage.js";
import { section, table } from "./markdown.js";

const WORDS = {
  ja: {
    rules: "トリアージのルール",
    rulesIntro: "ルールは上から順に評価され、当てはまるものすべてが提案を加えます。強さは名前の付いた段階です。",
    ruleHead: ["ルール", "条件", "相談窓口", "対処法", "プラットフォームと注意", "出典"],
    scenarios: "トリアージのシナリオ",
    scenariosIntro:
      "各シナリオが約束する最初の窓口と、必ず出すもの・出さないもの。「結果」は今のデータでの最初の窓口です。",
    scenarioHead: ["シナリオ", "回答", "最初の窓口", "含むもの", "含まないもの", "結果"],
    always: "常に",
    danger: "危険あり",
    noDanger: "危険なし",
    noCrisis: "死にたい気持ちはない",
    within: (n: number) => `${n}位以内`,
    ok: "合格",
    caution: "注意",
    broken: "不合格",
    text: "本文",
    list: "・",
  },
  en: {
    rules: "Triage rules",
    rulesIntro:
      "Rules are read top to bottom; every rule that applies adds its suggestions. Strengths are named levels.",
    ruleHead: ["Rule", "When", "Contacts", "Remedies", "Platforms and cautions", "Sources"],
    scenarios: "Triage scenarios",
    scenariosIntro:
      "What each scenario promises: the first window, and what must and must not appear. Result is the first window the data gives today.",
    scenarioHead: ["Scenario", "Answers", "First window", "Must include", "Must not", "Result"],
    always: "always",
    danger: "in danger",
    noDanger: "not in danger",
    noCrisis: "no thoughts of dying",
    within: (n: number) => `within ${n}`,
    ok: "holds",
    caution: "caution",
    broken: "BROKEN",
    text: "text",
    list: ", ",
  },
} as const;

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n+/g, "<br>");

function condition(when: TriageCondition | TriageAnswers, lang: Lang): string {
  const w = WORDS[lang];
  const parts: string[] = [];
  if (when.danger !== undefined) parts.push(when.danger ? w.danger : w.noDanger);
  if (when.crisis !== undefined) parts.push(when.crisis ? CRISIS_LABEL[lang] : w.noCrisis);
  for (const need of when.needs ?? []) parts.push(TRIAGE_NEED_LABELS[need][lang]);
  for (const audience of when.audiences ?? []) parts.push(AUDIENCE_LABELS[audience][lang]);
  const rel = when.relationship;
  for (const r of rel === undefined ? [] : Array.isArray(rel) ? rel : [rel])
    parts.push(RELATIONSHIP_LABELS[r as keyof typeof RELATIONSHIP_LABELS][lang]);
  if ("text" in when && when.text !== undefined) parts.push(`${w.text}: 「${when.text}」`);
  return parts.length === 0 ? w.always : parts.join(w.list);
}

function suggestions(list: readonly TriageSuggestion[], lang: Lang): string {
  return list
    .map((s) => `\`${s.id}\` (${TRIAGE_STRENGTH_LABELS[s.strength][lang]}): ${cell(s.reason[lang])}`)
    .join("<br>");
}

/** The triage sections of the review sheet, in one language. */
export function renderTriageReview(
  data: TriageData<Contact, Remedy>,
  scenarios: readonly TriageScenario[],
  lang: Lang,
): string {
  const w = WORDS[lang];
  const rules = data.triage.rules.map((rule) => [
    `**${cell(rule.title[lang])}**<br>\`${rule.id}\``,
    cell(condition(rule.when, lang)),
    suggestions(rule.contacts, lang),
    suggestions(rule.remedies, lang),
    [suggestions(rule.platforms ?? [], lang), ...(rule.cautions ?? []).map((id) => `${w.caution}: \`${id}\``)]
      .filter((x) => x !== "")
      .join("<br>"),
    rule.sources.map((s) => `[${cell(s.title)}](${s.url})`).join("<br>"),
  ]);
  const triage = createTriage(data);
  const rows = scenarios.map((s) => {
    const result = triage(s.answers);
    const first = result.contacts[0]?.id;
    const must = [
      ...s.contacts.map((e) => `\`${e.id}\`${e.within ? ` (${w.within(e.within)})` : ""}`),
      ...s.remedies.map((e) => `\`${e.id}\`${e.within ? ` (${w.within(e.within)})` : ""}`),
      ...s.platforms.map((e) => `\`${e.id}\`${e.within ? ` (${w.within(e.within)})` : ""}`),
      ...s.cautions.map((id) => `${w.caution}: \`${id}\``),
      ...(s.firstRemedy ? [`\`${s.firstRemedy}\` (1)`] : []),
    ];
    return [
      `**${cell(s.title[lang])}** (${s.lang})<br>\`${s.id}\``,
      cell(condition(s.answers, lang)),
      `\`${s.firstContact}\``,
      must.join("<br>"),
      s.mustNot.map((id) => `\`${id}\``).join("<br>"),
      first === s.firstContact ? `${w.ok}: \`${first}\`` : `**${w.broken}**: \`${first}\``,
    ];
  });
  return [
    ...section(w.rules, w.rulesIntro, table(w.ruleHead, rules)),
    ...section(w.scenarios, w.scenariosIntro, table(w.scenarioHead, rows)),
  ].join("\n");
}
